package dev.bulkhead.benchmark;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.model.Model;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 12's figures: the canvas benchmark's 2,000-element model (1,995 elements and 2,000 connections, saved
 * without positions) rendered as {@code bulkhead render} and {@code bulkhead report} do it, from the model file's
 * content in memory to the file's bytes: analyse, lay out, route, draw, encode. Single shots, as a user renders once.
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args=RenderBenchmark}; the report: {@link ReportBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Djava.awt.headless=true"})
@State(Scope.Benchmark)
public class RenderBenchmark {
    @Param({"svg", "pdf", "png"})
    public String format;

    private Model model;

    @Setup
    public void setUp() {
        model = GeneratedModels.platform(3, 2, 1400, 580, 2000, 42);
    }

    @Benchmark
    public byte[] renderDiagram() {
        Analysis analysis = new Analyzer(ReferenceData.bundled()).analyze(model);
        DiagramExport.Format target = DiagramExport.Format.parse(format);
        return DiagramExport.render(analysis, DiagramExport.Options.of(target).withScale(1).withLegend(true));
    }

}

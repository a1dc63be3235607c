package dev.bulkhead.benchmark;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.export.report.HtmlReport;
import dev.bulkhead.export.report.MarkdownReport;
import dev.bulkhead.export.report.PdfReport;
import dev.bulkhead.export.report.ProposalReport;
import dev.bulkhead.model.Model;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
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
 * Issue 12's report figure: the proposal report of the canvas benchmark's 2,000-element model as {@code bulkhead
 * report} writes it, from the model in memory to the file's bytes: analyse, draw the diagram and both charts, the
 * growth curve, the export it would write (planned in memory), every table. Single shots.
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args=ReportBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Djava.awt.headless=true"})
@State(Scope.Benchmark)
public class ReportBenchmark {
    @Param({"pdf", "html", "md"})
    public String report;

    private Model model;

    @Setup
    public void setUp() {
        model = GeneratedModels.platform(3, 2, 1400, 580, 2000, 42);
    }

    @Benchmark
    public byte[] writeReport() {
        Analysis analysis = new Analyzer(ReferenceData.bundled()).analyze(model);
        ProposalReport proposal = ProposalReport.of(analysis, null, "bench", LocalDate.of(2026, 11, 30));
        return switch (report.toLowerCase(Locale.ROOT)) {
            case "pdf" -> PdfReport.of(proposal, "generated.bulkhead.json");
            case "html" -> HtmlReport.of(proposal, "generated.bulkhead.json").getBytes(StandardCharsets.UTF_8);
            default -> MarkdownReport.of(proposal, "generated.bulkhead.json").getBytes(StandardCharsets.UTF_8);
        };
    }
}

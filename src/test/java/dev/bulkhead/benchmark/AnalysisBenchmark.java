package dev.bulkhead.benchmark;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 3's figures: full analysis of a generated model with 2,000 tenants and 10,000 agents across
 * 3 environments (2 clusters each, 2,000 connections), and re-analysis after one tenant changes (the edit,
 * the new snapshot and the analysis, as the app does it). Run: {@code mvn -Pbench test-compile exec:exec
 * -Dbench.args=AnalysisBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@State(Scope.Benchmark)
public class AnalysisBenchmark {
    private Model model;
    private ModelDocument document;
    private Analyzer incremental;
    private Tenant edited;
    private int step;

    @Setup(Level.Trial)
    public void setUp() {
        model = GeneratedModels.platform(3, 2, 2_000, 10_000, 2_000, 42);
        document = new ModelDocument(model);
        incremental = new Analyzer(ReferenceData.bundled());
        incremental.analyze(document.snapshot());
        edited = model.all(Tenant.class).get(1_234);
    }

    @Benchmark
    public Analysis fullAnalysis() {
        return new Analyzer(ReferenceData.bundled()).analyze(model);
    }

    @Benchmark
    public Analysis reanalyseAfterOneTenantChanges() {
        double cpu = 1 + (step++ % 7);
        document.edit("Change demand", tx -> tx.replace(
                ((Tenant) tx.find(edited.id()).orElseThrow()).withDemand(new ResourceDemand(cpu, 8, 20, 50))));
        return incremental.analyze(document.snapshot());
    }
}

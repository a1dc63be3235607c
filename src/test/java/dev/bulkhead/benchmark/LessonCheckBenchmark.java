package dev.bulkhead.benchmark;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.lesson.Lesson;
import dev.bulkhead.lesson.LessonCatalog;
import dev.bulkhead.lesson.LessonRun;
import dev.bulkhead.reference.ReferenceData;
import java.util.List;
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
 * Issue 14's lesson checks: what re-checking every task of a bundled lesson costs after an edit, on the FX thread
 * where the lesson panel does it (the analysis itself runs on a worker before). The Terraform lesson runs the whole
 * Terraform export for one check. Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args=LessonCheckBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@State(Scope.Benchmark)
public class LessonCheckBenchmark {
    @Param({"sandboxing-agents", "tenancy-models", "terraform-layouts"})
    public String lesson;

    private Lesson loaded;
    private Analysis analysis;

    @Setup
    public void analyseTheStartingModel() {
        loaded = LessonCatalog.bundled().lesson(lesson).orElseThrow();
        analysis = new Analyzer(ReferenceData.bundled()).analyze(loaded.start());
    }

    /** One update of the panel on the first step: its tasks checked, their statuses built. */
    @Benchmark
    public List<LessonRun.TaskStatus> recheckEveryTask() {
        return new LessonRun(loaded).update(analysis);
    }
}

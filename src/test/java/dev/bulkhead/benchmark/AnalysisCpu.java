package dev.bulkhead.benchmark;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * Process CPU per analysis of AnalysisBenchmark's 2,000-tenant model (all threads, GC included), in blocks of 10 full
 * analyses and 50 re-analyses after one tenant changes; prints the smallest and the median block. CPU time is what
 * other processes on the machine distort least, where JMH's wall-clock figures swing by half. Run:
 * {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.bulkhead.benchmark.AnalysisCpu}
 */
public final class AnalysisCpu {
    private static final int BLOCKS = 8;
    private static final int FULL_PER_BLOCK = 10;
    private static final int EDITS_PER_BLOCK = 50;

    private AnalysisCpu() {
    }

    public static void main(String[] args) {
        Model model = GeneratedModels.platform(3, 2, 2_000, 10_000, 2_000, 42);
        ModelDocument document = new ModelDocument(model);
        Analyzer incremental = new Analyzer(ReferenceData.bundled());
        incremental.analyze(document.snapshot());
        Tenant edited = model.all(Tenant.class).get(1_234);
        double[] full = new double[BLOCKS];
        double[] reanalyse = new double[BLOCKS];
        for (int round = 0; round < 3; round++) { // the first two rounds warm the JIT; the last one is kept
            for (int block = 0; block < BLOCKS; block++) {
                long start = cpuNanos();
                for (int i = 0; i < FULL_PER_BLOCK; i++) {
                    new Analyzer(ReferenceData.bundled()).analyze(model);
                }
                full[block] = (cpuNanos() - start) / 1e6 / FULL_PER_BLOCK;
                start = cpuNanos();
                for (int i = 0; i < EDITS_PER_BLOCK; i++) {
                    double cpu = 1 + (i % 7);
                    document.edit("Change demand", tx -> tx.replace(
                            ((Tenant) tx.find(edited.id()).orElseThrow()).withDemand(new ResourceDemand(cpu, 8, 20, 50))));
                    incremental.analyze(document.snapshot());
                }
                reanalyse[block] = (cpuNanos() - start) / 1e6 / EDITS_PER_BLOCK;
            }
        }
        Arrays.sort(full);
        Arrays.sort(reanalyse);
        System.out.printf("process CPU per analysis: full min %.1f median %.1f ms | re-analyse min %.2f median %.2f ms%n",
                full[0], full[BLOCKS / 2], reanalyse[0], reanalyse[BLOCKS / 2]);
        // Bytes allocated do not depend on the machine's load: they show what a saving of garbage did when the CPU
        // figures cannot (and young collections are most of a full analysis's spread).
        long before = allocatedBytes();
        for (int i = 0; i < FULL_PER_BLOCK; i++) {
            new Analyzer(ReferenceData.bundled()).analyze(model);
        }
        long afterFull = allocatedBytes();
        for (int i = 0; i < EDITS_PER_BLOCK; i++) {
            double cpu = 1 + (i % 7);
            document.edit("Change demand", tx -> tx.replace(
                    ((Tenant) tx.find(edited.id()).orElseThrow()).withDemand(new ResourceDemand(cpu, 8, 20, 50))));
            incremental.analyze(document.snapshot());
        }
        System.out.printf("allocated per analysis: full %.1f MB | re-analyse %.2f MB%n",
                (afterFull - before) / 1e6 / FULL_PER_BLOCK, (allocatedBytes() - afterFull) / 1e6 / EDITS_PER_BLOCK);
    }

    /** Bytes allocated so far by the threads alive now (the analysis's pool threads live on between analyses). */
    private static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds())).filter(bytes -> bytes > 0).sum();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}

package dev.bulkhead.benchmark;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.export.ExportBundle;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.ExportTarget;
import dev.bulkhead.export.ExportWriter;
import dev.bulkhead.export.LayoutChoice;
import dev.bulkhead.model.Model;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a Terraform export of the benchmark's 1,000-tenant model spends its time: analysis, building the bundle and
 * writing it, each as wall time and as the thread's CPU time (which a busy machine inflates much less), shot after
 * shot in one JVM so that the later rounds are warm. The writer sends files out from both cores, so its CPU time
 * here is the calling thread's share only. Each shot writes into a new folder, left for the caller to delete
 * (printed at the end).
 * <pre>
 * java -Xmx4g -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.bulkhead.benchmark.ExportPhases \
 *     directories 5 namespace vcluster dedicated recommended
 * </pre>
 */
public final class ExportPhases {
    private ExportPhases() {
    }

    /** Arguments: the layout, the number of rounds, then the options to export in each round. */
    public static void main(String[] args) throws Exception {
        LayoutChoice layout = LayoutChoice.valueOf(args[0].toUpperCase(Locale.ROOT));
        int rounds = Integer.parseInt(args[1]);
        Model model = GeneratedModels.platform(3, 2, 1000, 5000, 1000, 7);
        Path folder = Files.createTempDirectory("phases");
        int shot = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 2; i < args.length; i++) {
                String option = args[i];
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                Analysis analysis = new Analyzer(ReferenceData.bundled()).analyze(model);
                long t1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                ExportBundle bundle = ExportTarget.TERRAFORM.exporter().export(analysis,
                        ExportSettings.of(ExportChoice.valueOf(option.toUpperCase(Locale.ROOT))).withLayout(layout), f -> { });
                long t2 = System.nanoTime();
                long c2 = threads.getCurrentThreadCpuTime();
                ExportWriter.write(bundle, folder.resolve("out-" + shot++), false, f -> { });
                long t3 = System.nanoTime();
                long c3 = threads.getCurrentThreadCpuTime();
                System.out.printf("%d %-12s wall: analyse %5d build %5d write %5d total %5d | "
                        + "cpu: analyse %5d build %5d write %5d total %5d ms  files %d%n", r, option,
                        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t3 - t0) / 1_000_000,
                        (c1 - c0) / 1_000_000, (c2 - c1) / 1_000_000, (c3 - c2) / 1_000_000, (c3 - c0) / 1_000_000,
                        bundle.files().size());
            }
        }
        System.out.println("folder " + folder);
    }
}

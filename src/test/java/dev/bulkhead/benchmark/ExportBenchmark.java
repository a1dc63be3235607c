package dev.bulkhead.benchmark;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issues 6 and 11's figures: exporting a generated model with 1,000 tenants (5 agents and 1 connection per tenant,
 * 3 environments of 2 clusters) to Kubernetes manifests or Terraform skeletons (directories layout by default), as
 * {@code bulkhead export} does it: analyse, build, write every file into a new folder. Single shots, because a
 * user exports once. {@code -p tenants=2000} runs a larger model.
 * <p>
 * Each shot writes into a folder of its own, and the outputs are only deleted when the trial ends: on ext4 a new
 * file's inode is searched for past every inode freed in the last minutes ({@code recently_deleted} in
 * {@code find_inode_bit}), so deleting the previous shot's thousands of files right before a shot measured the
 * deletion, not the export. Between shots the file system is given time to write back, and after a trial's
 * deletion a minute passes before the next trial (both outside the timing).
 * Run: {@code mvn -Pbench test-compile exec:exec -Dbench.args=ExportBenchmark} (add {@code -p target=terraform} for
 * Terraform alone, {@code -p layout=workspaces} for its other layout).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 15)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@State(Scope.Benchmark)
public class ExportBenchmark {
    @Param({"namespace", "vcluster", "dedicated", "recommended"})
    public String option;

    @Param({"k8s", "terraform"})
    public String target;

    @Param({"1000"})
    public int tenants;

    /** The Terraform layout ({@code -p layout=workspaces} for the other one); the Kubernetes export ignores it. */
    @Param({"directories"})
    public String layout;

    private Model model;
    private Path folder;
    private int shot;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        model = GeneratedModels.platform(3, 2, tenants, 5 * tenants, tenants, 7);
        folder = Files.createTempDirectory("bulkhead-export-bench");
    }

    @Setup(Level.Iteration)
    public void settle() throws Exception {
        new ProcessBuilder("sync").inheritIO().start().waitFor();
        Thread.sleep(1_000);
    }

    @Benchmark
    public ExportBundle exportThousandTenants() throws Exception {
        ExportBundle bundle = ExportTarget.valueOf(target.toUpperCase(Locale.ROOT)).exporter().export(new Analyzer(ReferenceData.bundled()).analyze(model),
                ExportSettings.of(ExportChoice.valueOf(option.toUpperCase(Locale.ROOT)))
                        .withLayout(LayoutChoice.valueOf(layout.toUpperCase(Locale.ROOT))),
                fraction -> { });
        ExportWriter.write(bundle, folder.resolve("out-" + shot++), false, fraction -> { });
        return bundle;
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        delete(folder);
        // The next trial (the next option, or the next run) would create its files among inodes freed less than
        // 60 s ago, which ext4 without a journal (this machine's) skips one by one (recently_deleted in ialloc.c;
        // 300 s more while their table block is unwritten, hence the sync): a dedicated trial's 56,000 deleted
        // files made the following trial's writing several times slower. Wait them out, outside any timing.
        new ProcessBuilder("sync").inheritIO().start().waitFor();
        Thread.sleep(61_000);
    }

    private static void delete(Path path) throws Exception {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}

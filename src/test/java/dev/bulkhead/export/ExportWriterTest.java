package dev.bulkhead.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulkhead.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportWriterTest {
    @TempDir
    Path folder;

    private static ExportBundle bundle(String... pathsAndContents) {
        Map<String, String> files = new TreeMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            files.put(pathsAndContents[i], pathsAndContents[i + 1]);
        }
        return ExportBundle.ofText(files, List.of());
    }

    @Test
    void pathsThatCouldLeaveTheFolderAreRefused() {
        for (String path : List.of("../x.yaml", "a/../../x.yaml", "/etc/x.yaml", "a//b.yaml", "C:/x.yaml", "a\\b.yaml", "./a.yaml")) {
            assertThatThrownBy(() -> bundle(path, "x")).as(path).hasMessageContaining("unsafe export path");
        }
    }

    @Test
    void writesEveryFileInsideTheFolderAndNothingBeside() throws Exception {
        Path out = folder.resolve("out");
        ExportWriter.write(bundle("a/b.yaml", "b", "c.yaml", "c"), out, false, f -> { });

        try (Stream<Path> all = Files.walk(folder)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()))
                    .containsExactlyInAnyOrder("out/a/b.yaml", "out/c.yaml", "out/" + ExportWriter.MARKER);
        }
    }

    @Test
    void progressOnlyGrowsAndEndsFullThoughTheFilesAreWrittenFromSeveralThreads() throws Exception {
        Map<String, String> files = new TreeMap<>();
        for (int i = 0; i < 200; i++) {
            files.put("f" + i + ".yaml", "x");
        }
        // A thread that counted a file and reported it after another thread's later count would move the bar
        // back, or leave it short of full at the end, as a busy machine now and then did. Reports that are
        // slow now and then give the threads room to overtake each other.
        for (int write = 0; write < 20; write++) {
            List<Double> reported = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            java.util.function.DoubleConsumer slowNowAndThen = fraction -> {
                if (reported.size() % 7 == 3) {
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                reported.add(fraction);
            };

            ExportWriter.write(ExportBundle.ofText(files, List.of()), folder.resolve("many-" + write), false, slowNowAndThen);

            assertThat(reported).as("write %d", write).isSorted().last().isEqualTo(1.0);
        }
    }

    @Test
    void aNonEmptyFolderNeedsForceAndForceOnlyReplacesAnEarlierExport() throws Exception {
        Path out = Files.createDirectories(folder.resolve("work"));
        Files.writeString(out.resolve("precious.txt"), "keep me");

        assertThatThrownBy(() -> ExportWriter.write(bundle("a.yaml", "a"), out, false, f -> { }))
                .hasMessageContaining("is not empty").hasMessageContaining("--force");
        assertThatThrownBy(() -> ExportWriter.write(bundle("a.yaml", "a"), out, true, f -> { }))
                .hasMessageContaining("holds files Bulkhead did not export");
        assertThat(out.resolve("precious.txt")).hasContent("keep me");

        Path earlier = folder.resolve("earlier");
        ExportWriter.write(bundle("old.yaml", "old"), earlier, false, f -> { });
        ExportWriter.write(bundle("new.yaml", "new"), earlier, true, f -> { });
        assertThat(earlier.resolve("old.yaml")).doesNotExist();
        assertThat(earlier.resolve("new.yaml")).hasContent("new");
    }

    @Test
    void exportingTwiceGivesByteIdenticalFolders() throws Exception {
        Path first = folder.resolve("first");
        Path second = folder.resolve("second");
        assertThat(CliRun.of("export", "sample-models/internal-platform.bulkhead.json", "--to", "k8s", "--option",
                "recommended", "--out", first.toString()).status()).isZero();
        assertThat(CliRun.of("export", "sample-models/internal-platform.bulkhead.json", "--to", "k8s", "--option",
                "recommended", "--out", second.toString()).status()).isZero();

        try (Stream<Path> files = Files.walk(first)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(second.resolve(first.relativize(file))).hasSameBinaryContentAs(file);
            }
        }
    }

    @Test
    void theCliReportsUsageAndFolderProblemsAsOneLine() throws Exception {
        Path out = Files.createDirectories(folder.resolve("busy"));
        Files.writeString(out.resolve("x"), "x");

        CliRun busy = CliRun.of("export", "sample-models/workshop-starter.bulkhead.json", "--to", "k8s", "--option",
                "namespace", "--out", out.toString());
        CliRun badOption = CliRun.of("export", "sample-models/workshop-starter.bulkhead.json", "--to", "k8s", "--option",
                "sharded", "--out", out.toString());

        assertThat(busy.status()).isEqualTo(2);
        assertThat(busy.err().strip()).startsWith("bulkhead: error: ").contains("is not empty").doesNotContain("\n");
        assertThat(badOption.status()).isEqualTo(2);
        assertThat(badOption.err()).contains("--option").contains("namespace, vcluster, dedicated, recommended, as-modelled");
    }

    @Test
    void forceReplacesOnlyWhatTheEarlierExportWroteAndKeepsEverythingElse() throws Exception {
        Path out = folder.resolve("repo");
        ExportWriter.write(bundle("README.md", "v1", "prod/a.yaml", "a1", "prod/gone/b.yaml", "b1"), out, false, f -> { });
        Files.createDirectories(out.resolve(".git"));
        Files.writeString(out.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(out.resolve("prod/notes.txt"), "mine");

        ExportWriter.Result result = ExportWriter.write(bundle("README.md", "v2", "prod/a.yaml", "a2", "prod/c.yaml", "c2"),
                out, true, f -> { });

        assertThat(out.resolve("README.md")).hasContent("v2");
        assertThat(out.resolve("prod/a.yaml")).hasContent("a2");
        assertThat(out.resolve("prod/c.yaml")).hasContent("c2");
        assertThat(out.resolve("prod/gone")).doesNotExist();
        assertThat(out.resolve(".git/HEAD")).hasContent("ref: refs/heads/main");
        assertThat(out.resolve("prod/notes.txt")).hasContent("mine");
        assertThat(result.removed()).containsExactly("prod/gone/b.yaml");
        assertThat(result.kept()).containsExactly(".git/", "prod/notes.txt");
        assertThat(Files.readString(out.resolve(ExportWriter.MARKER))).contains("  README.md\n", "  prod/a.yaml\n",
                "  prod/c.yaml\n").doesNotContain("prod/gone/b.yaml");
    }

    @Test
    void forceNeverOverwritesAFileTheEarlierExportDidNotWrite() throws Exception {
        Path out = folder.resolve("repo");
        ExportWriter.write(bundle("a.yaml", "a"), out, false, f -> { });
        Files.writeString(out.resolve("b.yaml"), "hand-written");

        assertThatThrownBy(() -> ExportWriter.write(bundle("a.yaml", "a", "b.yaml", "b"), out, true, f -> { }))
                .isInstanceOf(ExportException.class).hasMessageContaining("b.yaml exists and was not written by Bulkhead");
        assertThat(out.resolve("b.yaml")).hasContent("hand-written");
        assertThat(out.resolve("a.yaml")).hasContent("a");
    }

    @Test
    void forceRefusesToOverwriteAGeneratedFileThatWasEditedByHand() throws Exception {
        Path out = folder.resolve("repo");
        ExportWriter.write(bundle("a.yaml", "a", "b.yaml", "b"), out, false, f -> { });
        Files.writeString(out.resolve("b.yaml"), "b with a hand-made fix");

        assertThatThrownBy(() -> ExportWriter.write(bundle("a.yaml", "a2", "b.yaml", "b2"), out, true, f -> { }))
                .isInstanceOf(ExportException.class).hasMessageContaining("b.yaml was edited since Bulkhead exported");
        assertThat(out.resolve("b.yaml")).hasContent("b with a hand-made fix");
        assertThat(out.resolve("a.yaml")).hasContent("a");
    }

    @Test
    void aMarkerThatNamesPathsOutsideTheFolderDeletesNothingThere() throws Exception {
        Path out = folder.resolve("repo");
        Path outside = Files.writeString(folder.resolve("outside.txt"), "safe");
        ExportWriter.write(bundle("a.yaml", "a"), out, false, f -> { });
        Files.writeString(out.resolve(ExportWriter.MARKER), "a.yaml\n../outside.txt\n" + outside + "\n");

        ExportWriter.write(bundle("c.yaml", "c"), out, true, f -> { });

        assertThat(outside).hasContent("safe");
        assertThat(out.resolve("a.yaml")).doesNotExist();
    }

    @Test
    void theCliNamesWhatItKeptAndRemovedOnStderr() throws Exception {
        Path out = folder.resolve("repo");
        assertThat(CliRun.of("export", "sample-models/workshop-starter.bulkhead.json", "--to", "k8s", "--option",
                "dedicated", "--out", out.toString()).status()).isZero();
        Files.writeString(out.resolve("OWNERS"), "platform-team");

        CliRun again = CliRun.of("export", "sample-models/workshop-starter.bulkhead.json", "--to", "k8s", "--option",
                "namespace", "--out", out.toString(), "--force");

        assertThat(again.status()).isZero();
        assertThat(again.out().lines()).hasSize(1);
        assertThat(again.err()).contains("note: kept OWNERS").contains("note: removed prod/dedicated-");
        assertThat(out.resolve("OWNERS")).hasContent("platform-team");
    }
}

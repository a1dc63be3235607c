package dev.bulkhead;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The command line starts fast because it loads only what its command uses: a whole `validate` or `compare`
 * process, as the installed launcher runs it, loads not one JavaFX class (issue 15). Checked in a separate JVM
 * with the JVM's own class-loading log.
 */
class CliStartupTest {
    private static final String SAMPLE = "sample-models/ai-agent-saas.bulkhead.json";

    @Test
    void validateLoadsNoJavaFxClass() throws Exception {
        List<String> log = run("validate", SAMPLE);
        assertNoJavaFx(log);
        assertNothingOfOtherCommands(log);
    }

    @Test
    void compareAndVersionLoadNoJavaFxClass() throws Exception {
        List<String> log = run("compare", SAMPLE);
        assertNoJavaFx(log);
        assertNothingOfOtherCommands(log);
        assertNoJavaFx(run("--version"));
    }

    /**
     * Only the named command is built (BulkheadCli.commandLine): not export's converters and exporters, the
     * fabric8 Kubernetes model or YAML; and reading a model seeds no SecureRandom (only new ids need one).
     */
    private static void assertNothingOfOtherCommands(List<String> classLoadLog) {
        assertThat(classLoadLog).filteredOn(line -> line.contains(" dev.bulkhead.cli.ExportCommand$")
                || line.contains(" dev.bulkhead.export.kubernetes.") || line.contains(" dev.bulkhead.export.terraform.")
                || line.contains(" io.fabric8.") || line.contains(" org.yaml.") || line.contains(" com.fasterxml.jackson.module.blackbird.")
                || line.contains(" sun.security.provider.NativePRNG")).isEmpty();
    }

    private static void assertNoJavaFx(List<String> classLoadLog) {
        assertThat(classLoadLog).as("the class-loading log").anyMatch(line -> line.contains("dev.bulkhead.cli."));
        assertThat(classLoadLog).filteredOn(line -> line.contains(" javafx.") || line.contains(" com.sun.javafx.")
                || line.contains(" com.sun.glass.") || line.contains(" com.sun.prism.")).isEmpty();
    }

    private static List<String> run(String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Xshare:off",
                "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output.lines().filter(l -> !l.startsWith("[")).toList().toString()).isZero();
        return output.lines().filter(line -> line.contains("[class,load]")).toList();
    }
}

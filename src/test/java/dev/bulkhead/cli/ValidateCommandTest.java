package dev.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.persistence.ModelWriter;
import dev.bulkhead.testing.TestModels;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidateCommandTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"ai-agent-saas", "internal-platform", "workshop-starter"})
    void everySampleModelIsValid(String sample) {
        CliRun run = CliRun.of("validate", "sample-models/" + sample + ".bulkhead.json");

        assertThat(run.status()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains(": valid (0 errors");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aModelWithErrorsExitsOneAndListsThem() throws Exception {
        TestModels b = TestModels.builder();
        Model small = TestModels.small();
        small.elements().values().forEach(b::put);
        Agent agent = b.put(new Agent(dev.bulkhead.model.ElementId.of("agent-x"), "x",
                dev.bulkhead.model.ElementId.of("tenant-search"), dev.bulkhead.model.TrustLevel.UNTRUSTED,
                SandboxRuntime.KATA, 1, 0, 1, 1, dev.bulkhead.model.Egress.OPEN, true, java.util.List.of(), true, 100));
        Path file = folder.resolve("bad.bulkhead.json");
        new ModelWriter().write(b.build(), file);

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.status()).isEqualTo(ExitCodes.MODEL_ERRORS);
        assertThat(run.out()).contains("error   [agent-runtime-unavailable]")
                .contains("agent '" + agent.name() + "' runs under Kata, which cluster 'eks-prod' does not offer")
                .contains("warning [open-egress-with-secrets]")
                .contains("INVALID (1 error,");
    }

    @Test
    void anUnreadableFileExitsTwoWithOneLineOnStderr() throws Exception {
        Path file = folder.resolve("broken.bulkhead.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"name\": ");

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip()).startsWith("bulkhead: error: " + file).contains("ends in the middle").doesNotContain("\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void debugAddsTheStackTrace() throws Exception {
        Path file = folder.resolve("broken.bulkhead.json");
        Files.writeString(file, "nonsense");

        CliRun run = CliRun.of("--debug", "validate", file.toString());

        assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("ModelFileException").contains("\tat ");
    }

    @Test
    void usageErrorsExitTwoWithAHint() {
        CliRun missing = CliRun.of("validate");
        CliRun unknown = CliRun.of("frobnicate");

        assertThat(missing.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err().strip()).isEqualTo(
                "bulkhead: Missing required parameter: 'FILE' (see 'bulkhead validate --help')");
        assertThat(unknown.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("Unmatched argument").contains("frobnicate");
    }

    @Test
    void versionAndHelpAreAvailable() {
        assertThat(CliRun.of("--version").out()).startsWith("Bulkhead ");
        assertThat(CliRun.of("--help").out()).contains("validate").contains("Exit status");
        CliRun help = CliRun.of("help", "validate");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: bulkhead validate").contains("FILE");
    }
}

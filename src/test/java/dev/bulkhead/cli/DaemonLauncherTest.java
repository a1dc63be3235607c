package dev.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Egress;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TrustLevel;
import dev.bulkhead.persistence.ModelWriter;
import dev.bulkhead.testing.TestModels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers' bash client (installer/daemon-client.bash) end to end against a real server in its own JVM
 * (issue 15): it starts one detached, sends it the command, and reproduces its output and status exactly.
 */
class DaemonLauncherTest {
    private static final Path SAMPLE = Path.of("sample-models/ai-agent-saas.bulkhead.json").toAbsolutePath();
    /** What the script prints, on stderr, when the client returned and the JVM would run as before. */
    private static final String FELL_BACK = "<ran without the resident process>";

    @TempDir
    Path folder;

    private Path stateDir() {
        return folder.resolve("state");
    }

    @AfterEach
    void stopServers() {
        CliRun.of("daemon", "--state-dir=" + stateDir(), "stop");
    }

    /** A process's status and its two streams, read apart. */
    private record Result(int status, String out, String err) {
    }

    private Result launch(Path directory, String daemonSetting, String... args) throws Exception {
        Path build = folder.resolve("bulkhead.jar");
        if (!Files.exists(build)) {
            Files.writeString(build, "the build the key is made from");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                "set -euo pipefail; source \"$0\"; bulkhead_daemon_run \"$BUILD\" \"$JAVA\" -Xshare:off -cp \"$CP\" dev.bulkhead.Main -- \"$@\";"
                        + " echo '" + FELL_BACK + "' >&2; exit 99",
                Path.of("installer/daemon-client.bash").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().put("BUILD", build.toString());
        builder.environment().put("JAVA", java);
        builder.environment().put("CP", System.getProperty("java.class.path"));
        builder.environment().put("BULKHEAD_DAEMON_DIR", stateDir().toString());
        builder.environment().remove("BULKHEAD_DAEMON");
        if (daemonSetting != null) {
            builder.environment().put("BULKHEAD_DAEMON", daemonSetting);
        }
        Process process = builder.start();
        // Both streams are read to their end: a server that kept the client's pipes open would hang this test.
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the client ended").isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err.get(60, TimeUnit.SECONDS), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new ByteArrayOutputStream().toByteArray();
        }
    }

    private Path onlyStateFile() throws IOException {
        List<Path> files = DaemonFiles.all(stateDir());
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    @Test
    void theFirstCommandStartsAServerTheNextOnesReuseIt() throws Exception {
        Path client = Files.createDirectories(folder.resolve("my project"));
        Files.copy(SAMPLE, client.resolve("tenants.bulkhead.json"));

        Result first = launch(client, null, "validate", "tenants.bulkhead.json");
        DaemonFiles.State server = DaemonFiles.read(onlyStateFile()).orElseThrow();
        Result second = launch(client, null, "compare", "tenants.bulkhead.json");

        assertThat(first.err()).isEmpty();
        assertThat(first.status()).isZero();
        assertThat(first.out()).isEqualTo(CliRun.of("validate", client.resolve("tenants.bulkhead.json").toString()).out());
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(second.out()).isEqualTo(CliRun.of("compare", client.resolve("tenants.bulkhead.json").toString()).out());
        assertThat(DaemonFiles.read(onlyStateFile()).orElseThrow().pid()).as("the same server").isEqualTo(server.pid());
        assertThat(ProcessHandle.of(server.pid())).as("the server outlives its client").isPresent();
    }

    @Test
    void outputErrorsAndEveryExitStatusArriveApartAndExact() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.bulkhead.json"), "{\"formatVersion\": 1, \"name\": ");
        TestModels b = TestModels.builder();
        Model small = TestModels.small();
        small.elements().values().forEach(b::put);
        b.put(new Agent(ElementId.of("agent-x"), "x", ElementId.of("tenant-search"), TrustLevel.UNTRUSTED,
                SandboxRuntime.KATA, 1, 0, 1, 1, Egress.OPEN, true, List.of(), true, 100));
        Path invalid = folder.resolve("invalid.bulkhead.json");
        new ModelWriter().write(b.build(), invalid);

        Result unreadable = launch(folder, null, "validate", broken.toString());
        Result withErrors = launch(folder, null, "validate", invalid.toString());
        Result usage = launch(folder, null, "validate", "--no-such-option", SAMPLE.toString());

        CliRun direct = CliRun.of("validate", broken.toString());
        assertThat(unreadable.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(unreadable.out()).isEmpty();
        assertThat(unreadable.err()).isEqualTo(direct.err());
        assertThat(withErrors.status()).isEqualTo(ExitCodes.MODEL_ERRORS);
        assertThat(withErrors.out()).isEqualTo(CliRun.of("validate", invalid.toString()).out());
        assertThat(withErrors.err()).isEmpty();
        assertThat(usage.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(usage.out()).isEmpty();
        assertThat(usage.err()).isEqualTo(CliRun.of("validate", "--no-such-option", SAMPLE.toString()).err())
                .startsWith("bulkhead: Unknown option: '--no-such-option'");
    }

    @Test
    void argumentsWithSpacesQuotesNewlinesAndNonAsciiArriveWhole() throws Exception {
        Path odd = folder.resolve("a model 'quoted' \"twice\" $(no) \\ ünïcode 名前\nsecond line.bulkhead.json");
        Files.copy(SAMPLE, odd);

        Result run = launch(folder, null, "validate", odd.getFileName().toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains(odd + ": valid (0 errors");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void offTheDesktopAppAndDaemonCommandsRunAsBefore() throws Exception {
        assertThat(launch(folder, "off", "validate", SAMPLE.toString()).err()).isEqualTo(FELL_BACK + "\n");
        assertThat(launch(folder, null, "daemon", "status").err()).isEqualTo(FELL_BACK + "\n");
        assertThat(launch(folder, null, "--debug", "daemon", "stop").err()).isEqualTo(FELL_BACK + "\n");
        assertThat(DaemonFiles.all(stateDir())).as("no server was started").isEmpty();
    }

    @Test
    void aStateFileOfADeadServerIsReplacedByANewServer() throws Exception {
        Result first = launch(folder, null, "validate", SAMPLE.toString());
        Path file = onlyStateFile();
        DaemonFiles.State dead = DaemonFiles.read(file).orElseThrow();
        ProcessHandle server = ProcessHandle.of(dead.pid()).orElseThrow();
        server.destroyForcibly();
        server.onExit().get(30, TimeUnit.SECONDS);
        assertThat(file).exists();

        Result second = launch(folder, null, "validate", SAMPLE.toString());

        assertThat(second.status()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).isEmpty();
        assertThat(DaemonFiles.read(onlyStateFile()).orElseThrow().pid()).isNotEqualTo(dead.pid());
    }
}

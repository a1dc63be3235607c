package dev.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resident server and its protocol, in-process (issue 15); installer/bulkhead's client is DaemonLauncherTest's. */
class CliServerTest {
    private static final Duration ANSWER = Duration.ofSeconds(30);
    private static final Path SAMPLE = Path.of("sample-models/ai-agent-saas.bulkhead.json").toAbsolutePath();

    @TempDir
    Path folder;

    private CliServer server;
    private CompletableFuture<String> serving;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    private Path stateFile() {
        return folder.resolve("state").resolve("k1" + DaemonFiles.SUFFIX);
    }

    private void serve(Duration idle, Duration commandLimit, CliServer.Runner runner) throws IOException {
        server = runner == null ? new CliServer(stateFile(), idle, commandLimit)
                : new CliServer(stateFile(), idle, commandLimit, runner);
        server.start();
        serving = CompletableFuture.supplyAsync(() -> {
            try {
                return server.serve();
            } catch (IOException e) {
                return e.toString();
            }
        });
    }

    private DaemonClient.Reply run(Path directory, String... args) throws IOException {
        return DaemonClient.request(server.port(), server.token(), "run", directory.toString(), List.of(args), ANSWER);
    }

    @Test
    void aRequestWithoutTheTokenIsRefusedAndRunsNothing() throws Exception {
        AtomicInteger ran = new AtomicInteger();
        serve(Duration.ofMinutes(5), Duration.ofMinutes(1), (out, err, dir, args) -> {
            ran.incrementAndGet();
            return ExitCodes.OK;
        });

        DaemonClient.Reply wrong = DaemonClient.request(server.port(), "0".repeat(64), "run", folder.toString(),
                List.of("validate", SAMPLE.toString()), ANSWER);
        DaemonClient.Reply empty = DaemonClient.request(server.port(), "", "stop", "/", List.of(), ANSWER);

        assertThat(wrong.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("refused a request without its token");
        assertThat(empty.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(ran).hasValue(0);
        assertThat(serving).isNotDone();
        // ... and it still serves the one who has the token.
        assertThat(run(folder, "x").status()).isZero();
        assertThat(ran).hasValue(1);
    }

    @Test
    void theStateFileIsTheUsersAloneAndTheSocketLoopbackOnly() throws Exception {
        serve(Duration.ofMinutes(5), Duration.ofMinutes(1), null);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stateFile()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stateFile().getParent())))
                .isEqualTo("rwx------");
        DaemonFiles.State state = DaemonFiles.read(stateFile()).orElseThrow();
        assertThat(state.port()).isEqualTo(server.port());
        assertThat(state.token()).isEqualTo(server.token()).hasSize(64);
        assertThat(state.pid()).isEqualTo(ProcessHandle.current().pid());
        assertThat(server.address().isLoopbackAddress()).isTrue();
        // Where the machine has another address, nothing answers on it.
        for (java.net.InetAddress other : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterfaceAddresses::of).filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).toList()) {
            assertThatThrownBy(() -> new java.net.Socket(other, server.port()).close()).as(other.toString())
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void relativeFilesAreTakenFromTheClientsDirectoryNotTheServersOwn() throws Exception {
        serve(Duration.ofMinutes(5), Duration.ofMinutes(1), null);
        Path client = Files.createDirectories(folder.resolve("client dir é"));
        Files.copy(SAMPLE, client.resolve("tenants.bulkhead.json"));
        Files.writeString(client.resolve("args.txt"), "validate tenants.bulkhead.json\n");

        DaemonClient.Reply validate = run(client, "validate", "tenants.bulkhead.json");
        DaemonClient.Reply fromArgumentFile = run(client, "@args.txt");
        DaemonClient.Reply render = run(client, "render", "tenants.bulkhead.json", "--out", "picture.svg");

        assertThat(validate.status()).as(validate.err()).isEqualTo(ExitCodes.OK);
        assertThat(validate.out()).contains(client.resolve("tenants.bulkhead.json") + ": valid (0 errors");
        assertThat(fromArgumentFile.status()).as(fromArgumentFile.err()).isEqualTo(ExitCodes.OK);
        assertThat(render.status()).as(render.err()).isEqualTo(ExitCodes.OK);
        assertThat(client.resolve("picture.svg")).isNotEmptyFile();
        assertThat(Path.of("picture.svg")).doesNotExist();
    }

    @Test
    void standardOutputErrorAndExitStatusComeBackApart() throws Exception {
        serve(Duration.ofMinutes(5), Duration.ofMinutes(1), null);
        Path broken = Files.writeString(folder.resolve("broken.bulkhead.json"), "{\"formatVersion\": 1, \"name\": ");

        DaemonClient.Reply valid = run(folder, "validate", SAMPLE.toString());
        DaemonClient.Reply unreadable = run(folder, "validate", broken.toString());
        DaemonClient.Reply usage = run(folder, "validate");
        CliRun direct = CliRun.of("validate", SAMPLE.toString());

        assertThat(valid.status()).isEqualTo(ExitCodes.OK);
        assertThat(valid.out()).isEqualTo(direct.out());
        assertThat(valid.err()).isEmpty();
        assertThat(unreadable.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(unreadable.out()).isEmpty();
        assertThat(unreadable.err()).startsWith("bulkhead: error: " + broken).endsWith("\n");
        assertThat(usage.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(usage.err()).contains("Missing required parameter: 'FILE'");
    }

    @Test
    void argumentsArriveWhateverTheyHoldAndModelErrorsExitOne() throws Exception {
        serve(Duration.ofMinutes(5), Duration.ofMinutes(1), (out, err, dir, args) -> {
            out.print(String.join("|", args));
            err.print("ünïcode on stderr\n");
            return ExitCodes.MODEL_ERRORS;
        });
        List<String> args = List.of("with space", "quote\"s and 'single'", "new\nline", "tab\there", "€ ünïcode 名前", "",
                "--", "$(rm -rf /)");

        DaemonClient.Reply reply = DaemonClient.request(server.port(), server.token(), "run", "/", args, ANSWER);

        assertThat(reply.status()).isEqualTo(ExitCodes.MODEL_ERRORS);
        assertThat(reply.out()).isEqualTo(String.join("|", args));
        assertThat(reply.err()).isEqualTo("ünïcode on stderr\n");
    }

    @Test
    void itEndsAfterItsIdleTimeAndRemovesItsStateFile() throws Exception {
        serve(Duration.ofMillis(300), Duration.ofMinutes(1), null);

        assertThat(serving.get(10, TimeUnit.SECONDS)).startsWith("idle");
        assertThat(stateFile()).doesNotExist();
    }

    @Test
    void itEndsWhenTheJarItRunsFromIsRemovedAsAnUninstallDoes() throws Exception {
        Path jar = java.nio.file.Files.writeString(folder.resolve("bulkhead.jar"), "a build");
        server = new CliServer(stateFile(), Duration.ofMinutes(5), Duration.ofMinutes(1)).watching(jar);
        server.start();
        java.nio.file.Files.delete(jar);

        assertThat(server.serve()).contains("was removed or replaced");
        assertThat(stateFile()).doesNotExist();
    }

    @Test
    void aCommandThatNeverEndsGetsAnAnswerAndEndsTheServer() throws Exception {
        serve(Duration.ofMinutes(5), Duration.ofMillis(300), (out, err, dir, args) -> {
            out.println("started");
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        });

        DaemonClient.Reply reply = run(folder, "compare", "x");

        assertThat(reply.status()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(reply.err()).contains("did not finish within");
        assertThat(serving.get(10, TimeUnit.SECONDS)).contains("did not finish");
        assertThat(stateFile()).doesNotExist();
    }

    @Test
    void aCrashInACommandIsAnInternalErrorAndTheServerGoesOn() throws Exception {
        serve(Duration.ofMinutes(5), Duration.ofMinutes(1), (out, err, dir, args) -> {
            throw new StackOverflowError();
        });

        DaemonClient.Reply reply = run(folder, "validate", "x");

        assertThat(reply.status()).isEqualTo(ExitCodes.INTERNAL);
        assertThat(reply.err()).startsWith("bulkhead: internal error: java.lang.StackOverflowError");
        assertThat(serving).isNotDone();
    }

    @Test
    void daemonCommandsAreNotRunInsideTheServer() throws Exception {
        serve(Duration.ofMinutes(5), Duration.ofMinutes(1), null);

        DaemonClient.Reply reply = run(folder, "daemon", "run", "--key", "other");

        assertThat(reply.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(folder.resolve("state").resolve("other" + DaemonFiles.SUFFIX)).doesNotExist();
    }

    @Test
    void daemonStatusAndStopReachEveryServerAndTidyStaleFiles() throws Exception {
        serve(Duration.ofMinutes(5), Duration.ofMinutes(1), null);
        Path stale = stateFile().resolveSibling("gone" + DaemonFiles.SUFFIX);
        // A port nothing listens on: the server of a build that was killed.
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DaemonFiles.write(stale, DaemonFiles.State.of(closedPort, "ab", 1, "0", Duration.ofMinutes(1), Duration.ofMinutes(1)));
        String dir = "--state-dir=" + stateFile().getParent();

        CliRun status = CliRun.of("daemon", dir, "status");
        CliRun stop = CliRun.of("daemon", dir, "stop");
        CliRun after = CliRun.of("daemon", dir, "status");

        assertThat(status.status()).isZero();
        assertThat(status.out()).contains("(pid " + ProcessHandle.current().pid() + ", port " + server.port() + "), up 0 min, 0 commands served")
                .contains("not running: gone.server");
        assertThat(stale).doesNotExist();
        assertThat(stop.out()).startsWith("stopped Bulkhead ");
        assertThat(serving.get(10, TimeUnit.SECONDS)).isEqualTo("stopped on request");
        assertThat(after.out()).startsWith("no resident Bulkhead process runs");
    }

    /** The addresses of one network interface, as a stream. */
    private static final class NetworkInterfaceAddresses {
        static java.util.stream.Stream<java.net.InetAddress> of(java.net.NetworkInterface network) {
            return java.util.Collections.list(network.getInetAddresses()).stream();
        }
    }
}

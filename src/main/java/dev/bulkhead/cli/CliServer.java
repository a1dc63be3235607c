package dev.bulkhead.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The resident command line (issue 15): a JVM that stays up and runs one command after another, warm, for the
 * launcher's small client (installer/bulkhead), so that a command costs tens of milliseconds instead of a JVM's
 * start and its cold code. It listens on loopback only, on a port the system picks, and answers only a request that
 * carries the random token it wrote, with the port, into its state file (readable by the user alone, see
 * {@link DaemonFiles}). It runs nothing but {@link BulkheadCli}'s commands, one request at a time, each limited in
 * time, and stops after an idle time, on a stop request, when its state file no longer names it, or when the jar it
 * runs from is removed or replaced (an uninstalled or upgraded package leaves no server behind).
 *
 * <p>The protocol, version 1. Request: NUL-terminated UTF-8 fields {@code bulkhead-1, token, verb, directory, count,
 * argument...} where the verb is {@code run}, {@code status} or {@code stop} (NUL cannot occur in an argument, so
 * any argument frames safely). Answer: the line {@code bulkhead-1 EXIT OUT_BYTES ERR_BYTES}, then exactly that many
 * bytes of standard output and of standard error, then the server closes the connection.
 */
public final class CliServer {
    static final String PROTOCOL = "bulkhead-1";
    /** A client that connected must send its request within this time; the server serves no one else meanwhile. */
    private static final int REQUEST_READ_MILLIS = 10_000;
    /** How often the idle time and the state file are checked while no request comes. */
    private static final long CHECK_MILLIS = 30_000;
    private static final int MAX_FIELD_BYTES = 1 << 20;
    private static final int MAX_ARGUMENTS = 10_000;

    /** What runs a command: {@link BulkheadCli#execute(PrintWriter, PrintWriter, Path, String...)} unless a test says. */
    @FunctionalInterface
    interface Runner {
        int run(PrintWriter out, PrintWriter err, Path directory, String... args);
    }

    private final Path stateFile;
    private final Duration idleTimeout;
    private final Duration commandTimeout;
    private final Runner runner;
    private final String token = HexFormat.of().formatHex(randomBytes());
    private final Instant started = Instant.now();
    private final ExecutorService commands = Executors.newSingleThreadExecutor(runnable -> {
        // A command that never finishes must not keep the JVM up once the server has given up on it.
        Thread thread = new Thread(runnable, "bulkhead-command");
        thread.setDaemon(true);
        return thread;
    });
    private ServerSocket socket;
    private volatile boolean stopping;
    private long served;
    /** Set when a command overran its time: its thread cannot be stopped, so the server ends after answering. */
    private boolean timedOut;
    private Instant lastActivity = Instant.now();
    /** The jar this server's classes come from and its time when it started; null when run from a folder (tests). */
    private Path code = codeJar();
    private java.nio.file.attribute.FileTime codeTime = timeOf(code);

    CliServer(Path stateFile, Duration idleTimeout, Duration commandTimeout, Runner runner) {
        this.stateFile = stateFile;
        this.idleTimeout = idleTimeout;
        this.commandTimeout = commandTimeout;
        this.runner = runner;
    }

    CliServer(Path stateFile, Duration idleTimeout, Duration commandTimeout) {
        this(stateFile, idleTimeout, commandTimeout, BulkheadCli::execute);
    }

    /** The jar holding this class, or null when the classes come from a folder. */
    private static Path codeJar() {
        try {
            Path location = Path.of(CliServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return java.nio.file.Files.isRegularFile(location) ? location : null;
        } catch (Exception e) { // no code source, or not a file URI: nothing to watch
            return null;
        }
    }

    private static java.nio.file.attribute.FileTime timeOf(Path jar) {
        try {
            return jar == null ? null : java.nio.file.Files.getLastModifiedTime(jar);
        } catch (IOException e) {
            return null;
        }
    }

    /** Watches {@code jar} as the code this server runs from (tests). */
    CliServer watching(Path jar) {
        code = jar;
        codeTime = timeOf(jar);
        return this;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** Binds a loopback port and writes the state file that tells clients the port and the token. */
    void start() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        DaemonFiles.write(stateFile, DaemonFiles.State.of(socket.getLocalPort(), token, ProcessHandle.current().pid(),
                version(), commandTimeout, idleTimeout));
    }

    InetAddress address() {
        return socket.getInetAddress();
    }

    int port() {
        return socket.getLocalPort();
    }

    String token() {
        return token;
    }

    /** Serves requests until stopped, idle or replaced; returns why, and removes its state file. */
    String serve() throws IOException {
        String reason = null;
        try {
            while (reason == null) {
                reason = acceptOne();
            }
            return reason;
        } finally {
            socket.close();
            DaemonFiles.deleteIfOurs(stateFile, socket.getLocalPort(), token);
            commands.shutdownNow();
        }
    }

    /** Asks a serving loop to end after its current request (for tests and shutdown hooks). */
    void stop() {
        stopping = true;
        try {
            socket.close();
        } catch (IOException e) {
            // Closing is all that is asked; the loop ends either way.
        }
    }

    /** Waits for one request and answers it; returns why the server ends, or null to go on. */
    private String acceptOne() throws IOException {
        Duration idle = Duration.between(lastActivity, Instant.now());
        if (idle.compareTo(idleTimeout) >= 0) {
            return "idle for " + idleTimeout.toMinutes() + " min";
        }
        if (!DaemonFiles.namesUs(stateFile, port(), token)) {
            return "its state file " + stateFile + " names another server or is gone";
        }
        if (code != null && !java.util.Objects.equals(codeTime, timeOf(code))) {
            // Classes not yet loaded would come from a file that is gone or another build's.
            return "its jar " + code + " was removed or replaced";
        }
        socket.setSoTimeout((int) Math.max(1, Math.min(CHECK_MILLIS, idleTimeout.minus(idle).toMillis())));
        Socket client;
        try {
            client = socket.accept();
        } catch (SocketTimeoutException e) {
            return null;
        } catch (IOException e) {
            if (stopping) {
                return "stopped";
            }
            throw e;
        }
        try (client) {
            return answer(client);
        } catch (IOException e) {
            // One broken connection (a client that went away) must not end the server.
            log("a request failed: " + e);
            return null;
        } finally {
            // The idle time counts from the end of the last request, however long that one ran.
            lastActivity = Instant.now();
        }
    }

    private String answer(Socket client) throws IOException {
        client.setSoTimeout(REQUEST_READ_MILLIS);
        InputStream in = new java.io.BufferedInputStream(client.getInputStream());
        OutputStream out = client.getOutputStream();
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            fields.add(readField(in));
        }
        if (!PROTOCOL.equals(fields.get(0)) || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                fields.get(1).getBytes(StandardCharsets.UTF_8))) {
            log("refused a request without this server's token");
            reply(out, ExitCodes.USAGE, "", "bulkhead: the resident process refused a request without its token\n");
            return null;
        }
        int count = parseCount(fields.get(4));
        String[] args = new String[count];
        for (int i = 0; i < count; i++) {
            args[i] = readField(in);
        }
        switch (fields.get(2)) {
            case "run" -> run(out, fields.get(3), args);
            case "status" -> reply(out, ExitCodes.OK, status(), "");
            case "stop" -> {
                // Gone from the state folder before "stopped" is said: a status asked right after found the file of a
                // server still closing down and called it stale (CliServerTest, under load).
                DaemonFiles.deleteIfOurs(stateFile, socket.getLocalPort(), token);
                reply(out, ExitCodes.OK, "stopped " + description() + "\n", "");
                return "stopped on request";
            }
            default -> reply(out, ExitCodes.USAGE, "", "bulkhead: unknown request '" + fields.get(2) + "'\n");
        }
        return timedOut ? "a command did not finish within " + commandTimeout.toMinutes() + " min" : null;
    }

    private void run(OutputStream socketOut, String directory, String[] args) throws IOException {
        Path workingDirectory = Path.of(directory);
        if (!workingDirectory.isAbsolute()) {
            reply(socketOut, ExitCodes.USAGE, "", "bulkhead: the client's directory '" + directory + "' is not absolute\n");
            return;
        }
        if (args.length > 0 && args[0].equals("daemon")) {
            // The launcher runs these itself; a server inside the server would never end.
            reply(socketOut, ExitCodes.USAGE, "", "bulkhead: 'daemon' commands are not run by the resident process\n");
            return;
        }
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        Future<Integer> command = commands.submit(() -> runner.run(out, err, workingDirectory, args));
        int status;
        try {
            status = command.get(commandTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            command.cancel(true);
            timedOut = true;
            status = ExitCodes.INTERNAL;
            err.println("bulkhead: the command did not finish within " + commandTimeout.toMinutes()
                    + " min; the resident process stopped (see BULKHEAD_DAEMON in the README)");
        } catch (ExecutionException e) {
            // An Error (out of memory, a stack overflow) that picocli's handler does not catch.
            status = ExitCodes.INTERNAL;
            err.println("bulkhead: internal error: " + e.getCause() + " (run again with --debug and report it)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while a command ran", e);
        }
        served++;
        out.flush();
        err.flush();
        reply(socketOut, status, stdout.toByteArray(), stderr.toByteArray());
    }

    private String status() {
        Duration up = Duration.between(started, Instant.now());
        return String.format(Locale.ROOT, "%s, up %d min, %d %s served, stops after %d min idle%n", description(),
                up.toMinutes(), served, served == 1 ? "command" : "commands", idleTimeout.toMinutes());
    }

    private String description() {
        return String.format(Locale.ROOT, "Bulkhead %s (pid %d, port %d)", version(), ProcessHandle.current().pid(),
                port());
    }

    static String version() {
        return new BulkheadCli.Version().getVersion()[0].substring("Bulkhead ".length());
    }

    private static void reply(OutputStream out, int status, String stdout, String stderr) throws IOException {
        reply(out, status, stdout.getBytes(StandardCharsets.UTF_8), stderr.getBytes(StandardCharsets.UTF_8));
    }

    private static void reply(OutputStream out, int status, byte[] stdout, byte[] stderr) throws IOException {
        out.write(String.format(Locale.ROOT, "%s %d %d %d%n", PROTOCOL, status, stdout.length, stderr.length)
                .getBytes(StandardCharsets.US_ASCII));
        out.write(stdout);
        out.write(stderr);
        out.flush();
    }

    private static int parseCount(String field) throws IOException {
        try {
            int count = Integer.parseInt(field);
            if (count >= 0 && count <= MAX_ARGUMENTS) {
                return count;
            }
        } catch (NumberFormatException e) {
            // Reported below, as any other malformed request.
        }
        throw new IOException("a malformed argument count '" + field + "'");
    }

    /** One NUL-terminated UTF-8 field; a request cut short or too long is an error, not a command. */
    private static String readField(InputStream in) throws IOException {
        ByteArrayOutputStream field = new ByteArrayOutputStream();
        for (int b = in.read(); b != 0; b = in.read()) {
            if (b < 0) {
                throw new IOException("the request ended early");
            }
            if (field.size() >= MAX_FIELD_BYTES) {
                throw new IOException("a request field over " + MAX_FIELD_BYTES + " bytes");
            }
            field.write(b);
        }
        return field.toString(StandardCharsets.UTF_8);
    }

    static void log(String message) {
        // The server's stderr is its log file (the launcher starts it with its output there).
        System.err.println(Instant.now() + " bulkhead daemon: " + message);
    }
}

package dev.bulkhead.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The Java side of the resident server's protocol (see {@link CliServer}): what {@code daemon status} and
 * {@code daemon stop} send. The launcher speaks the same protocol in bash.
 */
final class DaemonClient {
    private static final int CONNECT_MILLIS = 2_000;

    /** A server's answer: the exit status and the bytes of its standard output and error, as UTF-8 text. */
    record Reply(int status, String out, String err) {
    }

    private DaemonClient() {
    }

    /** Sends one request and reads its answer; waits at most {@code timeout} for it. */
    static Reply request(int port, String token, String verb, String directory, List<String> args, Duration timeout)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), CONNECT_MILLIS);
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            for (String field : List.of(CliServer.PROTOCOL, token, verb, directory, Integer.toString(args.size()))) {
                field(request, field);
            }
            for (String arg : args) {
                field(request, arg);
            }
            out.write(request.toByteArray());
            out.flush();
            return read(new BufferedInputStream(socket.getInputStream()));
        }
    }

    private static void field(ByteArrayOutputStream request, String value) {
        request.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        request.write(0);
    }

    private static Reply read(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the resident process closed the connection without an answer");
            }
            line.write(b);
        }
        String[] header = line.toString(StandardCharsets.US_ASCII).split(" ");
        if (header.length != 4 || !header[0].equals(CliServer.PROTOCOL)) {
            throw new IOException("an answer that is not Bulkhead's: " + line.toString(StandardCharsets.US_ASCII));
        }
        byte[] out = in.readNBytes(Integer.parseInt(header[2]));
        byte[] err = in.readNBytes(Integer.parseInt(header[3]));
        return new Reply(Integer.parseInt(header[1]), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }
}

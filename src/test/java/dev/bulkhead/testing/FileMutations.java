package dev.bulkhead.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Byte-level damage to a file: deletions, inserted JSON tokens, flipped bytes and truncation. */
public final class FileMutations {
    private static final List<String> TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"", "null", "-1", "1e999",
            "\"x\"", "true", "0", "\"tenant-search\"", "\\u0000", "NaN", "{\"formatVersion\":2}", "\uD83D\uDE00");

    private FileMutations() {
    }

    /** One change to a file's bytes. */
    public interface Mutation {
        byte[] apply(byte[] content);
    }

    /** One random byte-level mutation of a file about {@code length} bytes long. */
    public static Arbitrary<Mutation> of(int length) {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, length);
        return Arbitraries.oneOf(
                Combinators.combine(position, Arbitraries.integers().between(1, 40)).as(Delete::new),
                Combinators.combine(position, Arbitraries.of(TOKENS)).as(Insert::new),
                Combinators.combine(position, Arbitraries.bytes()).as(Flip::new),
                position.map(Truncate::new));
    }

    record Delete(int at, int length) implements Mutation {
        public byte[] apply(byte[] c) {
            int start = Math.min(at, c.length);
            int end = Math.min(c.length, start + length);
            byte[] out = new byte[c.length - (end - start)];
            System.arraycopy(c, 0, out, 0, start);
            System.arraycopy(c, end, out, start, c.length - end);
            return out;
        }
    }

    record Insert(int at, String token) implements Mutation {
        public byte[] apply(byte[] c) {
            int start = Math.min(at, c.length);
            byte[] t = token.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[c.length + t.length];
            System.arraycopy(c, 0, out, 0, start);
            System.arraycopy(t, 0, out, start, t.length);
            System.arraycopy(c, start, out, start + t.length, c.length - start);
            return out;
        }
    }

    record Flip(int at, byte value) implements Mutation {
        public byte[] apply(byte[] c) {
            if (c.length == 0) {
                return c;
            }
            byte[] out = c.clone();
            out[Math.min(at, c.length - 1)] = value;
            return out;
        }
    }

    record Truncate(int at) implements Mutation {
        public byte[] apply(byte[] c) {
            return Arrays.copyOf(c, Math.min(at, c.length));
        }
    }
}

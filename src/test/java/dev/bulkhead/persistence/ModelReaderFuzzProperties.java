package dev.bulkhead.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Mutated files never make the loader throw anything but its own error, and never make it hang. */
class ModelReaderFuzzProperties {
    private static final byte[] VALID = new ModelWriter().toJson(ModelFileRoundTripTest.sample())
            .getBytes(StandardCharsets.UTF_8);
    private static final List<String> TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"", "null", "-1", "1e999",
            "\"x\"", "true", "0", "\"tenant-search\"", "\\u0000", "NaN", "{\"formatVersion\":2}", "\uD83D\uDE00");

    @Property(tries = 600)
    void mutatedFilesAreReadOrRefusedCleanly(@ForAll("mutations") List<Mutation> mutations) {
        byte[] content = VALID;
        for (Mutation mutation : mutations) {
            content = mutation.apply(content);
        }
        byte[] input = content;
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            try {
                assertThat(new ModelReader().parse(Path.of("fuzz.bulkhead.json"), input)).isNotNull();
            } catch (ModelFileException e) {
                assertThat(e.getMessage()).startsWith("fuzz.bulkhead.json").doesNotContain("\n");
            }
        });
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, VALID.length);
        Arbitrary<Mutation> mutation = Arbitraries.oneOf(
                Combinators.combine(position, Arbitraries.integers().between(1, 40)).as(Delete::new),
                Combinators.combine(position, Arbitraries.of(TOKENS)).as(Insert::new),
                Combinators.combine(position, Arbitraries.bytes()).as(Flip::new),
                position.map(Truncate::new));
        return mutation.list().ofMinSize(1).ofMaxSize(6);
    }

    interface Mutation {
        byte[] apply(byte[] content);
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
            return java.util.Arrays.copyOf(c, Math.min(at, c.length));
        }
    }
}

package dev.bulkhead.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.bulkhead.testing.FileMutations;
import dev.bulkhead.testing.FileMutations.Mutation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Mutated files never make the loader throw anything but its own error, and never make it hang. */
class ModelReaderFuzzProperties {
    private static final byte[] VALID = new ModelWriter().toJson(ModelFileRoundTripTest.sample())
            .getBytes(StandardCharsets.UTF_8);

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
        return FileMutations.of(VALID.length).list().ofMinSize(1).ofMaxSize(6);
    }
}

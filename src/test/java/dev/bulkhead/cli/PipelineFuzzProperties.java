package dev.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelFileException;
import dev.bulkhead.persistence.ModelFormat;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.FileMutations;
import dev.bulkhead.testing.FileMutations.Mutation;
import dev.bulkhead.testing.TreeMutations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No input crashes a command. Mutated sample models (byte damage, and fields replaced by extreme, empty,
 * wrong-typed or hostile values, numbers at and just past the edges of their ranges, every number at its
 * maximum) go through load, validate, the analysis the app runs, every exporter and the commands: each
 * either succeeds or fails with the tool's own error (a {@code ModelFileException}, an {@code ExportException},
 * exit status 1 or 2), within a time bound, and every figure it prints is finite and of printable size.
 * Seeded and quick in {@code mvn verify}: 200 tries ({@code jqwik.tries.default} in junit-platform.properties) on the
 * small workshop sample, one command a try. The {@code fuzz} Maven profile runs it on every sample with ten
 * times the tries: {@code mvn -Pfuzz test -Dtest='*FuzzProperties'}.
 */
class PipelineFuzzProperties {
    /** Set by the {@code fuzz} profile: every sample, the slow ones too. */
    private static final boolean LONG = Boolean.getBoolean("bulkhead.fuzz.long");
    private static final List<byte[]> SEEDS = samples();
    private static final ReferenceData REFERENCE = ReferenceData.bundled();
    private static final Path FILE = Path.of("fuzz" + ModelFormat.EXTENSION);

    @Property(seed = "17")
    void mutatedModelsLoadAndGoThroughEveryStepOrAreRefusedCleanly(@ForAll("seeds") int seed,
                                                                   @ForAll("mutations") List<Mutation> mutations,
                                                                   @ForAll("commands") int command) {
        byte[] content = SEEDS.get(seed);
        for (Mutation mutation : mutations) {
            content = mutation.apply(content);
        }
        byte[] input = content;
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Model model;
            try {
                model = new ModelReader().parse(FILE, input);
            } catch (ModelFileException e) {
                assertThat(e.getMessage()).startsWith(FILE.toString()).doesNotContain("\n");
                return;
            }
            Analysis analysis = new Analyzer(REFERENCE).analyze(model);
            PipelineChecks.everyFigureIsPrintable(analysis);
            PipelineChecks.everyExportSucceedsOrIsRefused(analysis);
            PipelineChecks.theCommandExitsWithoutAnInternalError(input, command);
        });
    }

    @Provide
    Arbitrary<Integer> seeds() {
        return Arbitraries.integers().between(0, SEEDS.size() - 1);
    }

    @Provide
    Arbitrary<Integer> commands() {
        return Arbitraries.integers().between(0, PipelineChecks.COMMANDS - 1);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        int length = SEEDS.stream().mapToInt(s -> s.length).max().orElse(1);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, FileMutations.of(length)),
                net.jqwik.api.Tuple.of(3, TreeMutations.any())).list().ofMinSize(1).ofMaxSize(4);
    }

    /** The samples; the quick run takes the smallest alone, whose every export takes milliseconds. */
    private static List<byte[]> samples() {
        try (Stream<Path> files = Files.list(Path.of("sample-models"))) {
            return files.filter(p -> p.toString().endsWith(ModelFormat.EXTENSION))
                    .filter(p -> LONG || p.getFileName().toString().startsWith("workshop-starter"))
                    .sorted().map(p -> {
                try {
                    return Files.readAllBytes(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

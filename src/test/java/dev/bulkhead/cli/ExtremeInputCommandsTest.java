package dev.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.TreeMutations.AllAtMaximum;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Commands on the edges of the input: what is out of range is refused at load, what is in range is costed. */
class ExtremeInputCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void anAbsurdDemandIsRefusedAtLoadByEveryCommandNeverAsAnInternalError() throws Exception {
        ObjectNode model = (ObjectNode) JSON.readTree(Path.of("sample-models/workshop-starter.bulkhead.json").toFile());
        ObjectNode demand = (ObjectNode) model.get("tenants").get(0).get("demand");
        demand.put("cpu", 1e308).put("memoryGiB", 1e308);
        Path file = Files.writeString(folder.resolve("huge.bulkhead.json"), model.toPrettyString());

        for (String[] command : new String[][] {{"validate", file.toString()}, {"compare", file.toString()},
                {"export", file.toString(), "--to", "k8s", "--option", "dedicated", "--out", folder.resolve("out").toString()}}) {
            CliRun run = CliRun.of(command);

            assertThat(run.status()).as(command[0]).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err().strip()).as(command[0]).doesNotContain("\n").startsWith("bulkhead: error: " + file + ":")
                    .contains("$.tenants[0].demand.cpu: CPU (vCPU) must be from 0 to 100,000 vCPU (got 1.0E308)")
                    .endsWith("enter a value in that range");
            assertThat(run.out()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ai-agent-saas", "internal-platform", "workshop-starter"})
    void aSampleWithEveryNumberAtItsMaximumIsCostedWithReadableFigures(String sample) throws Exception {
        byte[] largest = new AllAtMaximum().apply(Files.readAllBytes(Path.of("sample-models", sample + ".bulkhead.json")));
        Path file = Files.write(folder.resolve(sample + ".bulkhead.json"), largest);

        // What the app runs on every edit (AnalysisService), and what the compare view derives from it.
        Model model = new ModelReader().read(file);
        Analysis analysis = new Analyzer(ReferenceData.bundled()).analyze(model);
        PipelineChecks.everyFigureIsPrintable(analysis);
        PipelineChecks.everyExportSucceedsOrIsRefused(analysis);
        for (int command = 0; command < PipelineChecks.COMMANDS; command++) {
            PipelineChecks.theCommandExitsWithoutAnInternalError(largest, command);
        }
        assertThat(CliRun.of("compare", file.toString(), "--format", "json").status()).isBetween(ExitCodes.OK,
                ExitCodes.MODEL_ERRORS);
    }
}

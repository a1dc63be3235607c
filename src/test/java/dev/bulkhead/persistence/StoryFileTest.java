package dev.bulkhead.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulkhead.edit.StoryEdits;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.StoryStep;
import dev.bulkhead.model.StoryView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Stories in the file: they read back equal, a model without one is written as before, a bad one says where. */
class StoryFileTest {
    private static final Path FILE = Path.of("story.bulkhead.json");

    /** The two-scenario model with a story of a canvas step in the base and a compare step in the proposal. */
    static Model withStory() {
        ModelDocument document = new ModelDocument(ScenarioFileTest.withTwoScenarios());
        StoryEdits edits = new StoryEdits(document);
        edits.addStep("Why a vCluster", new StoryStep("current", StoryView.canvas(420.5, 180, 1.25),
                new ElementId("tenant-payments"), "Payments shares the cluster today."));
        edits.addStep("Why a vCluster", new StoryStep("proposal A", StoryView.compareView(), null, ""));
        return document.snapshot();
    }

    @Test
    void aStoryReadsBackEqualAndMatchesTheSchema() throws Exception {
        Model model = withStory();
        String json = new ModelWriter().toJson(model);

        Model read = new ModelReader().parse(FILE, json.getBytes(StandardCharsets.UTF_8));

        assertThat(read).isEqualTo(model);
        assertThat(read.stories()).isEqualTo(model.stories());
        JsonNode file = new ObjectMapper().readTree(json);
        assertThat(file.at("/formatVersion").intValue()).isEqualTo(3);
        assertThat(file.at("/stories/0/steps/0/view/kind").textValue()).isEqualTo("canvas");
        assertThat(file.at("/stories/0/steps/1/view/kind").textValue()).isEqualTo("compare");
        assertThat(file.at("/stories/0/steps/1/view").has("zoom")).isFalse();
        assertThat(ModelSchemaTest.SCHEMA.validate(file)).isEmpty();
    }

    @Test
    void everySampleWithoutAStoryIsWrittenByteForByteAsOnDisk() throws Exception {
        for (String name : new String[] {"workshop-starter", "ai-agent-saas", "internal-platform"}) {
            Path sample = Path.of("sample-models", name + ModelFormat.EXTENSION);
            Model model = new ModelReader().read(sample);

            assertThat(model.stories().isEmpty()).isTrue();
            assertThat(new ModelWriter().toJson(model)).as(name).isEqualTo(Files.readString(sample));
        }
    }

    @Test
    void aModelWithScenariosButNoStoryStaysFormatTwo() throws Exception {
        JsonNode file = new ObjectMapper().readTree(new ModelWriter().toJson(ScenarioFileTest.withTwoScenarios()));

        assertThat(file.at("/formatVersion").intValue()).isEqualTo(2);
        assertThat(file.has("stories")).isFalse();
    }

    @Test
    void aBadStorySaysWhereAndWhatToDoInOneLine() {
        String json = new ModelWriter().toJson(withStory());

        assertThat(refuse(json.replace("\"scenario\" : \"proposal A\"", "\"scenario\" : \"proposal Z\"")).getMessage())
                .contains("$.stories[0].steps[1].scenario: the step shows scenario 'proposal Z', which this model does not have; "
                        + "name one of: current, proposal A").doesNotContain("\n");
        assertThat(refuse(json.replace("\"kind\" : \"compare\"", "\"kind\" : \"slides\"")).getMessage())
                .contains("$.stories[0].steps[1].view.kind: 'slides' is not a view; use canvas or compare");
        assertThat(refuse(json.replace("\"zoom\" : 1.25", "\"zoom\" : 400")).getMessage())
                .contains("$.stories[0].steps[0].view.zoom: zoom (1 = 100%) must be from");
        assertThat(refuse(json.replace("\"centreX\" : 420.5,", "")).getMessage())
                .contains("$.stories[0].steps[0].view.centreX: required field 'centreX' is missing");
        assertThat(refuse(json.replace("\"name\" : \"Why a vCluster\"", "\"name\" : \"\"")).getMessage())
                .contains("$.stories[0].name: story name must not be empty");
    }

    private static ModelFileException refuse(String content) {
        ModelFileException e = catchThrowableOfType(ModelFileException.class,
                () -> new ModelReader().parse(FILE, content.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).isNotNull();
        return e;
    }
}

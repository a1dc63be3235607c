package dev.bulkhead.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulkhead.edit.ScenarioEdits;
import dev.bulkhead.model.CanvasNote;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.ModelNotes;
import dev.bulkhead.model.Tenant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Notes in the file: they read back equal, a model without them is written as before, and a bad one is named. */
class NotesFileTest {
    private static final Path FILE = Path.of("notes.bulkhead.json");

    static Model withNotes(Model model) {
        Tenant tenant = model.all(Tenant.class).get(0);
        ModelNotes notes = ModelNotes.NONE
                .withNote(new CanvasNote("note-1", "Prod keeps its own cluster\nuntil the audit", new Geometry(40, -120, 240, 96)))
                .withNote(new CanvasNote("note-2", "Ask finance about reserved instances", new Geometry(400, -120, 200, 80)))
                .withElementNote(tenant.id(), "Owner is on leave in March");
        ModelDocument document = new ModelDocument(model);
        document.edit("Add notes", tx -> tx.setSettings(tx.settings().withNotes(notes)));
        return document.snapshot();
    }

    @Test
    void notesReadBackEqualAndMakeTheFileFormatThree() throws Exception {
        Model model = withNotes(ModelFileRoundTripTest.sample());
        String json = new ModelWriter().toJson(model);

        Model read = new ModelReader().parse(FILE, json.getBytes(StandardCharsets.UTF_8));

        assertThat(read).isEqualTo(model);
        assertThat(read.settings().notes().canvas()).extracting(CanvasNote::id).containsExactly("note-1", "note-2");
        JsonNode file = new ObjectMapper().readTree(json);
        assertThat(file.at("/formatVersion").intValue()).isEqualTo(3);
        assertThat(file.at("/notes/canvas/0/text").textValue()).isEqualTo("Prod keeps its own cluster\nuntil the audit");
        assertThat(ModelSchemaTest.SCHEMA.validate(file)).isEmpty();
    }

    @Test
    void notesAreSharedByEveryScenarioAndSurviveASwitch() throws Exception {
        ModelDocument document = new ModelDocument(withNotes(ModelFileRoundTripTest.sample()));
        new ScenarioEdits(document).duplicate("proposal A");
        new ScenarioEdits(document).switchTo("current");
        Model model = document.snapshot();

        Model read = new ModelReader().parse(FILE, new ModelWriter().toJson(model).getBytes(StandardCharsets.UTF_8));

        assertThat(read.inScenario("proposal A").settings().notes()).isEqualTo(model.settings().notes());
        assertThat(read.settings().notes().canvas()).hasSize(2);
    }

    @Test
    void everySampleWithoutNotesIsWrittenByteForByteAsItWasRead() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("sample-models"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(ModelFormat.EXTENSION)).sorted().toList()) {
                Model model = new ModelReader().read(file);
                assertThat(model.settings().notes()).isEqualTo(ModelNotes.NONE);
                assertThat(new ModelWriter().toJson(model)).as(file.toString())
                        .isEqualTo(Files.readString(file)).doesNotContain("\"notes\"");
            }
        }
    }

    @Test
    void aBadNoteIsRefusedInOneLineThatSaysWhereAndWhy() {
        String valid = new ModelWriter().toJson(withNotes(ModelFileRoundTripTest.sample()));
        String blank = valid.replace("\"Ask finance about reserved instances\"", "\"  \"");
        String noWidth = valid.replace("\"width\" : 200.0,", "");
        String twice = valid.replace("\"note-2\"", "\"note-1\"");

        assertThat(refuse(blank)).contains("$.notes.canvas[1]").contains("note note-2 must not be empty; delete the note instead")
                .doesNotContain("\n");
        assertThat(refuse(noWidth)).contains("$.notes.canvas[1].width: required field 'width' is missing").doesNotContain("\n");
        assertThat(refuse(twice)).contains("two notes have the id 'note-1'").doesNotContain("\n");
        // The schema refuses what the reader refuses.
        assertThat(ModelSchemaTest.SCHEMA.validate(readTree(blank.replace("\"  \"", "\"\"")))).isNotEmpty();
        assertThat(ModelSchemaTest.SCHEMA.validate(readTree(noWidth))).isNotEmpty();
    }

    private static JsonNode readTree(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String refuse(String content) {
        ModelFileException e = catchThrowableOfType(ModelFileException.class,
                () -> new ModelReader().parse(FILE, content.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).as("the reader refuses the note").isNotNull();
        return e.getMessage();
    }
}

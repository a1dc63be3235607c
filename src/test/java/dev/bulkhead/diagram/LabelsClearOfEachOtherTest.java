package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.DrawingSurface.Align;
import dev.bulkhead.diagram.fonts.InterMetrics;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Drawn as a file draws them, the diagram's texts stay clear of its icons and the connections' port labels clear of
 * each other, also where several routes meet.
 */
class LabelsClearOfEachOtherTest {
    private static RecordingSurface drawn(Model model) {
        return drawn(model, null);
    }

    /** The picture of the whole model (environment null) or, as {@code render --environment} draws it, of one environment. */
    private static RecordingSurface drawn(Model model, Environment environment) {
        Analysis analysis = new Analyzer(ReferenceData.bundled()).analyze(model);
        DiagramPicture picture = DiagramExport.picture(analysis,
                DiagramExport.Options.of(DiagramExport.Format.SVG).withEnvironment(environment));
        RecordingSurface surface = new RecordingSurface();
        picture.draw(surface.surface(), 1, 0, 0);
        return surface;
    }

    private static Model sample(String name) throws Exception {
        if (name.startsWith("generated")) {
            return GeneratedModels.platform(1, 2, 40, 16, 80, 7);
        }
        return new ModelReader().read(Path.of("sample-models/" + name + ".bulkhead.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ai-agent-saas", "internal-platform", "workshop-proposal", "workshop-starter", "generated"})
    void portLabelsNeverOverlapEachOther(String name) throws Exception {
        Model model = sample(name);
        assertThat(assertClear(name + " whole model", drawn(model))).as("port labels drawn").isPositive();
        // One environment is drawn in full where the whole model collapses a large one to a summary (prod of ai-agent-saas).
        for (Environment environment : model.all(Environment.class)) {
            assertClear(name + " environment " + environment.name(), drawn(model, environment));
        }
    }

    /**
     * Asserts no two port labels of a picture overlap, nor does one cover an element's name (where many connections
     * meet, they piled up over it); returns how many there are.
     */
    private static int assertClear(String picture, RecordingSurface drawn) {
        List<Geometry> labels = new ArrayList<>();
        List<Geometry> texts = new ArrayList<>();
        for (RecordingSurface.Call call : drawn.log()) {
            // A port label is the only rounded box with corners of 6 (see DiagramRenderer.label).
            if (call.method().equals("fillRoundRect") && call.number(4) == 6) {
                labels.add(new Geometry(call.number(0), call.number(1), call.number(2), call.number(3)));
            } else if (call.method().equals("text") && call.args()[4] == Align.LEFT) {
                DiagramFont font = (DiagramFont) call.args()[1];
                double width = InterMetrics.width((String) call.args()[0], font);
                double limit = call.number(5);
                width = limit > 0 ? Math.min(width, limit) : width;
                texts.add(new Geometry(call.number(2), call.number(3) - font.size() / 2, width, font.size()));
            }
        }
        for (Geometry label : labels) {
            for (Geometry text : texts) {
                assertThat(LabelPlacement.overlap(label, text)).as("%s: label %s over text %s", picture, label, text).isZero();
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(LabelPlacement.overlap(labels.get(i), labels.get(j)))
                        .as("%s: %s and %s", picture, labels.get(i), labels.get(j)).isZero();
            }
        }
        return labels.size();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ai-agent-saas", "internal-platform", "workshop-proposal", "workshop-starter", "generated"})
    void noTitleRunsUnderAnIcon(String name) throws Exception {
        Model model = sample(name);
        // Every tenant's name made long enough to be squeezed to its limit.
        ModelDocument document = new ModelDocument(model);
        document.edit("Long names", tx -> model.all(Tenant.class)
                .forEach(t -> tx.replace(t.withName(t.name() + "-with-a-very-long-name-for-the-proposal"))));
        Model longNames = document.snapshot();
        List<Geometry> texts = new ArrayList<>();
        List<Geometry> icons = new ArrayList<>();
        for (RecordingSurface.Call call : drawn(longNames).log()) {
            if (call.method().equals("text") && call.args()[4] == Align.LEFT) {
                DiagramFont font = (DiagramFont) call.args()[1];
                double width = InterMetrics.width((String) call.args()[0], font);
                double limit = call.number(5);
                width = limit > 0 ? Math.min(width, limit) : width;
                texts.add(new Geometry(call.number(2), call.number(3) - font.size() / 2, width, font.size()));
            } else if (call.method().equals("icon")) {
                double size = call.number(1);
                icons.add(new Geometry(call.number(2), call.number(3) - size / 2, size, size));
            }
        }
        assertThat(icons).as("icons drawn").isNotEmpty();
        for (Geometry text : texts) {
            for (Geometry icon : icons) {
                assertThat(LabelPlacement.overlap(text, icon)).as("text %s over icon %s", text, icon).isZero();
            }
        }
    }
}

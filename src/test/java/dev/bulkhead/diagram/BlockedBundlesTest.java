package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Blocked connections where a picture draws several as one: a line between two boxes is dashed in the danger colour
 * only when every connection on it is blocked (one that also carries a working flow stays solid), and its chip, and a
 * summarised cluster's count of the connections inside it, say how many are blocked, in the danger colour.
 */
class BlockedBundlesTest {
    private static final DiagramTheme THEME = DiagramTheme.of(false);
    private static final Colour DANGER = THEME.colour("-bh-danger");

    @Test
    void aBundleSaysHowManyOfItsConnectionsAreBlockedAndIsDashedOnlyWhenAllAre() throws Exception {
        Model model = Placed.of(new ModelReader().read(Path.of("sample-models", "ai-agent-saas.bulkhead.json")));
        List<ElementId> toLlm = connections(model, "prod", "LLM provider API");
        List<ElementId> toStripe = connections(model, "staging", "Stripe API");
        assertThat(toLlm).as("the sample's bundles").hasSize(13);
        assertThat(toStripe).hasSize(1);
        Connection inside = model.all(Connection.class).stream()
                .filter(c -> model.get(c.to(), Element.class).name().equals("demo-alpha")).findFirst().orElseThrow();
        Set<ElementId> blocked = new HashSet<>(List.of(toLlm.get(0), toLlm.get(1), toStripe.get(0), inside.id()));
        DiagramPicture picture = DiagramPicture.of(SceneLayout.of(model), Decorations.NONE, THEME, null, null, true, blocked)
                .fittedTo(745, 463);
        assertThat(picture.summarised()).as("every cluster summarised at this size").hasSize(3);
        assertThat(picture.blocked()).isEqualTo(blocked);
        RecordingSurface surface = new RecordingSurface();

        picture.draw(surface.surface(), picture.printScale().orElseThrow(), 0, 0);

        assertThat(inDanger(surface, "text")).contains("13 connections to LLM provider API, 2 blocked",
                "1 connection to Stripe API, blocked", "1 of them blocked");
        assertThat(inDanger(surface, "strokePolyline")).as("only the line to Stripe, all of it blocked, is dashed").hasSize(1);
    }

    /** What was drawn with {@code method} in the danger colour (dashed, for a stroke): texts by their words. */
    private static List<Object> inDanger(RecordingSurface surface, String method) {
        List<Object> drawn = new ArrayList<>();
        Colour fill = null;
        Colour stroke = null;
        boolean dashed = false;
        for (RecordingSurface.Call call : surface.log()) {
            switch (call.method()) {
                case "fill" -> fill = (Colour) call.args()[0];
                case "stroke" -> stroke = (Colour) call.args()[0];
                case "dashes" -> dashed = call.number(0) > 0;
                default -> {
                    boolean danger = method.equals("text") ? DANGER.equals(fill) : DANGER.equals(stroke) && dashed;
                    if (call.method().equals(method) && danger) {
                        drawn.add(call.args()[0]);
                    }
                }
            }
        }
        return drawn;
    }

    /** The connections from an environment's elements to an external endpoint, by their names. */
    private static List<ElementId> connections(Model model, String environment, String endpoint) {
        return model.all(Connection.class).stream()
                .filter(c -> model.get(c.to(), Element.class).name().equals(endpoint)
                        && model.environmentOf(c.from()).map(Element::name).orElse("").equals(environment))
                .map(Connection::id).toList();
    }
}

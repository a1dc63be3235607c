package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.fonts.InterMetrics;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The review's "AGENT report-writer" touching its reviewed-eye: an agent's title ends clear of its trust icon on every
 * surface, for all of them draw the card through the one painter recorded here.
 */
class AgentTitleClearOfTrustIconTest {
    /** The least room between the title's last glyph and the icon, in diagram units: a space of the title's type. */
    private static final double CLEARANCE = 3;

    @ParameterizedTest
    @ValueSource(strings = {"internal-platform", "ai-agent-saas"})
    void everyAgentTitleEndsClearOfItsTrustIcon(String sample) throws Exception {
        Analysis analysis = new Analyzer(ReferenceData.bundled())
                .analyze(new ModelReader().read(Path.of("sample-models", sample + ".bulkhead.json")));
        DiagramPicture picture = DiagramExport.picture(analysis, DiagramExport.Options.of(DiagramExport.Format.PNG));
        RecordingSurface drawn = new RecordingSurface();
        picture.draw(drawn.surface(), 1, 0, 0);

        List<RecordingSurface.Call> log = drawn.log();
        int titles = 0;
        for (int i = 0; i < log.size(); i++) {
            RecordingSurface.Call call = log.get(i);
            if (!call.method().equals("text") || !((String) call.args()[0]).startsWith("AGENT ")) {
                continue;
            }
            String title = (String) call.args()[0];
            double limit = call.number(5);
            double width = InterMetrics.width(title, (DiagramFont) call.args()[1]);
            double right = call.number(2) + (limit > 0 ? Math.min(width, limit) : width);
            RecordingSurface.Call icon = log.subList(i + 1, log.size()).stream().filter(c -> c.method().equals("icon"))
                    .findFirst().orElseThrow();
            assertThat(icon.number(2) - right).as("%s: room between '%s' (ends at %.2f) and its trust icon (at %.2f)", sample,
                    title, right, icon.number(2)).isGreaterThanOrEqualTo(CLEARANCE);
            titles++;
        }
        assertThat(titles).as("%s: agent titles drawn", sample).isPositive();
    }
}

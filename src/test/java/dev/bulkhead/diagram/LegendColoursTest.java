package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The legend's colour swatches can be told apart: each names one colour that nothing else in the key uses (an agent's
 * sandbox and a finding were once the same orange), in the light and the dark theme alike.
 */
class LegendColoursTest {
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everySwatchOfTheLegendHasAColourOfItsOwn(boolean dark) throws Exception {
        var analysis = new Analyzer(ReferenceData.bundled())
                .analyze(new ModelReader().read(Path.of("sample-models/workshop-starter.bulkhead.json")));
        DiagramPicture picture = DiagramExport.picture(analysis,
                DiagramExport.Options.of(DiagramExport.Format.SVG).withLegend(true).withDark(dark));
        RecordingSurface surface = new RecordingSurface();
        picture.draw(surface.surface(), 1, 0, 0);

        // A swatch is fill(colour), a 10 × 10 rounded square, fill(text colour), text(label).
        Map<String, Colour> swatches = new LinkedHashMap<>();
        List<RecordingSurface.Call> log = surface.log();
        for (int i = 1; i + 2 < log.size(); i++) {
            RecordingSurface.Call call = log.get(i);
            if (call.method().equals("fillRoundRect") && call.number(2) == 10 && call.number(3) == 10 && call.number(4) == 3
                    && log.get(i - 1).method().equals("fill") && log.get(i + 2).method().equals("text")) {
                swatches.put((String) log.get(i + 2).args()[0], (Colour) log.get(i - 1).args()[0]);
            }
        }
        assertThat(swatches).containsKeys("agent sandbox", "finding", "requirement unmet", "namespace");
        assertThat(swatches.get("agent sandbox")).isNotEqualTo(swatches.get("finding"));
        assertThat(swatches.values()).as("the legend's swatches %s", swatches).doesNotHaveDuplicates();
    }
}

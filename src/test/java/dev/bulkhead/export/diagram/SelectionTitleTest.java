package dev.bulkhead.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.DiagramPicture;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A selection's title counts what the picture draws and says where it is (review 12e, 8): three prod tenants, one of
 * which pays through the card network, draw four boxes, and the title said "selection (3 elements)".
 */
class SelectionTitleTest {
    @Test
    void theTitleCountsTheEndpointDrawnBesideTheSelectionAndNamesItsEnvironment() throws Exception {
        Analysis analysis = new Analyzer(ReferenceData.bundled()).analyze(
                new ModelReader().read(Path.of("sample-models/internal-platform.bulkhead.json")));
        Set<ElementId> selection = Set.of(new ElementId("tenant-checkout-prod"), new ElementId("tenant-payments-prod"),
                new ElementId("tenant-fraud-detection-prod"));

        String label = DiagramExport.selectionLabel(analysis.model(), selection);
        assertThat(label).isEqualTo("selection in prod (3 elements and 1 endpoint)");
        // What the label counts is what is drawn: the three tenants and the one endpoint beside them.
        Set<ElementId> drawn = DiagramPicture.closure(analysis.model(), selection);
        assertThat(drawn.stream().filter(id -> selection.contains(id)
                || analysis.model().find(id).orElse(null) instanceof ExternalEndpoint)).hasSize(4);
        String svg = new String(DiagramExport.render(analysis, DiagramExport.Options.of(DiagramExport.Format.SVG)
                .withScope(selection, label)), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(svg).contains("selection in prod (3 elements and 1 endpoint)").contains("Card network gateway");

        // Across environments, each is named; a selection with nothing beside it counts its elements only.
        assertThat(DiagramExport.selectionLabel(analysis.model(), Set.of(new ElementId("tenant-catalog-dev"),
                new ElementId("tenant-catalog-prod")))).isEqualTo("selection in dev, prod (2 elements)");
    }
}

package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.edit.PlacementEdits;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Review R12h: the report recommends a mix, and every picture in it showed the design it argues against. The last
 * diagram is the scope's with the mix applied, each tenant drawn with the option the mix gives it; a report whose mix
 * places every tenant as drawn has no such page.
 */
class MixDiagramTest {
    private static final LocalDate DATE = LocalDate.of(2026, 12, 2);

    private static Analysis analyse(dev.bulkhead.model.Model model) {
        return new Analyzer(ReferenceData.bundled()).analyze(model);
    }

    @Test
    void theLastDiagramDrawsEachTenantWithTheOptionTheMixGivesIt() throws Exception {
        Analysis analysis = analyse(new ModelReader().read(Path.of("sample-models/workshop-starter.bulkhead.json")));
        ProposalReport report = ProposalReport.of(analysis, null, null, DATE);
        List<DiagramPages.Page> pages = report.diagramPages();
        DiagramPages.Page mix = pages.get(pages.size() - 1);
        assertThat(mix.heading()).isEqualTo(DiagramPages.FURTHER + DiagramPages.MIX);

        Map<ElementId, Placement> drawn = report.scope().option(OptionKey.CURRENT).placements();
        Map<ElementId, Placement> mixed = report.scope().recommendation().placements();
        long options = mixed.entrySet().stream().filter(e -> e.getValue().option() != drawn.get(e.getKey()).option()).count();
        long nodes = mixed.entrySet().stream().filter(e -> e.getValue() != drawn.get(e.getKey())
                && e.getValue().option() == drawn.get(e.getKey()).option()).count();
        assertThat(options + nodes).isPositive();
        // Every tenant of this sample is undecided: the caption says why all of them change colour, not only those it counts;
        // the picture names every tenant, so no sentence about boxes of counts.
        assertThat(mix.caption()).contains("Of " + mixed.size() + " tenants, it changes the option of " + options + " and only the "
                + "nodes of " + nodes + " (the " + mixed.size() + " with no option set counted as namespaces).")
                .contains("stays drawn in the cluster it is modelled in").doesNotContain("drawn as a box");

        // Each tenant's badge names its option: "undecided" on the drawn picture, the mix's option on the mix's. The legend
        // also says "vCluster" once (its other entries are in lower case or longer).
        Map<String, Long> drawnBadges = badges(ReportFigures.diagramSvg(report, pages.get(0)));
        assertThat(drawnBadges).containsEntry("undecided", (long) mixed.size()).containsEntry("vCluster", 1L).hasSize(2);
        Map<String, Long> mixBadges = badges(ReportFigures.diagramSvg(report, mix));
        Map<String, Long> expected = new java.util.HashMap<>(Map.of("vCluster", 1L));
        mixed.values().forEach(placement -> expected.merge(placement.option().label(), 1L, Long::sum));
        assertThat(mixBadges).isEqualTo(expected);
        for (Tenant tenant : report.model().all(Tenant.class)) {
            assertThat(ReportFigures.diagramSvg(report, mix)).contains(">" + tenant.name() + "<");
        }
    }

    /** Review R12h: on the bank's whole-model picture each cluster is a box of counts, and the caption says whose. */
    @Test
    void aCaptionOverBoxesOfCountsSaysTheyCountTheMixsOptions() throws Exception {
        ProposalReport report = ProposalReport.of(analyse(new ModelReader().read(Path.of("sample-models/internal-platform.bulkhead.json"))),
                null, null, DATE);
        DiagramPages.Page mix = report.diagramPages().get(report.diagramPages().size() - 1);
        assertThat(mix.heading()).endsWith(DiagramPages.MIX);
        assertThat(mix.picture().summarised()).isNotEmpty();
        assertThat(mix.caption()).contains("A cluster drawn as a box counts its tenants by those options.");
    }

    @Test
    void aMixThatPlacesEveryTenantAsDrawnHasNoPicture() throws Exception {
        Analysis analysis = analyse(new ModelReader().read(Path.of("sample-models/workshop-starter.bulkhead.json")));
        ModelDocument document = new ModelDocument(analysis.model());
        PlacementEdits.apply(document, analysis, null, OptionKey.RECOMMENDED, dev.bulkhead.diagram.AutoLayout::placeMissingIn);
        ProposalReport applied = ProposalReport.of(analyse(document.snapshot()), null, null, DATE);

        assertThat(applied.diagramPages()).noneMatch(page -> page.heading().endsWith(DiagramPages.MIX));
    }

    /** How often each option's badge text (and "undecided") stands alone as a text of an SVG diagram. */
    private static Map<String, Long> badges(String svg) {
        Matcher matcher = Pattern.compile(">(undecided|Namespace|vCluster|Dedicated)</text>").matcher(svg);
        Map<String, Long> found = new java.util.HashMap<>();
        while (matcher.find()) {
            found.merge(matcher.group(1), 1L, Long::sum);
        }
        return found;
    }
}

package dev.bulkhead.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.DiagramFont;
import dev.bulkhead.diagram.RecordingSurface;
import dev.bulkhead.diagram.pdf.PagePlan;
import dev.bulkhead.diagram.pdf.PageSpec;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * File > Print… fits the diagram to the printer's page as the PDF export fits it to paper, decided with no printer:
 * on Letter portrait (0.75 in printer margins) the workshop starter printed as empty cluster boxes with its title at
 * 3.6 pt and two thirds of the page blank.
 */
class DiagramPrintTest {
    /** Letter portrait, 612 × 792 points, less three quarters of an inch of printer margin on every side. */
    private static final double WIDTH = 612 - 2 * 54;
    private static final double HEIGHT = 792 - 2 * 54;

    @Test
    void aLetterPortraitPageNamesEveryTenantInLegibleTypeAndFillsThePage() throws Exception {
        Model model = new ModelReader().read(Path.of("sample-models", "workshop-starter.bulkhead.json"));
        Analysis analysis = new Analyzer(ReferenceData.bundled()).analyze(model);

        PagePlan plan = DiagramPrint.plan(analysis, WIDTH, HEIGHT);

        assertThat(plan.pages()).hasSize(1);
        PagePlan.Page page = plan.pages().get(0);
        assertThat(page.width()).isEqualTo(WIDTH);
        assertThat(page.height()).isEqualTo(HEIGHT);
        PagePlan pdf = DiagramExport.pages(analysis, DiagramExport.Options.of(DiagramExport.Format.PDF).withLegend(true)
                .withPage(new PageSpec(PageSpec.Paper.LETTER, false, false)));
        // The same fitting as the PDF export's Letter portrait page, whose 36 pt margins leave a slightly larger area.
        assertThat(page.scale()).isCloseTo(pdf.pages().get(0).scale(), org.assertj.core.data.Percentage.withPercentage(12));
        assertThat(PagePlan.coverage(page)).as("the share of the page the diagram covers").isGreaterThan(0.5);

        List<double[]> printed = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        RecordingSurface surface = new RecordingSurface();
        page.picture().draw(surface.surface(), page.scale(), page.x(), page.y());
        double scale = 1;
        for (RecordingSurface.Call call : surface.log()) {
            if (call.method().equals("transform")) {
                scale = call.number(0);
            } else if (call.method().equals("text")) {
                texts.add((String) call.args()[0]);
                printed.add(new double[] {((DiagramFont) call.args()[1]).size() * scale});
            }
        }
        for (Tenant tenant : model.all(Tenant.class)) {
            assertThat(texts).as("the tenants named on the page").contains(tenant.name());
        }
        int title = texts.indexOf(model.settings().name());
        assertThat(printed.get(title)[0]).as("the title's size in points").isGreaterThanOrEqualTo(10);
        int legend = texts.indexOf("requirement unmet");
        assertThat(printed.get(legend)[0]).as("the legend's size in points").isGreaterThanOrEqualTo(6.4);
    }
}

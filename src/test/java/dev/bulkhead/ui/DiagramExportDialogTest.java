package dev.bulkhead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.diagram.DiagramPicture;
import dev.bulkhead.diagram.pdf.PagePlan;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.ui.export.DiagramExportDialog;
import dev.bulkhead.ui.export.ReportExportDialog;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** File > Export Diagram… and Export Report…: the options, the preview and the files written. */
class DiagramExportDialogTest extends WindowTest {
    private DiagramExportDialog dialog;

    @BeforeEach
    void openTheDialogOnASample() throws Exception {
        onFx(() -> window.files().openSample("workshop-starter.bulkhead.json"));
        waitForAnalysis();
        onFx(() -> {
            dialog = new DiagramExportDialog(window.stage(), window.analysis().latest(), dialogs, Set.of(), null);
            dialog.show();
        });
    }

    /**
     * A selection's scope counts what the picture draws, the endpoint beside it included, and names its environment;
     * the title block gets the same words (review 12e, 8: "selection (3 elements)" over 4 boxes, and no "prod").
     */
    @Test
    void theSelectionScopeCountsTheEndpointDrawnAndNamesTheEnvironment(FxRobot robot) {
        reopenWithTwoTenantsOfProdSelected();
        ComboBox<DiagramExportDialog.Scope> scope = robot.lookup("#diagram-scope").queryComboBox();
        DiagramExportDialog.Scope chosen = fx(() -> scope.getItems().get(scope.getItems().size() - 1));
        assertThat(chosen.label()).isEqualTo("Selection in prod (2 elements and 1 endpoint)");
        onFx(() -> scope.setValue(chosen));
        assertThat(fx(() -> dialog.options().scopeLabel())).isEqualTo("selection in prod (2 elements and 1 endpoint)");
    }

    /**
     * Review 12f, 11: with the selection scope chosen its long name widened the options, and "PNG scale" was cut to
     * "PNG sc…". Every label and check box of the dialog shows its whole text.
     */
    @Test
    void noLabelIsCutShortWhateverTheScope(FxRobot robot) throws Exception {
        reopenWithTwoTenantsOfProdSelected();
        ComboBox<DiagramExportDialog.Scope> scope = robot.lookup("#diagram-scope").queryComboBox();
        List<DiagramExportDialog.Scope> scopes = fx(() -> List.copyOf(scope.getItems()));
        for (DiagramExportDialog.Scope chosen : scopes) {
            onFx(() -> scope.setValue(chosen));
            waitUntil(() -> !dialog.rendering());
            List<javafx.scene.control.Labeled> labels = fx(() -> {
                dialog.stage().getScene().getRoot().applyCss();
                dialog.stage().getScene().getRoot().layout();
                List<javafx.scene.control.Labeled> found = new java.util.ArrayList<>();
                collectLabels(dialog.stage().getScene().getRoot(), found);
                return found;
            });
            assertThat(labels).as(chosen.label()).extracting(l -> l.getText()).contains("PNG scale", "Format", "Landscape");
            for (javafx.scene.control.Labeled label : labels) {
                String shown = fx(() -> label.lookup(".text") instanceof javafx.scene.text.Text text ? text.getText() : null);
                if (shown != null) {
                    assertThat(shown).as("scope %s: label '%s'", chosen.label(), fx(label::getText)).isEqualTo(fx(label::getText));
                }
            }
        }
    }

    /** The labels and check boxes of the dialog, not the cells inside its drop-downs. */
    private static void collectLabels(javafx.scene.Parent parent, List<javafx.scene.control.Labeled> found) {
        for (javafx.scene.Node node : parent.getChildrenUnmodifiable()) {
            if (node instanceof ComboBox<?>) {
                continue;
            }
            if ((node instanceof Label || node instanceof CheckBox) && node.isVisible()) {
                found.add((javafx.scene.control.Labeled) node);
            }
            if (node instanceof javafx.scene.Parent child) {
                collectLabels(child, found);
            }
        }
    }

    /**
     * Review 12f, 11: the preview was fixed at 640 pixels and left the right third of a wider dialog empty. It fills the
     * dialog's width, and at Fit a larger dialog shows the pages larger.
     */
    @Test
    void thePreviewGrowsWithTheDialog(FxRobot robot) throws Exception {
        waitUntil(() -> !dialog.rendering());
        double before = fx(dialog::previewZoom);
        onFx(() -> {
            dialog.stage().setWidth(1500);
            dialog.stage().setHeight(1000);
        });
        waitUntil(() -> fx(dialog::previewZoom) > before * 1.5);
        javafx.scene.control.ScrollPane pane = robot.lookup("#diagram-preview-pane").query();
        double across = fx(() -> dialog.stage().getScene().getWidth());
        assertThat(fx(pane::getWidth)).as("the preview's width in a dialog %s wide", across).isGreaterThan(across - 40);
    }

    /**
     * Issue 12, 2: a dark diagram's PDF page is the theme's canvas, margins included, and the preview shows the file:
     * the top-left corner of its page's margin is that colour, not white paper; a light page's is white.
     */
    @Test
    void thePreviewOfADarkPdfPageIsDarkToItsEdges(FxRobot robot) throws Exception {
        Canvas preview = robot.lookup("#diagram-preview").query();
        ComboBox<DiagramExport.Format> format = robot.lookup("#diagram-format").queryComboBox();
        ComboBox<String> page = robot.lookup("#diagram-page").queryComboBox();
        ComboBox<String> theme = robot.lookup("#diagram-theme").queryComboBox();
        for (String chosen : List.of("Dark", "Light")) {
            onFx(() -> {
                format.setValue(DiagramExport.Format.PDF);
                page.setValue("A4");
                theme.setValue(chosen);
            });
            waitUntil(() -> !fx(dialog::rendering) && fx(() -> dialog.pages().picture().theme().isDark()) == chosen.equals("Dark"));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            PagePlan.Page first = dialog.pages().pages().get(0);
            WritableImage image = fx(() -> preview.snapshot(null, null));
            double zoom = fx(dialog::previewZoom);
            // A few pixels into the page's top-left margin (pages are centred across, 12 pixels apart and from the top).
            int x = (int) ((image.getWidth() - first.width() * zoom) / 2 + 3);
            int y = 12 + 3;
            int argb = image.getPixelReader().getArgb(x, y);
            int expected = chosen.equals("Dark") ? dev.bulkhead.diagram.DiagramTheme.of(true).colour("-bh-canvas").argb() : 0xffffffff;
            assertThat(Integer.toHexString(argb)).as(chosen + " page's margin in the preview").isEqualTo(Integer.toHexString(expected));
        }
    }

    @Test
    void thePreviewDrawsThePictureAndTheOptionsFollowTheFormat(FxRobot robot) {
        Canvas preview = robot.lookup("#diagram-preview").query();
        assertThat(fx(() -> robot.lookup("#diagram-zoom").query().isVisible())).isTrue();
        Label size = robot.lookup("#diagram-size").query();
        ComboBox<DiagramExport.Format> format = robot.lookup("#diagram-format").queryComboBox();
        ComboBox<String> page = robot.lookup("#diagram-page").queryComboBox();
        CheckBox landscape = robot.lookup("#diagram-landscape").query();

        DiagramPicture picture = dialog.picture();
        assertThat(fx(size::getText)).isEqualTo((int) Math.ceil(picture.width() * 2) + " × " + (int) Math.ceil(picture.height() * 2) + " pixels");
        // The preview is drawn: the middle of its page (at the top, 12 pixels down) is not one flat colour.
        WritableImage image = fx(() -> preview.snapshot(null, null));
        int middle = (int) (12 + dialog.pages().pages().get(0).height() * fx(dialog::previewZoom) / 2);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 40; x < image.getWidth() - 40; x += 7) {
            colours.add(image.getPixelReader().getArgb(x, middle));
        }
        assertThat(colours).hasSizeGreaterThan(3);

        assertThat(fx(() -> robot.lookup("#diagram-scale").query().isDisabled())).isFalse();
        onFx(() -> format.setValue(DiagramExport.Format.SVG));
        assertThat(fx(() -> robot.lookup("#diagram-scale").query().isDisabled())).isTrue();
        assertThat(fx(page::isDisabled)).isTrue();
        onFx(() -> {
            format.setValue(DiagramExport.Format.PDF);
            page.setValue("A4");
        });
        assertThat(fx(landscape::isDisabled)).isFalse();
        onFx(() -> landscape.setSelected(true));
        assertThat(fx(() -> dialog.options().page().landscape())).isTrue();
    }

    /**
     * For every format and page choice the preview draws the pages the file's writer gets: the same pictures with the
     * same detail, rows and page count; drawn at the preview's zoom they make the very calls the file's drawing makes
     * (in picture units), and every tenant is named (a preview drawn small once showed the clusters' summaries only).
     */
    @Test
    void thePreviewShowsThePagesTheFileHolds(FxRobot robot) throws Exception {
        ComboBox<DiagramExport.Format> format = robot.lookup("#diagram-format").queryComboBox();
        ComboBox<String> page = robot.lookup("#diagram-page").queryComboBox();
        CheckBox landscape = robot.lookup("#diagram-landscape").query();
        CheckBox tile = robot.lookup("#diagram-tile").query();
        CheckBox legend = robot.lookup("#diagram-legend").query();
        dev.bulkhead.analysis.Analysis analysis = window.analysis().latest();
        List<String> tenants = analysis.model().all(dev.bulkhead.model.Tenant.class).stream().map(t -> t.name()).toList();
        Object[][] choices = {
                {DiagramExport.Format.PNG, "The drawing's size", false, false},
                {DiagramExport.Format.SVG, "The drawing's size", false, false},
                {DiagramExport.Format.PDF, "The drawing's size", false, false},
                {DiagramExport.Format.PDF, "A4", true, false},
                {DiagramExport.Format.PDF, "A4", false, false},
                {DiagramExport.Format.PDF, "Letter", false, false},
                {DiagramExport.Format.PDF, "A4", false, true}};
        for (Object[] choice : choices) {
            onFx(() -> {
                format.setValue((DiagramExport.Format) choice[0]);
                page.setValue((String) choice[1]);
                landscape.setSelected((Boolean) choice[2]);
                tile.setSelected((Boolean) choice[3]);
                legend.setSelected(true);
            });
            String what = java.util.Arrays.toString(choice);
            PagePlan shown = dialog.pages();
            PagePlan written = DiagramExport.pages(analysis, dialog.options());
            assertThat(fx(dialog::previewZoom)).as(what).isLessThan(1);
            assertThat(shown.pages()).as(what).hasSameSizeAs(written.pages());
            for (int i = 0; i < written.pages().size(); i++) {
                PagePlan.Page a = shown.pages().get(i);
                PagePlan.Page b = written.pages().get(i);
                assertThat(new double[] {a.width(), a.height(), a.scale(), a.x(), a.y(), a.picture().width(), a.picture().height()})
                        .as(what + " page " + i).containsExactly(b.width(), b.height(), b.scale(), b.x(), b.y(),
                                b.picture().width(), b.picture().height());
                List<String> previewed = drawing(a, a.scale() * fx(dialog::previewZoom));
                assertThat(previewed).as(what + " page " + i).isEqualTo(drawing(b, b.scale()));
                if (written.pages().size() == 1) {
                    for (String tenant : tenants) {
                        assertThat(previewed).as(what + " names " + tenant).anyMatch(c -> c.startsWith("text(" + tenant + ","));
                    }
                }
            }
            if (choice[0] == DiagramExport.Format.PDF) {
                try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                        DiagramExport.render(analysis, dialog.options()))) {
                    assertThat(pdf.getNumberOfPages()).as(what).isEqualTo(shown.pages().size());
                }
            }
        }
        int tiles = dialog.pages().pages().size();
        assertThat(tiles).isGreaterThan(1);
        assertThat(fx(() -> ((Label) robot.lookup("#diagram-size").query()).getText())).endsWith(", " + tiles + " pages");
    }

    /** The drawing calls of a page's picture at a scale, without the transforms (which differ with the scale alone). */
    private static List<String> drawing(PagePlan.Page page, double scale) {
        dev.bulkhead.diagram.RecordingSurface surface = new dev.bulkhead.diagram.RecordingSurface();
        page.picture().draw(surface.surface(), scale, 0, 0);
        return surface.calls().stream().filter(call -> !call.startsWith("transform(")).toList();
    }

    @Test
    void savingWritesTheChosenFileAtTheChosenScale(FxRobot robot) throws Exception {
        Path file = folder.resolve("diagram.png");
        dialogs.file = file;
        ComboBox<Integer> scale = robot.lookup("#diagram-scale").queryComboBox();
        onFx(() -> scale.setValue(3));
        DiagramPicture picture = dialog.picture();

        robot.clickOn("#diagram-save");
        waitUntil(() -> dialog.written() != null);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(picture.width() * 3));
        assertThat(fx(() -> ((Label) robot.lookup("#diagram-status").query()).getText())).isEqualTo("Saved diagram.png");
    }

    @Test
    void theReportDialogWritesTheReportInTheChosenFormat(FxRobot robot) throws Exception {
        Path file = folder.resolve("proposal.md");
        dialogs.file = file;
        ReportExportDialog[] report = new ReportExportDialog[1];
        onFx(() -> {
            dialog.stage().close();
            report[0] = new ReportExportDialog(window.stage(), window.analysis().latest(), window.session().file(), dialogs, null);
            report[0].show();
            ComboBox<ReportExportDialog.Kind> kind = robot.lookup("#report-kind").queryComboBox();
            kind.setValue(ReportExportDialog.Kind.MARKDOWN);
        });

        robot.clickOn("#report-save");
        waitUntil(() -> report[0].written() != null);

        assertThat(Files.readString(file)).startsWith("# " + window.analysis().latest().model().settings().name())
                .contains("## Side by side", "## Assumptions", "](proposal-diagram.svg)", "](proposal-cost-isolation.svg)")
                // A sample never saved has no file: the report says so rather than name one made up from the model's name.
                .contains("bulkhead export " + ReportExportDialog.UNSAVED_SOURCE + " --to k8s",
                        "Written by Bulkhead from " + ReportExportDialog.UNSAVED_SOURCE + ".")
                .doesNotContain("workshop-starter-four-tenants-two-stages.bulkhead.json");
        assertThat(folder.resolve("proposal-diagram.svg")).content().startsWith("<?xml").contains("<text");
        assertThat(folder.resolve("proposal-cost-isolation.svg")).content().contains("monthly cost");
    }

    /** File > Export Report… names the open document's file in the report, not a file name made from the model's name. */
    @Test
    void aReportSavedFromTheAppNamesTheOpenFile(FxRobot robot) throws Exception {
        Path model = folder.resolve("internal-platform.bulkhead.json");
        Files.copy(Path.of("sample-models", "internal-platform.bulkhead.json"), model);
        onFx(() -> {
            dialog.stage().close();
            window.files().open(model);
        });
        waitForAnalysis();
        Path file = folder.resolve("proposal.md");
        dialogs.file = file;
        onFx(() -> window.exportReport());
        onFx(() -> robot.lookup("#report-kind").<ReportExportDialog.Kind>queryComboBox().setValue(ReportExportDialog.Kind.MARKDOWN));
        robot.clickOn("#report-save");
        waitUntil(() -> Files.exists(file));

        assertThat(Files.readString(file)).contains("bulkhead export internal-platform.bulkhead.json --to k8s",
                "Written by Bulkhead from internal-platform.bulkhead.json.")
                .doesNotContain("northwind-bank-internal-developer-platform.bulkhead.json", ReportExportDialog.UNSAVED_SOURCE);
    }

    /** "Prepared by" starts empty (not the OS account) and remembers what was typed for the next report. */
    @Test
    void theReportDialogRemembersWhoPreparesReports(FxRobot robot) throws Exception {
        java.util.prefs.Preferences settings = java.util.prefs.Preferences.userRoot()
                .node("dev/bulkhead/test-report-" + System.nanoTime());
        try {
            dialogs.file = folder.resolve("proposal.md");
            ReportExportDialog[] report = new ReportExportDialog[1];
            onFx(() -> {
                dialog.stage().close();
                report[0] = new ReportExportDialog(window.stage(), window.analysis().latest(), window.session().file(), dialogs, null, settings);
                report[0].show();
            });
            javafx.scene.control.TextField author = robot.lookup("#report-author").query();
            assertThat(fx(() -> author.getText())).isEmpty();
            onFx(() -> {
                author.setText("Ada Architect");
                robot.lookup("#report-kind").<ReportExportDialog.Kind>queryComboBox().setValue(ReportExportDialog.Kind.MARKDOWN);
            });
            robot.clickOn("#report-save");
            waitUntil(() -> report[0].written() != null);
            assertThat(Files.readString(folder.resolve("proposal.md"))).contains("prepared by Ada Architect");

            onFx(() -> {
                report[0].stage().close();
                report[0] = new ReportExportDialog(window.stage(), window.analysis().latest(), window.session().file(), dialogs, null, settings);
                report[0].show();
            });
            assertThat(fx(() -> ((javafx.scene.control.TextField) robot.lookup("#report-author").query()).getText()))
                    .isEqualTo("Ada Architect");
        } finally {
            settings.removeNode();
        }
    }

    /** Opens the dialog again as it opens with code-tutor and web-shop in prod selected (the selection scope offered). */
    private void reopenWithTwoTenantsOfProdSelected() {
        Set<dev.bulkhead.model.ElementId> selection = Set.of(new dev.bulkhead.model.ElementId("tenant-code-tutor-prod"),
                new dev.bulkhead.model.ElementId("tenant-web-shop-prod"));
        onFx(() -> {
            dialog.stage().close();
            dialog = new DiagramExportDialog(window.stage(), window.analysis().latest(), dialogs, selection, null);
            dialog.show();
        });
    }
}

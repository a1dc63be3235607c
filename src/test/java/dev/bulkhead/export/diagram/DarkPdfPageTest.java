package dev.bulkhead.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.Colour;
import dev.bulkhead.diagram.DiagramTheme;
import dev.bulkhead.diagram.pdf.PageSpec;
import dev.bulkhead.export.diagram.DiagramExport.Format;
import dev.bulkhead.export.diagram.DiagramExport.Options;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, 2: a dark diagram on a PDF page was a dark panel on white paper, its margins white. With the dark theme
 * the whole page, margins included, is the theme's canvas, and what the page prints outside the picture (a tile's
 * label) is in the theme's text colour; a light page stays white paper with its grey label.
 */
class DarkPdfPageTest {
    private static final float DPI = 36;

    private static Analysis sample() throws Exception {
        return new Analyzer(ReferenceData.bundled()).analyze(new ModelReader().read(Path.of("sample-models/workshop-starter.bulkhead.json")));
    }

    private static BufferedImage firstPage(boolean dark, boolean tile, float dpi) throws Exception {
        Options options = Options.of(Format.PDF).withDark(dark).withDate(LocalDate.of(2026, 12, 1))
                .withPage(new PageSpec(PageSpec.Paper.A4, false, tile));
        try (PDDocument pdf = Loader.loadPDF(DiagramExport.render(sample(), options))) {
            return new PDFRenderer(pdf).renderImageWithDPI(0, dpi);
        }
    }

    /** Whether two colours are the same but for anti-aliasing and rounding. */
    private static boolean near(int rgb, Colour colour, int tolerance) {
        return Math.abs((rgb >> 16 & 0xff) - colour.red()) <= tolerance && Math.abs((rgb >> 8 & 0xff) - colour.green()) <= tolerance
                && Math.abs((rgb & 0xff) - colour.blue()) <= tolerance;
    }

    @ParameterizedTest(name = "dark {0}, tiled {1}")
    @CsvSource({"true, false", "true, true", "false, false", "false, true"})
    void theCornersOfTheFirstPageAreTheThemesPaper(boolean dark, boolean tile) throws Exception {
        BufferedImage page = firstPage(dark, tile, DPI);
        Colour paper = dark ? DiagramTheme.of(true).colour("-bh-canvas") : Colour.WHITE;
        int[][] corners = {{0, 0}, {page.getWidth() - 1, 0}, {0, page.getHeight() - 1}, {page.getWidth() - 1, page.getHeight() - 1}};
        for (int[] corner : corners) {
            int rgb = page.getRGB(corner[0], corner[1]);
            assertThat(near(rgb, paper, 2)).as("corner (%d, %d) is #%06x, paper %s", corner[0], corner[1], rgb & 0xffffff, paper.hex())
                    .isTrue();
            if (dark) {
                assertThat(near(rgb, Colour.WHITE, 40)).as("not white").isFalse();
            }
        }
    }

    /**
     * A tile's label, at the foot of its margin box, where this sample's first tile has no picture: on dark paper it is
     * in the theme's text colour, light on dark, not the light page's grey. The pixel of the band least like the paper
     * is the label's colour, and many are.
     */
    @ParameterizedTest(name = "dark {0}")
    @CsvSource({"true", "false"})
    void aTilesLabelIsInTheThemesTextColour(boolean dark) throws Exception {
        float dpi = 216;
        BufferedImage page = firstPage(dark, true, dpi);
        double pixels = dpi / 72;
        double pageHeight = 841.89;
        Colour paper = dark ? DiagramTheme.of(true).colour("-bh-canvas") : Colour.WHITE;
        Colour label = dark ? DiagramTheme.of(true).colour("-bh-text") : Colour.hex("#64748b");
        int inLabelColour = 0;
        int farthest = 0;
        int farthestRgb = 0;
        for (int x = (int) ((PageSpec.MARGIN + 2) * pixels); x < (int) ((PageSpec.MARGIN + 80) * pixels); x++) {
            for (int y = (int) ((pageHeight - PageSpec.MARGIN - PageSpec.OVERLAP) * pixels); y < (int) ((pageHeight - PageSpec.MARGIN) * pixels); y++) {
                int rgb = page.getRGB(x, y);
                inLabelColour += near(rgb, label, 24) ? 1 : 0;
                int distance = Math.abs((rgb >> 16 & 0xff) - paper.red()) + Math.abs((rgb >> 8 & 0xff) - paper.green())
                        + Math.abs((rgb & 0xff) - paper.blue());
                if (distance > farthest) {
                    farthest = distance;
                    farthestRgb = rgb;
                }
            }
        }
        assertThat(near(farthestRgb, label, 24)).as("the label's ink is #%06x, the theme's text %s", farthestRgb & 0xffffff, label.hex())
                .isTrue();
        assertThat(inLabelColour).as("pixels of the label's colour %s in the label's band", label.hex()).isGreaterThan(20);
    }
}

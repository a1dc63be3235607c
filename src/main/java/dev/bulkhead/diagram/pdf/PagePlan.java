package dev.bulkhead.diagram.pdf;

import dev.bulkhead.diagram.DiagramPicture;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a picture goes on each page: the one decision the PDF writer, the export dialog's preview and File > Print
 * share, so that what is previewed or printed is what the file holds (same detail, rows and pages). Sizes in points
 * for paper, in the file's own units otherwise.
 */
public record PagePlan(List<Page> pages) {
    /**
     * One page: its size, the picture drawn on it at {@code scale} with its top-left corner at ({@code x}, {@code y}),
     * clipped to {@code margin} on every side, and, for a tile, which one it is.
     */
    public record Page(double width, double height, DiagramPicture picture, double scale, double x, double y, double margin,
                       String tileLabel) {
        public Page {
            Objects.requireNonNull(picture, "picture");
        }
    }

    public PagePlan {
        pages = List.copyOf(pages);
    }

    /** The pages of a PDF with this page choice. */
    public static PagePlan of(DiagramPicture picture, PageSpec spec) {
        if (spec.paper() == PageSpec.Paper.FIT_PICTURE) {
            double scale = PageSpec.POINTS_PER_UNIT;
            return new PagePlan(List.of(new Page(picture.width() * scale + 2 * PageSpec.MARGIN,
                    picture.height() * scale + 2 * PageSpec.MARGIN, picture.printedAt(scale), scale, PageSpec.MARGIN,
                    PageSpec.MARGIN, PageSpec.MARGIN, null)));
        }
        if (spec.tile()) {
            return tiled(picture, spec);
        }
        return fitted(picture, spec.pageWidth(), spec.pageHeight(), PageSpec.MARGIN);
    }

    /**
     * The picture fitted to one page of {@code width} × {@code height} points inside {@code margin}, as large as fits
     * with the detail chosen for that size ({@link DiagramPicture#fittedTo}), centred across and at the top. A
     * printer's printable area is such a page with no margin of its own.
     */
    public static PagePlan fitted(DiagramPicture picture, double width, double height, double margin) {
        double availableWidth = width - 2 * margin;
        double availableHeight = height - 2 * margin;
        DiagramPicture fitted = picture.fittedTo(availableWidth, availableHeight);
        double scale = fitted.printScale().orElseThrow();
        double x = margin + (availableWidth - fitted.width() * scale) / 2;
        return new PagePlan(List.of(new Page(width, height, fitted, scale, x, margin, margin, null)));
    }

    /**
     * A picture alone at {@code scale} units per unit, on a page of its own size with no margin: a PNG (pixels) or an
     * SVG (CSS pixels), whose detail is chosen for that scale.
     */
    public static PagePlan alone(DiagramPicture picture, double scale) {
        return new PagePlan(List.of(new Page(Math.ceil(picture.width() * scale), Math.ceil(picture.height() * scale),
                picture.printedAt(scale), scale, 0, 0, 0, null)));
    }

    /** Full size (a unit three quarters of a point) across as many pages as it takes, neighbours overlapping. */
    private static PagePlan tiled(DiagramPicture picture, PageSpec spec) {
        double scale = PageSpec.POINTS_PER_UNIT;
        double areaWidth = spec.pageWidth() - 2 * PageSpec.MARGIN;
        double areaHeight = spec.pageHeight() - 2 * PageSpec.MARGIN;
        double stepX = areaWidth - PageSpec.OVERLAP;
        double stepY = areaHeight - PageSpec.OVERLAP;
        int columns = Math.max(1, (int) Math.ceil((picture.width() * scale - PageSpec.OVERLAP) / stepX));
        int rows = Math.max(1, (int) Math.ceil((picture.height() * scale - PageSpec.OVERLAP) / stepY));
        DiagramPicture printed = picture.printedAt(scale);
        List<Page> pages = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                String label = "tile " + (row + 1) + "," + (column + 1) + " of " + rows + "×" + columns;
                pages.add(new Page(spec.pageWidth(), spec.pageHeight(), printed, scale, PageSpec.MARGIN - column * stepX,
                        PageSpec.MARGIN - row * stepY, PageSpec.MARGIN, label));
            }
        }
        return new PagePlan(pages);
    }

    /** The picture drawn on the first page (every page draws the same one). */
    public DiagramPicture picture() {
        return pages.get(0).picture();
    }

    /** The fraction of a page's area, inside its margins, that its picture covers (1 for a page cut to the picture). */
    public static double coverage(Page page) {
        double areaWidth = page.width() - 2 * page.margin();
        double areaHeight = page.height() - 2 * page.margin();
        double drawnWidth = Math.min(page.picture().width() * page.scale(), areaWidth);
        double drawnHeight = Math.min(page.picture().height() * page.scale(), areaHeight);
        return drawnWidth * drawnHeight / (areaWidth * areaHeight);
    }
}

package dev.bulkhead.export.report;

import java.util.List;

/**
 * How the report lists the connection ends its planned export writes no rule for: whole when there are a few, else
 * the first ones and a count of the others, which the file beside the report gives each of. A 2,000-element model has
 * 2,364 such ends, which were 91 of its report's 142 PDF pages.
 */
final class BlockedEnds {
    /**
     * A list of more ends than this is cut. In the PDF an end is a two-line bullet, so 20 are a third of a page:
     * not worth a second file to save.
     */
    static final int LISTED_UP_TO = 20;
    /**
     * How many ends a cut list names: ten show what the export is missing (the ends are sorted, so the two ends of a
     * flow stand together and ten are about five flows) in half a page, and the others are alike but for the names.
     */
    static final int LISTED = 10;

    private BlockedEnds() {
    }

    static FirstListed<BlockedEnd> of(List<BlockedEnd> all) {
        return FirstListed.of(all, LISTED_UP_TO, LISTED);
    }

    /** Every end, in the list's order, as the file beside the report. */
    static String csv(List<BlockedEnd> all) {
        return CsvTable.of(BlockedEnd.COLUMNS, all.stream().map(BlockedEnd::row).toList());
    }

    /** The line after a cut list: "and 290 more, each in X-blocked-flows.csv (written beside this report) ...". */
    static String others(int count, String file) {
        return "… and " + count + " more, each in " + file + " (" + ReportFiles.BESIDE + ") with its environment, ends, port and why.";
    }
}

package dev.bulkhead.export.report;

import java.util.List;

/**
 * A list the report prints whole while it is short, and only its first items of once it is long, the others left to
 * a CSV file beside the report ({@link ReportFiles}): the cost lines of a category and the blocked connection ends.
 *
 * @param listed the items the report prints
 * @param others the items only the file beside the report has, empty when the list is printed whole
 */
record FirstListed<T>(List<T> listed, List<T> others) {
    /**
     * {@code all} whole when it has at most {@code upTo} items, else its first {@code first}. {@code upTo} is above
     * {@code first} so that a list only just too long is not cut to save a line or two and cost the reader a file.
     */
    static <T> FirstListed<T> of(List<T> all, int upTo, int first) {
        return all.size() > upTo ? new FirstListed<>(all.subList(0, first), all.subList(first, all.size()))
                : new FirstListed<>(all, List.of());
    }

    /** Whether the report leaves some items to the file beside it. */
    boolean cut() {
        return !others.isEmpty();
    }
}

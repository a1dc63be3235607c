package dev.bulkhead.export.report;

import java.util.List;

/**
 * A list the report names a few of and counts the rest of ("a; b; c; and 147 more"): a large model's lists of
 * flows or tenants would otherwise fill pages, and one table cell of 150 flows ran off the foot of a PDF page.
 * Every place that shortens a list says where the whole of it is.
 */
final class ShortList {
    private ShortList() {
    }

    /** The first {@code named} items joined by "; ", then "; and N more" when there are more. */
    static String of(List<String> items, int named) {
        String shown = String.join("; ", items.subList(0, Math.min(named, items.size())));
        return items.size() > named ? shown + "; and " + (items.size() - named) + " more" : shown;
    }
}

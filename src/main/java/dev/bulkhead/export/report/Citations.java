package dev.bulkhead.export.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section sign names its document: the analysis cites the reference data as "§2b" inside the app, where the
 * assumptions list says which document that is; a report read on its own must say it ("cost-isolation-data.md §2b"),
 * as a bank architect's review asked of the "Why" cells.
 */
final class Citations {
    /** The reference data's file name, as the assumptions' sources already cite it. */
    static final String DOCUMENT = "cost-isolation-data.md";

    // A run of sections ("§2a, §2b", "§10a-§10c") names the document once; a run already named is kept as it is.
    private static final String RUN = "§\\d+[a-z]?(?:(?:, | and |-|–)§\\d+[a-z]?)*";
    private static final Pattern SECTIONS = Pattern.compile("(" + Pattern.quote(DOCUMENT) + " " + RUN + ")|(" + RUN + ")");

    private Citations() {
    }

    /** {@code text} with every bare run of section signs preceded by the document's name; null stays null. */
    static String named(String text) {
        if (text == null || text.indexOf('§') < 0) {
            return text;
        }
        Matcher m = SECTIONS.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String run = m.group(1) != null ? m.group(1) : DOCUMENT + " " + m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(run));
        }
        m.appendTail(out);
        return out.toString();
    }
}

package dev.bulkhead.export.terraform;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Terraform identifiers of one root (modules, provider aliases, variables, outputs): valid, and distinct. A
 * name that clashes with one already given gets {@code _2}, {@code _3}, and the rename is reported.
 */
final class Identifiers {
    private final Set<String> taken = new HashSet<>();
    private final List<String> notes;
    private final String root;

    Identifiers(String root, List<String> notes) {
        this.root = root;
        this.notes = notes;
    }

    /** A fresh identifier for {@code wanted} (any text: lowered, anything else than a-z, 0-9 and _ becomes _). */
    String of(String wanted) {
        String base = underscored(wanted.toLowerCase(Locale.ROOT));
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "x_" + base;
        }
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "_" + n;
        }
        if (!id.equals(base)) {
            notes.add("'" + wanted + "' is '" + id + "' in the Terraform root " + root + ": '" + base + "' is taken there");
        }
        return id;
    }

    /**
     * Every code point other than a-z, 0-9 and _ replaced by _, as {@code replaceAll("[^a-z0-9_]", "_")} does, without
     * compiling a regular expression for each of the thousands of identifiers of an export.
     */
    static String underscored(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().forEach(c -> out.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' ? (char) c : '_'));
        return out.toString();
    }
}

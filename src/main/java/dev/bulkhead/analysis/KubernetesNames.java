package dev.bulkhead.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns display names into valid Kubernetes DNS-1123 labels: lower-case letters, digits and '-', at most
 * 63 characters, starting and ending with a letter or digit. The conversion is deterministic, so the same
 * model always exports the same names.
 */
public final class KubernetesNames {
    /** Longest DNS-1123 label. */
    public static final int MAX_LABEL = 63;
    /** Namespaces a tenant must never be given. */
    public static final Set<String> SYSTEM_NAMESPACES = Set.of("kube-system", "kube-public", "kube-node-lease", "default");

    private static final Pattern VALID_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DISALLOWED = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private KubernetesNames() {
    }

    /** Whether {@code name} is already a valid DNS-1123 label. */
    public static boolean isLabel(String name) {
        return name.length() <= MAX_LABEL && VALID_LABEL.matcher(name).matches();
    }

    /**
     * A DNS-1123 label for a display name: accents dropped, other characters replaced by '-', trimmed to 63
     * characters (a short hash keeps long names apart). A name with no usable character becomes {@code x}
     * followed by its hash.
     */
    public static String label(String name) {
        // Most names (every generated one, every label already derived) are labels already; the conversion below
        // returns them unchanged, and would cost two regular expressions and a normalisation to say so.
        return isPlainLabel(name) ? name : converted(name);
    }

    /** The conversion {@link #label} describes, for any name. */
    static String converted(String name) {
        String ascii = DIACRITICS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String label = DISALLOWED.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        label = trimDashes(label);
        if (label.isEmpty()) {
            return "x-" + hash(name);
        }
        return fit(label, name);
    }

    /**
     * Whether {@link #converted} would return the name itself: 1 to 63 of a-z, 0-9 and single dashes between them
     * (NFKD and accent removal keep ASCII, lower-casing keeps it, each run of other characters, here a single dash,
     * becomes a dash, there is no dash to trim, and it fits).
     */
    private static boolean isPlainLabel(String name) {
        int length = name.length();
        if (length == 0 || length > MAX_LABEL) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if (c == '-') {
                if (i == 0 || i == length - 1 || name.charAt(i - 1) == '-') {
                    return false;
                }
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The namespace of a tenant from a pattern such as {@code {tenant}-{environment}}; each placeholder is
     * replaced by the label of its name.
     */
    public static String namespace(String pattern, String tenant, String environment, String cluster) {
        String raw = pattern.replace("{tenant}", label(tenant))
                .replace("{environment}", label(environment))
                .replace("{cluster}", label(cluster));
        String cleaned = trimDashes(DISALLOWED.matcher(raw).replaceAll("-"));
        return cleaned.isEmpty() ? "x-" + hash(raw) : fit(cleaned, raw);
    }

    /** {@code base} with a numeric suffix ({@code base-2}), still a valid label. */
    public static String withSuffix(String base, int number) {
        String suffix = "-" + number;
        String head = base.length() + suffix.length() > MAX_LABEL ? base.substring(0, MAX_LABEL - suffix.length()) : base;
        return trimDashes(head) + suffix;
    }

    /** {@code wanted}, or the first of {@code wanted-2}, {@code wanted-3}, ... not yet in {@code taken}; adds it there. */
    public static String unique(java.util.Set<String> taken, String wanted) {
        String name = wanted;
        for (int n = 2; !taken.add(name); n++) {
            name = withSuffix(wanted, n);
        }
        return name;
    }

    private static String fit(String label, String original) {
        return fit(label, original, MAX_LABEL);
    }

    /**
     * {@code label} when it has at most {@code max} characters, else its head and an eight-digit hash of
     * {@code original}, so that long names that share a head stay apart.
     */
    public static String fit(String label, String original, int max) {
        if (label.length() <= max) {
            return label;
        }
        String head = trimDashes(label.substring(0, max - 9));
        return head + "-" + hash(original);
    }

    private static String trimDashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }

    /** Eight hex digits of SHA-256: stable across runs and machines. */
    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

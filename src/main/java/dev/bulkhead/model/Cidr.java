package dev.bulkhead.model;

import java.util.regex.Pattern;

/**
 * CIDR blocks ({@code 10.20.0.0/16}, {@code 2001:db8::/32}) as the model stores them: checked for shape,
 * kept as text so that files keep what the user wrote.
 */
public final class Cidr {
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)/(3[0-2]|[12]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:]*/(12[0-8]|1[01]\\d|[1-9]?\\d)");

    private Cidr() {
    }

    /** Whether {@code text} is an IPv4 or IPv6 CIDR block. */
    public static boolean isCidr(String text) {
        return IPV4.matcher(text).matches() || IPV6.matcher(text).matches();
    }

    /** An optional CIDR block: null, or a valid block. */
    public static String optional(String attribute, String value) {
        if (value != null && !isCidr(value)) {
            throw new IllegalArgumentException(attribute + " must be a CIDR block such as 10.20.0.0/16 (got '" + value + "')");
        }
        return value;
    }
}

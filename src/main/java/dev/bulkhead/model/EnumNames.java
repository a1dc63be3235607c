package dev.bulkhead.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one spelling of enum constants outside Java code: lower-case words joined by dashes
 * ({@code UNTRUSTED_CODE} is {@code "untrusted-code"}). Files, the CLI and exports all use it.
 */
public final class EnumNames {
    private EnumNames() {
    }

    /** The external name of a constant, for example {@code "on-prem"}. */
    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses an external name.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code text} is not one of them
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of " + allOf(type));
    }

    /** All external names of a type, comma separated, in declaration order. */
    public static String allOf(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(EnumNames::of).collect(Collectors.joining(", "));
    }
}

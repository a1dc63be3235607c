package dev.bulkhead.model;

import java.util.List;
import java.util.Objects;

/**
 * Outbound traffic an agent's sandboxes may send. With {@link EgressMode#ALLOW_LIST} the list names the
 * hosts or CIDR blocks allowed; otherwise it is empty.
 */
public record Egress(EgressMode mode, List<String> allowList) {
    /** No outbound traffic beyond cluster DNS. */
    public static final Egress NONE = new Egress(EgressMode.NONE, List.of());
    /** Any destination. */
    public static final Egress OPEN = new Egress(EgressMode.OPEN, List.of());

    public Egress {
        Objects.requireNonNull(mode, "egress mode");
        allowList = List.copyOf(allowList);
        if (mode != EgressMode.ALLOW_LIST && !allowList.isEmpty()) {
            throw new IllegalArgumentException("an egress allow-list is only used with mode allow-list (mode is "
                    + EnumNames.of(mode) + ")");
        }
        for (String entry : allowList) {
            Checks.name("egress allow-list entry", entry);
            if (entry.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("egress allow-list entry '" + entry + "' must not contain spaces");
            }
        }
    }

    /** An allow-list of hosts or CIDR blocks. */
    public static Egress allowing(List<String> destinations) {
        return new Egress(EgressMode.ALLOW_LIST, destinations);
    }
}

package dev.bulkhead.model;

import java.util.Objects;

/**
 * Something outside the clusters that tenants or agents talk to, such as a payment provider's API or a
 * database subnet.
 *
 * @param address a host name or CIDR block
 */
public record ExternalEndpoint(ElementId id, String name, String address) implements Element {
    public ExternalEndpoint {
        Objects.requireNonNull(id, "id");
        Checks.name("endpoint name", name);
        Checks.name("address", address);
        if (address.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("address '" + address + "' must not contain spaces");
        }
    }

    @Override
    public ElementKind kind() {
        return ElementKind.EXTERNAL_ENDPOINT;
    }

    @Override
    public ExternalEndpoint withName(String newName) {
        return new ExternalEndpoint(id, newName, address);
    }

    /** A copy with another address. */
    public ExternalEndpoint withAddress(String newAddress) {
        return new ExternalEndpoint(id, name, newAddress);
    }
}

package dev.bulkhead.model;

import java.util.Objects;

/**
 * Something outside the clusters that tenants or agents talk to, such as a payment provider's API or a
 * database subnet.
 *
 * @param address      a host name or CIDR block
 * @param addressRange for a host name, the CIDR block it resolves into when known (so that a NetworkPolicy
 *                     can name it), else null; for a CIDR address, null
 */
public record ExternalEndpoint(ElementId id, String name, String address, String addressRange) implements Element {
    public ExternalEndpoint {
        Objects.requireNonNull(id, "id");
        Checks.name("endpoint name", name);
        Checks.name("address", address);
        if (address.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("address '" + address + "' must not contain spaces");
        }
        Cidr.optional("address range", addressRange);
    }

    /** An endpoint without a separate address range. */
    public ExternalEndpoint(ElementId id, String name, String address) {
        this(id, name, address, null);
    }

    /** Whether the address is itself a CIDR block. */
    public boolean addressIsCidr() {
        return Cidr.isCidr(address);
    }

    /** The CIDR block that stands for this endpoint in a NetworkPolicy, if the model gives one. */
    public java.util.Optional<String> cidr() {
        return addressIsCidr() ? java.util.Optional.of(address) : java.util.Optional.ofNullable(addressRange);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.EXTERNAL_ENDPOINT;
    }

    @Override
    public ExternalEndpoint withName(String newName) {
        return new ExternalEndpoint(id, newName, address, addressRange);
    }

    /** A copy with another address range for a host name (null when unknown). */
    public ExternalEndpoint withAddressRange(String newAddressRange) {
        return new ExternalEndpoint(id, name, address, newAddressRange);
    }

    /** A copy with another address. */
    public ExternalEndpoint withAddress(String newAddress) {
        return new ExternalEndpoint(id, name, newAddress, addressRange);
    }
}

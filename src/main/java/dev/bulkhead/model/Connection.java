package dev.bulkhead.model;

import java.util.List;
import java.util.Objects;

/**
 * Traffic allowed from one element to another (tenant, agent or external endpoint) on a port. Used to
 * generate network policies, to trace the blast radius of a compromise, and to price the data it carries
 * where it crosses clusters or leaves through a NAT gateway.
 *
 * @param monthlyTrafficGB the data it carries a month, in GB; null for the model's assumed volume
 */
public record Connection(ElementId id, String name, ElementId from, ElementId to, int port, Protocol protocol,
                         Double monthlyTrafficGB) implements Element {
    /** A connection carrying the model's assumed volume of traffic. */
    public Connection(ElementId id, String name, ElementId from, ElementId to, int port, Protocol protocol) {
        this(id, name, from, to, port, protocol, null);
    }

    public Connection {
        Objects.requireNonNull(id, "id");
        Checks.name("connection name", name);
        Objects.requireNonNull(from, "connection start");
        Objects.requireNonNull(to, "connection end");
        if (from.equals(to)) {
            throw new IllegalArgumentException("a connection must join two different elements (both ends are " + from + ")");
        }
        ValueRanges.PORT.check(port);
        Objects.requireNonNull(protocol, "protocol");
        if (monthlyTrafficGB != null) {
            ValueRanges.TRAFFIC.check(monthlyTrafficGB);
        }
    }

    @Override
    public ElementKind kind() {
        return ElementKind.CONNECTION;
    }

    @Override
    public List<ElementId> references() {
        return List.of(from, to);
    }

    @Override
    public Connection withName(String newName) {
        return new Connection(id, newName, from, to, port, protocol, monthlyTrafficGB);
    }

    /** A copy with other ends. */
    public Connection withEnds(ElementId newFrom, ElementId newTo) {
        return new Connection(id, name, newFrom, newTo, port, protocol, monthlyTrafficGB);
    }

    /** The label drawn on the canvas, for example {@code 443/TCP}. */
    public String portLabel() {
        return port + "/" + protocol.name();
    }

    /** A copy with another port. */
    public Connection withPort(int newPort) {
        return new Connection(id, name, from, to, newPort, protocol, monthlyTrafficGB);
    }

    /** A copy with another protocol. */
    public Connection withProtocol(Protocol newProtocol) {
        return new Connection(id, name, from, to, port, newProtocol, monthlyTrafficGB);
    }

    /** A copy carrying another monthly volume (null for the model's assumed volume). */
    public Connection withMonthlyTrafficGB(Double gigabytes) {
        return new Connection(id, name, from, to, port, protocol, gigabytes);
    }
}

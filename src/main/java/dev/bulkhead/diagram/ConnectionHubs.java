package dev.bulkhead.diagram;

import dev.bulkhead.model.Connection;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Elements where many drawn connections meet (a platform's orchestrator that every tenant's agent calls). Their
 * connections' port labels would pile up around the element and over its name, however they are spread, so the
 * element gets one label that counts them instead ("27 connections · 8080/TCP").
 */
final class ConnectionHubs {
    /** From this many connections on, an element's connections are labelled together. */
    static final int GATHER_FROM = 5;

    private final Map<ElementId, List<Connection>> hubs;
    private final Map<ElementId, ElementId> gatheredAt = new HashMap<>();

    private ConnectionHubs(Map<ElementId, List<Connection>> hubs) {
        this.hubs = hubs;
        hubs.forEach((hub, connections) -> connections.forEach(c -> gatheredAt.putIfAbsent(c.id(), hub)));
    }

    /** The hubs among the ends of the given connections, in the order the connections first reach them. */
    static ConnectionHubs of(Model model, List<ElementId> connections) {
        Map<ElementId, List<Connection>> byEnd = new LinkedHashMap<>();
        for (ElementId id : connections) {
            Connection connection = model.get(id, Connection.class);
            byEnd.computeIfAbsent(connection.from(), k -> new ArrayList<>()).add(connection);
            byEnd.computeIfAbsent(connection.to(), k -> new ArrayList<>()).add(connection);
        }
        byEnd.values().removeIf(list -> list.size() < GATHER_FROM);
        return new ConnectionHubs(byEnd);
    }

    /** Whether a connection's label is part of a hub's label rather than drawn on its own. */
    boolean gathers(ElementId connection) {
        return gatheredAt.containsKey(connection);
    }

    Map<ElementId, List<Connection>> hubs() {
        return hubs;
    }

    /** Most ports a hub's label names; more are counted. */
    static final int PORTS_NAMED = 3;

    /**
     * The hub's label: how many connections, and their ports, named up to {@link #PORTS_NAMED} of them: review R12h found
     * a bank's PCI flow (8443/TCP) labelled nowhere, gathered into "5 connections" with flows on 8080.
     */
    static String label(List<Connection> connections) {
        List<String> ports = connections.stream().map(Connection::portLabel).distinct().sorted().toList();
        return connections.size() + " connections · " + (ports.size() <= PORTS_NAMED ? String.join(", ", ports) : ports.size() + " ports");
    }
}

package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Connection;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Protocol;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Review R12h: the bank's checkout gathered five connections under "5 connections", and the one on 8443/TCP (its PCI
 * flow to payments) was labelled nowhere. A hub's label names its connections' ports, or counts them when many.
 */
class ConnectionHubsTest {
    private static List<Connection> onPorts(int... ports) {
        ElementId hub = ElementId.of("hub");
        return IntStream.range(0, ports.length).mapToObj(i -> new Connection(ElementId.of("c" + i), "call", hub,
                ElementId.of("t" + i), ports[i], Protocol.TCP)).toList();
    }

    @Test
    void aHubsLabelNamesEachPortOfItsConnectionsOrCountsThemWhenMany() {
        assertThat(ConnectionHubs.label(onPorts(8080, 8080, 8080, 8080, 8080))).isEqualTo("5 connections · 8080/TCP");
        assertThat(ConnectionHubs.label(onPorts(8080, 8443, 8080, 8080, 8080))).isEqualTo("5 connections · 8080/TCP, 8443/TCP");
        assertThat(ConnectionHubs.label(onPorts(8080, 8443, 9090, 443, 8080))).isEqualTo("5 connections · 4 ports");
    }
}

package dev.bulkhead.export.report;

import dev.bulkhead.export.kubernetes.HostEgress;
import dev.bulkhead.model.ElementId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The host names the report's planned export opens to every public address on their port, one line per host, port
 * and what names it (a connection to one endpoint, or agents' egress allow-lists), with who sends there and how
 * to narrow it. A committee reading "the export allows the card network" must learn that the rule allows the whole
 * internet on 443 (review R12h).
 */
final class WidenedHosts {
    /** How many senders a line names before it counts the rest. */
    static final int NAMED_SENDERS = 3;

    private WidenedHosts() {
    }

    /**
     * One line per host, port and endpoint (or allow-list), sorted by host; {@code path} names an element as the report
     * does ("prod / payments").
     */
    static List<String> lines(List<HostEgress> widened, Function<ElementId, String> path) {
        // Keyed by host first, so the lines sort by host; host names and port labels hold no spaces.
        Map<String, List<HostEgress>> byHost = new TreeMap<>();
        for (HostEgress egress : widened) {
            byHost.computeIfAbsent(egress.host() + " " + egress.port() + " " + egress.to(), key -> new ArrayList<>()).add(egress);
        }
        List<String> lines = new ArrayList<>();
        byHost.values().forEach(group -> lines.add(line(group, path)));
        return lines;
    }

    /** The hosts, once each and sorted, for a sentence that names them. */
    static List<String> hosts(List<HostEgress> widened) {
        return widened.stream().map(HostEgress::host).distinct().sorted().toList();
    }

    private static String line(List<HostEgress> group, Function<ElementId, String> path) {
        HostEgress first = group.get(0);
        // A sender once, however many namespaces carry its rule (a vCluster tenant's and its agents' share one).
        List<String> names = group.stream().map(egress -> path.apply(egress.from())).distinct().sorted().toList();
        String who = first.fromAllowList()
                ? "named in the egress allow-list of " + (names.size() == 1 ? "agent " : names.size() + " agents: ")
                : (names.size() == 1 ? "the connection to " : "the connections to ") + path.apply(first.to()) + " from ";
        return first.host() + " (" + first.port() + "), " + who + ShortList.of(names, NAMED_SENDERS) + ": the rule allows any public "
                + "address on " + first.port() + ". To narrow it, " + first.narrowing() + ".";
    }
}

package dev.bulkhead.analysis;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Which tenants each tenant or agent can reach over allowed connections, built on a JGraphT graph of the
 * model (connections plus containment between an agent and its tenant). Reachability is transitive: a
 * workload that is reached is assumed to be compromised and to pivot further, which is the worst case a
 * blast-radius estimate should show. Strongly connected parts are collapsed first, so the sets are
 * computed once per part, not once per element.
 */
public final class ConnectionReach {
    private final Map<ElementId, Integer> tenantIndex;
    private final Map<ElementId, BitSet> reach;

    private ConnectionReach(Map<ElementId, Integer> tenantIndex, Map<ElementId, BitSet> reach) {
        this.tenantIndex = tenantIndex;
        this.reach = reach;
    }

    /** Builds the graph of a model and computes reachability. */
    public static ConnectionReach of(Model model) {
        Graph<ElementId, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (Connection connection : model.all(Connection.class)) {
            addWithContainment(graph, model, connection.from());
            addWithContainment(graph, model, connection.to());
            graph.addEdge(connection.from(), connection.to());
        }
        // Only tenants in the graph get a bit; a tenant without connections reaches just itself.
        Map<ElementId, Integer> tenantIndex = new HashMap<>();
        for (ElementId vertex : graph.vertexSet()) {
            if (model.find(vertex).orElseThrow() instanceof Tenant) {
                tenantIndex.put(vertex, tenantIndex.size());
            }
        }
        List<Set<ElementId>> components = new KosarajuStrongConnectivityInspector<>(graph).stronglyConnectedSets();
        Map<ElementId, Integer> componentOf = new HashMap<>();
        for (int c = 0; c < components.size(); c++) {
            for (ElementId vertex : components.get(c)) {
                componentOf.put(vertex, c);
            }
        }
        BitSet[] sets = new BitSet[components.size()];
        for (int c = 0; c < components.size(); c++) {
            sets[c] = new BitSet();
            for (ElementId vertex : components.get(c)) {
                Integer index = tenantIndex.get(vertex);
                if (index != null) {
                    sets[c].set(index);
                }
            }
        }
        for (int c : reverseTopologicalOrder(graph, components, componentOf)) {
            for (ElementId vertex : components.get(c)) {
                for (DefaultEdge edge : graph.outgoingEdgesOf(vertex)) {
                    int target = componentOf.get(graph.getEdgeTarget(edge));
                    if (target != c) {
                        sets[c].or(sets[target]);
                    }
                }
            }
        }
        Map<ElementId, BitSet> reach = new HashMap<>();
        componentOf.forEach((vertex, c) -> reach.put(vertex, sets[c]));
        return new ConnectionReach(tenantIndex, reach);
    }

    /**
     * Tenants an element (a tenant or an agent) reaches over connections, as bits numbered by
     * {@link #bitOf}; null when the element has no connection at all. Elements of one strongly connected
     * part share the same set instance: do not change it.
     */
    BitSet reachOf(ElementId element) {
        return reach.get(element);
    }

    /** The bit of a tenant in reach sets, or -1 when it has no connection. */
    int bitOf(ElementId tenant) {
        Integer bit = tenantIndex.get(tenant);
        return bit == null ? -1 : bit;
    }

    private static void addWithContainment(Graph<ElementId, DefaultEdge> graph, Model model, ElementId id) {
        graph.addVertex(id);
        if (model.find(id).orElseThrow() instanceof Agent agent) {
            // A compromised agent sits in its tenant's namespace, and the other way round.
            graph.addVertex(agent.tenant());
            graph.addEdge(id, agent.tenant());
            graph.addEdge(agent.tenant(), id);
        }
    }

    /** Components ordered so that each comes after every component it has an edge to. */
    private static List<Integer> reverseTopologicalOrder(Graph<ElementId, DefaultEdge> graph, List<Set<ElementId>> components,
                                                         Map<ElementId, Integer> componentOf) {
        int count = components.size();
        List<List<Integer>> successors = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            successors.add(successors(graph, components.get(c), componentOf, c));
        }
        boolean[] done = new boolean[count];
        List<Integer> order = new ArrayList<>(count);
        for (int start = 0; start < count; start++) {
            if (done[start]) {
                continue;
            }
            // Iterative depth-first search: a component is emitted after all its successors.
            Deque<int[]> stack = new ArrayDeque<>();
            done[start] = true;
            stack.push(new int[] {start, 0});
            while (!stack.isEmpty()) {
                int[] frame = stack.peek();
                List<Integer> out = successors.get(frame[0]);
                if (frame[1] < out.size()) {
                    int next = out.get(frame[1]++);
                    if (!done[next]) {
                        done[next] = true;
                        stack.push(new int[] {next, 0});
                    }
                } else {
                    order.add(frame[0]);
                    stack.pop();
                }
            }
        }
        return order;
    }

    private static List<Integer> successors(Graph<ElementId, DefaultEdge> graph, Set<ElementId> component,
                                            Map<ElementId, Integer> componentOf, int self) {
        List<Integer> result = new ArrayList<>();
        for (ElementId vertex : component) {
            for (DefaultEdge edge : graph.outgoingEdgesOf(vertex)) {
                int target = componentOf.get(graph.getEdgeTarget(edge));
                if (target != self) {
                    result.add(target);
                }
            }
        }
        return result;
    }
}

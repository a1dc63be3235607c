package dev.bulkhead.export.report;

import dev.bulkhead.export.kubernetes.UnnamedPeer;
import dev.bulkhead.export.kubernetes.UnwrittenConnection;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Counts;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The flows the mix's export blocks, told by caller: a caller whose calls to two or more others are all blocked is one
 * line, with why and what lets the calls through, instead of a line per flow. Review R12j read the SaaS's 45 lines
 * "agent-orchestrator → customer" as a list and not as what they are: the product's orchestrator reaching none of its
 * customers until someone writes the rules.
 */
public final class BlockedCalls {
    /** Why the called ones are published through an ingress, as the export's README says it. */
    private static final String INGRESS = " through its cluster's ingress (the export's admission policy refuses LoadBalancer "
            + "and NodePort Services in tenant namespaces)";

    /** One modelled flow ("prod / a → prod / b") and the ends of it the export writes no rule for. */
    private record Flow(ElementId from, ElementId to, String text, List<UnwrittenConnection> ends) {
    }

    /** A caller's blocked flows, two or more: one line of the summary and the findings. */
    private record Caller(String name, List<Flow> flows) {
    }

    /**
     * A caller's line as the findings tell it, with what to do for each rule, and as the summary does, with what to do in
     * short: the title page has room for what, not how.
     */
    private record Told(String line, String brief) {
    }

    private final List<Caller> callers;
    private final List<String> single;
    private final Map<Caller, Told> told;

    private BlockedCalls(List<Caller> callers, List<String> single, Map<Caller, Told> told) {
        this.callers = callers;
        this.single = single;
        this.told = told;
    }

    /** No blocked flows. */
    static final BlockedCalls NONE = new BlockedCalls(List.of(), List.of(), Map.of());

    /**
     * The export's unwritten ends grouped into flows, and the flows by caller; {@code path} names an element as the
     * report does ("prod / agent-orchestrator").
     */
    static BlockedCalls of(List<UnwrittenConnection> unwritten, Model model, Function<ElementId, String> path) {
        Map<List<ElementId>, List<UnwrittenConnection>> byFlow = new LinkedHashMap<>();
        for (UnwrittenConnection end : unwritten) {
            byFlow.computeIfAbsent(List.of(end.from(), end.to()), k -> new ArrayList<>()).add(end);
        }
        // By the caller's name without its environment: the orchestrator of dev, staging and prod is one service to its CTO.
        Map<String, List<Flow>> byCaller = new LinkedHashMap<>();
        byFlow.forEach((ends, flowEnds) -> byCaller.computeIfAbsent(name(model, ends.get(0)), k -> new ArrayList<>())
                .add(new Flow(ends.get(0), ends.get(1), path.apply(ends.get(0)) + " → " + path.apply(ends.get(1)), flowEnds)));
        List<Caller> callers = new ArrayList<>();
        List<String> single = new ArrayList<>();
        // In stage order, so that a line names dev's cluster before prod's, as the report's tables do.
        List<Environment> stages = model.all(Environment.class).stream().sorted(Environment.STAGE_ORDER).toList();
        Comparator<Flow> byStage = Comparator.<Flow>comparingInt(flow -> model.environmentOf(flow.from()).map(stages::indexOf)
                .orElse(stages.size())).thenComparing(Flow::text);
        byCaller.forEach((name, flows) -> {
            if (flows.size() > 1) {
                callers.add(new Caller(name, flows.stream().sorted(byStage).toList()));
            } else {
                single.add(flows.get(0).text());
            }
        });
        callers.sort(Comparator.<Caller>comparingInt(c -> -c.flows().size()).thenComparing(Caller::name));
        single.sort(Comparator.naturalOrder());
        Map<Caller, Told> told = new LinkedHashMap<>();
        callers.forEach(caller -> {
            String noun = noun(caller, model);
            // The summary's line without the count per environment, the connections and why: its title page has room for
            // what to do, not for how (the SaaS's contents went over to the next page).
            told.put(caller, new Told(called(caller, model, path, true) + connections(caller) + ": blocked because "
                    + why(caller, noun) + ". To let the calls through, " + whatToDo(caller, noun),
                    called(caller, model, path, false) + ": " + inShort(caller)));
        });
        return new BlockedCalls(List.copyOf(callers), List.copyOf(single), told);
    }

    /** Whether some caller's flows are told as one line. */
    boolean grouped() {
        return !callers.isEmpty();
    }

    /**
     * {@code flows} ("prod / a → prod / b") told by caller: each caller's line ({@code brief}: in short), then the other
     * flows one by one. A caller's line stands for its flows only when all of them are among {@code flows}: a line counting
     * 45 calls may not stand for 44.
     */
    List<String> items(Collection<String> flows, boolean brief) {
        Set<String> given = new LinkedHashSet<>(flows);
        List<String> items = new ArrayList<>();
        for (Caller caller : callers) {
            if (caller.flows().stream().allMatch(flow -> given.contains(flow.text()))) {
                items.add(brief ? told.get(caller).brief() : told.get(caller).line());
                caller.flows().forEach(flow -> given.remove(flow.text()));
            }
        }
        items.addAll(given.stream().sorted().toList());
        return items;
    }

    /** How many flows an item of {@link #items} stands for: a caller's line its flows, a flow one. */
    int flowsOf(String item) {
        return callers.stream().filter(caller -> told.get(caller).line().equals(item) || told.get(caller).brief().equals(item))
                .findFirst().map(c -> c.flows().size()).orElse(1);
    }

    /** Every blocked flow ("prod / a → prod / b"). */
    private List<String> flows() {
        List<String> flows = new ArrayList<>(single);
        callers.forEach(caller -> caller.flows().forEach(flow -> flows.add(flow.text())));
        return flows;
    }

    /** How many flows are blocked. */
    int flowCount() {
        return single.size() + callers.stream().mapToInt(caller -> caller.flows().size()).sum();
    }

    /**
     * {@code flows} told as {@link #items(Collection)}, the first {@link ProposalReport#NAMED_FLOWS} named and the rest
     * counted as flows ("a; b; c; and 42 more"): what the findings say of the flows a row's connections carry.
     */
    String named(Collection<String> flows) {
        return named(items(flows, false), ProposalReport.NAMED_FLOWS);
    }

    /** The first {@code shown} of {@code items} joined by "; ", then the flows of the others counted ("; and 42 more"). */
    private String named(List<String> items, int shown) {
        int named = Math.min(shown, items.size());
        int others = items.subList(named, items.size()).stream().mapToInt(this::flowsOf).sum();
        return String.join("; ", items.subList(0, named)) + (others == 0 ? "" : "; and " + others + " more");
    }

    /**
     * What the summary names: the first {@link ProposalReport#NAMED_FLOWS} flows, or, when some caller's flows are told as
     * one line, those lines alone (the flows of callers of one are counted): the title page has room for no more.
     */
    List<String> summaryNamed() {
        List<String> items = items(flows(), true);
        return items.subList(0, Math.min(items.size(), grouped() ? Math.min(callers.size(), ProposalReport.NAMED_FLOWS)
                : ProposalReport.NAMED_FLOWS));
    }

    /**
     * The summary's sentence on the blocked flows, or null for none. A caller told as one line is said to stop working, as
     * it does: "45 modelled flows (…)" read as a to-do list, not as the product's orchestrator reaching no customer.
     * {@code untilUngrouped} ends the sentence when no caller is told as one line ("their rules are written, …").
     */
    String summary(String untilUngrouped) {
        int count = flowCount();
        if (count == 0) {
            return null;
        }
        String block = "its exported network policies would block " + Counts.of(count, "modelled flow");
        String named = named(items(flows(), true), summaryNamed().size());
        if (!grouped()) {
            return block + " (" + named + ") until " + untilUngrouped + ".";
        }
        return block + ", and the calls fail until written: " + named + ".";
    }

    /** The caller's name as its environments share it: a tenant's name, an agent's "tenant / agent". */
    private static String name(Model model, ElementId id) {
        Element element = model.find(id).orElseThrow();
        if (element instanceof Agent agent) {
            return model.find(agent.parentId()).map(Element::name).orElse("?") + " / " + agent.name();
        }
        return element.name();
    }

    /**
     * "agent-orchestrator → 45 tenants (3 in dev, 6 in staging, 36 in prod), tasks (8080/TCP): blocked because …. To let the
     * calls through, …", without a full stop of its own or a "; ": the summary and the findings
     * join their items with "; ".
     */
    private static String called(Caller caller, Model model, Function<ElementId, String> path, boolean perStage) {
        List<Flow> flows = caller.flows();
        Map<String, Long> perEnvironment = perEnvironment(flows, model);
        String callerName = perEnvironment.size() == 1 ? path.apply(flows.get(0).from()) : caller.name();
        String noun = noun(caller, model);
        String called = flows.size() <= ProposalReport.NAMED_FLOWS
                ? flows.stream().map(flow -> path.apply(flow.to())).collect(Collectors.joining(", "))
                : Counts.of(flows.size(), noun) + (perEnvironment.size() == 1 || !perStage ? "" : " (" + perEnvironment.entrySet().stream()
                .map(e -> e.getValue() + " in " + e.getKey()).collect(Collectors.joining(", ")) + ")");
        return callerName + " → " + called;
    }

    /** ", tasks (8080/TCP)": the connections the caller's blocked flows are modelled by. */
    private static String connections(Caller caller) {
        return ", " + caller.flows().stream().flatMap(flow -> flow.ends().stream()).map(end -> end.connection() + " (" + end.port() + ")")
                .distinct().collect(Collectors.joining(", "));
    }

    /** The flows counted by the caller's environment, in stage order ("dev" → 3, "staging" → 6, "prod" → 36). */
    private static Map<String, Long> perEnvironment(List<Flow> flows, Model model) {
        Map<Environment, Long> counts = new java.util.TreeMap<>(Environment.STAGE_ORDER);
        List<Flow> outside = new ArrayList<>();
        for (Flow flow : flows) {
            model.environmentOf(flow.from()).ifPresentOrElse(env -> counts.merge(env, 1L, Long::sum), () -> outside.add(flow));
        }
        Map<String, Long> named = new LinkedHashMap<>();
        counts.forEach((env, n) -> named.put(env.name(), n));
        if (!outside.isEmpty()) {
            named.put("no environment", (long) outside.size());
        }
        return named;
    }

    /** What the called elements are: tenants, agents, or both ("workload"). */
    private static String noun(Caller caller, Model model) {
        List<Element> called = caller.flows().stream().map(flow -> model.find(flow.to()).orElse(null)).toList();
        if (called.stream().allMatch(e -> e instanceof Tenant)) {
            return "tenant";
        }
        return called.stream().allMatch(e -> e instanceof Agent) ? "agent" : "workload";
    }

    /** The missing rules' ends of one side: the caller's egress ({@code outgoing}) or the called ones' ingress. */
    private static List<UnwrittenConnection> ends(Caller caller, boolean outgoing) {
        return caller.flows().stream().flatMap(flow -> flow.ends().stream()).filter(end -> end.outgoing() == outgoing).toList();
    }

    /** Why: where the model gives no address range, for the called ones and for the caller. */
    private static String why(Caller caller, String noun) {
        List<UnwrittenConnection> in = ends(caller, false);
        List<String> unranged = new ArrayList<>();
        String where = calledWhere(caller, noun);
        if (where != null) {
            unranged.add("where the " + noun + "s run (" + where + ")");
        }
        String host = null;
        // The caller runs in one place per environment, which need not be the same place in each.
        Map<UnnamedPeer.Place, Set<String>> callerPlaces = new java.util.EnumMap<>(UnnamedPeer.Place.class);
        in.forEach(end -> callerPlaces.computeIfAbsent(end.peer().place(), k -> new LinkedHashSet<>()).add(String.valueOf(end.peer().cluster())));
        for (Map.Entry<UnnamedPeer.Place, Set<String>> place : callerPlaces.entrySet()) {
            Set<String> clusters = place.getValue();
            switch (place.getKey()) {
                case CLUSTER_WITHOUT_RANGE -> unranged.add(caller.name() + "'s " + (clusters.size() == 1 ? "cluster " : "clusters ")
                        + String.join(", ", clusters));
                case PRIVATE_NODES -> unranged.add(caller.name() + "'s vCluster private nodes");
                case DEDICATED_CLUSTER -> unranged.add(caller.name() + "'s dedicated cluster");
                case HOST_NAME -> host = caller.name() + " is a host name, which NetworkPolicy cannot name as a source";
            }
        }
        String ranges = unranged.isEmpty() ? "" : "the model gives no address range for " + String.join(" nor for ", unranged);
        return host == null ? ranges : ranges.isEmpty() ? host : ranges + ", and " + host;
    }

    /**
     * Where the called ones run that their caller's egress rules cannot name, or null when every such rule is written:
     * "41 on their vClusters' private nodes, 3 in dedicated clusters of their own".
     */
    private static String calledWhere(Caller caller, String noun) {
        List<UnwrittenConnection> out = ends(caller, true);
        if (out.isEmpty()) {
            return null;
        }
        // Counted by called element: one called by two connections is one.
        Map<UnnamedPeer.Place, Set<ElementId>> called = new java.util.EnumMap<>(UnnamedPeer.Place.class);
        Map<UnnamedPeer.Place, Set<String>> clusters = new java.util.EnumMap<>(UnnamedPeer.Place.class);
        for (UnwrittenConnection end : out) {
            called.computeIfAbsent(end.peer().place(), k -> new LinkedHashSet<>()).add(end.to());
            clusters.computeIfAbsent(end.peer().place(), k -> new LinkedHashSet<>()).add(String.valueOf(end.peer().cluster()));
        }
        return called.entrySet().stream().map(e -> placed(e.getKey(), e.getValue().size(), clusters.get(e.getKey())))
                .collect(Collectors.joining(", "));
    }

    /** "42 on their vCluster's private nodes", "3 in dedicated clusters of their own", "2 in cluster eks-b". */
    private static String placed(UnnamedPeer.Place place, int count, Set<String> clusters) {
        return count + switch (place) {
            case PRIVATE_NODES -> count == 1 ? " on its vCluster's private nodes" : " on their vClusters' private nodes";
            case DEDICATED_CLUSTER -> count == 1 ? " in a dedicated cluster of its own" : " in dedicated clusters of their own";
            case CLUSTER_WITHOUT_RANGE -> (clusters.size() == 1 ? " in cluster " : " in clusters ") + String.join(", ", clusters);
            case HOST_NAME -> " named by host";
        };
    }

    /**
     * What lets the calls through in short, for the summary: "publish each through its cluster's ingress and write the
     * rules by hand".
     */
    private static String inShort(Caller caller) {
        List<UnwrittenConnection> ends = caller.flows().stream().flatMap(flow -> flow.ends().stream()).toList();
        boolean byHand = ends.stream().anyMatch(end -> end.peer().place() == UnnamedPeer.Place.PRIVATE_NODES
                || end.peer().place() == UnnamedPeer.Place.DEDICATED_CLUSTER);
        // By hand covers all: the ones the model could write once given a range are a shortcut the findings name.
        String rules = "write the rules " + (byHand ? "by hand" : "from ranges set in the model");
        boolean acrossNetworks = ends.stream().anyMatch(end -> end.peer().place() != UnnamedPeer.Place.HOST_NAME);
        return acrossNetworks ? "publish each through its cluster's ingress and " + rules : rules;
    }

    /** What lets the calls through: publish the called ones, then each rule written by hand or from a range set in the model. */
    private static String whatToDo(Caller caller, String noun) {
        List<UnwrittenConnection> out = ends(caller, true);
        List<UnwrittenConnection> in = ends(caller, false);
        List<String> steps = new ArrayList<>();
        Set<String> inModel = new LinkedHashSet<>();
        boolean acrossNetworks = caller.flows().stream().flatMap(flow -> flow.ends().stream())
                .anyMatch(end -> end.peer().place() != UnnamedPeer.Place.HOST_NAME);
        if (acrossNetworks) {
            steps.add("publish each called " + noun + INGRESS);
        }
        Set<String> egressNamespaces = new LinkedHashSet<>();
        for (UnwrittenConnection end : out) {
            if (end.peer().place() == UnnamedPeer.Place.CLUSTER_WITHOUT_RANGE) {
                inModel.add(end.peer().cluster());
            } else {
                egressNamespaces.add(end.namespace());
            }
        }
        if (!egressNamespaces.isEmpty()) {
            steps.add("add the " + noun + "s' addresses to the egress policies of " + (egressNamespaces.size() == 1 ? "namespace " : "namespaces ")
                    + String.join(", ", egressNamespaces) + " by hand");
        }
        boolean ingressByHand = false;
        String host = null;
        for (UnwrittenConnection end : in) {
            switch (end.peer().place()) {
                case CLUSTER_WITHOUT_RANGE -> inModel.add(end.peer().cluster());
                case HOST_NAME -> host = "set " + caller.name() + "'s address range in the model";
                default -> ingressByHand = true;
            }
        }
        if (ingressByHand) {
            steps.add("add " + caller.name() + "'s address range to the " + noun + "s' ingress policies by hand");
        }
        if (host != null) {
            steps.add(host);
        }
        if (!inModel.isEmpty()) {
            steps.add("set the address range of " + (inModel.size() == 1 ? "cluster " : "clusters ") + String.join(", ", inModel)
                    + " in the model, from which the export writes the rules that name " + (inModel.size() == 1 ? "it" : "them"));
        }
        if (steps.size() == 1) {
            return steps.get(0);
        }
        return String.join(", ", steps.subList(0, steps.size() - 1)) + " and " + steps.get(steps.size() - 1);
    }
}

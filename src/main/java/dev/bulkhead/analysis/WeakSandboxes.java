package dev.bulkhead.analysis;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The agents of a scope whose sandboxes run weaker than their threat model calls for ({@link SandboxAdvice#currentIsEnough}
 * false, what the sandbox findings warn of). No option changes an agent's runtime, so a verdict that an option "meets every
 * requirement" is true of the tenants' isolation requirements only: review R12j read it in the SaaS's summary above 45
 * agents running under gVisor or runc where their threat model calls for a VM.
 *
 * @param agents the agents, in the model's order
 */
public record WeakSandboxes(List<Agent> agents, Map<ElementId, SandboxAdvice> advice) {
    public WeakSandboxes {
        agents = List.copyOf(agents);
        advice = Map.copyOf(advice);
    }

    /** Those of {@code analysis} in {@code environment}, or in the whole model when it is null. */
    public static WeakSandboxes of(Analysis analysis, ElementId environment) {
        Model model = analysis.model();
        Map<ElementId, SandboxAdvice> all = analysis.sandboxAdvice();
        List<Agent> weak = model.all(Agent.class).stream()
                .filter(agent -> all.containsKey(agent.id()) && !all.get(agent.id()).currentIsEnough())
                .filter(agent -> environment == null || model.environmentOf(agent.id()).map(e -> e.id().equals(environment)).orElse(false))
                .toList();
        return new WeakSandboxes(weak, weak.stream().collect(Collectors.toMap(Agent::id, agent -> all.get(agent.id()))));
    }

    /** Whether every agent's sandbox is as strong as its threat model calls for. */
    public boolean none() {
        return agents.isEmpty();
    }

    /**
     * What a verdict of "meets every requirement" leaves out, to follow those words: "" when nothing, else " except 45
     * agents' sandbox strength" ({@link #unmet} says how each falls short, and why no option meets it).
     */
    public String except() {
        return none() ? "" : " except " + (agents.size() == 1 ? "1 agent's" : agents.size() + " agents'") + " sandbox strength";
    }

    /**
     * What is not met, counted by the runtime each agent runs under and the one its threat model calls for, and why no
     * option meets it, or "" when nothing: "45 agents run under gVisor (43) or runc (2) where their threat model calls for
     * Kata Containers (VM per pod) for 27 or Firecracker microVM for 18; the options place tenants, keeping …".
     */
    public String unmet() {
        if (none()) {
            return "";
        }
        Map<dev.bulkhead.model.SandboxRuntime, Long> now = new EnumMap<>(dev.bulkhead.model.SandboxRuntime.class);
        Map<SandboxChoice, Long> called = new EnumMap<>(SandboxChoice.class);
        for (Agent agent : agents) {
            now.merge(agent.runtime(), 1L, Long::sum);
            called.merge(advice.get(agent.id()).recommended(), 1L, Long::sum);
        }
        boolean one = agents.size() == 1;
        String under = byCount(now).stream().map(e -> e.getKey().label() + (one ? "" : " (" + e.getValue() + ")"))
                .collect(Collectors.joining(" or "));
        String calledFor = byCount(called).stream().map(e -> e.getKey().label() + (one ? "" : " for " + e.getValue()))
                .collect(Collectors.joining(" or "));
        return (one ? "1 agent runs" : agents.size() + " agents run") + " under " + under + " where " + (one ? "its" : "their")
                + " threat model calls for " + calledFor + "; the options place tenants, keeping each agent's runtime as "
                + "modelled and priced.";
    }

    /** The counts, largest first (ties in the enum's order, weakest first). */
    private static <K extends Enum<K>> List<Map.Entry<K, Long>> byCount(Map<K, Long> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<K, Long>comparingByValue().reversed()).toList();
    }
}

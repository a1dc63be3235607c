package dev.bulkhead.analysis;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.EgressMode;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TrustLevel;
import dev.bulkhead.reference.InstanceType;
import dev.bulkhead.reference.SandboxOfferings;
import java.util.ArrayList;
import java.util.List;

/**
 * Recommends a sandbox runtime per agent. The threat grows with untrusted code, exposure to prompt
 * injection, access to secrets and open egress; the performance budget then picks among runtimes of
 * sufficient strength. The advice then has to reach the tenant's kernel requirement with a runtime the
 * cluster's provider offers; where none can, it says what would (nodes of its own) and on which nodes at
 * what price. Overhead and start-up figures come from cost-isolation-data.md section 6, provider
 * offerings from section 10 ({@code assets/sandbox-offerings.json}).
 */
final class SandboxAdvisor {
    /** Kata end-to-end start through CRI, serial (kuasar-io/kuasar tests/benchmark/Benchmark.md). */
    static final int KATA_START_MS = 950;
    /** Firecracker boot to guest init (≤125 ms) plus VMM start (~12 ms typical), SPECIFICATION.md. */
    static final int FIRECRACKER_START_MS = 137;
    /**
     * A budget at which start-up latency no longer matters, so a dedicated VM (boot time not in the
     * reference data) is acceptable for critical agents. Our threshold, not a sourced figure.
     */
    static final int SLOW_START_MS = 60_000;

    /** Runtimes that can stand in for a threat-based choice, weakest first; a VM that starts fast last. */
    private static final List<SandboxChoice> RUNTIMES = List.of(SandboxChoice.GVISOR, SandboxChoice.KATA, SandboxChoice.FIRECRACKER);

    private final Assumptions assumptions;
    private final Pricing pricing;
    private final IsolationScorer scorer;
    private final SandboxOfferings offerings;

    SandboxAdvisor(Pricing pricing, IsolationScorer scorer, SandboxOfferings offerings) {
        this.assumptions = pricing.assumptions();
        this.pricing = pricing;
        this.scorer = scorer;
        this.offerings = offerings;
    }

    /**
     * @param tenant the agent's tenant, whose kernel requirement the advice has to reach
     * @param nodes  the nodes the cluster grows with (for what nodes of its own would be), or null
     */
    SandboxAdvice advise(Agent agent, TenantLoad tenant, Cluster cluster, NodeShape nodes) {
        List<String> reasons = new ArrayList<>();
        // Likelihood that the code turns hostile, and the harm it could then do, are judged apart: secrets
        // behind reviewed code that reads no attacker input are not a way in.
        int likelihood = switch (agent.trust()) {
            case TRUSTED -> 0;
            case REVIEWED -> 1;
            case UNTRUSTED -> 2;
        };
        reasons.add(agent.trust() == TrustLevel.UNTRUSTED ? "runs untrusted or LLM-generated code"
                : "runs " + agent.trust().label() + " code");
        if (agent.exposedToUntrustedInput()) {
            likelihood++;
            reasons.add("reads input an attacker can shape (prompt injection)");
        }
        int impact = 0;
        if (agent.secretsAccess()) {
            impact++;
            reasons.add("can read secrets");
        }
        if (agent.egress().mode() == EgressMode.OPEN) {
            impact++;
            reasons.add("may send traffic anywhere");
        }
        SandboxAdvice.Threat threat = threat(likelihood, impact);
        SandboxChoice choice = switch (threat) {
            case LOW -> SandboxChoice.RUNC_SECCOMP;
            case MODERATE -> SandboxChoice.GVISOR;
            case HIGH, CRITICAL -> agent.startupBudgetMs() < KATA_START_MS ? SandboxChoice.FIRECRACKER : SandboxChoice.KATA;
        };
        if (threat == SandboxAdvice.Threat.CRITICAL && agent.startupBudgetMs() >= SLOW_START_MS) {
            choice = SandboxChoice.DEDICATED_VM;
            reasons.add("a start-up budget of " + agent.startupBudgetMs() / 1000 + " s leaves time to boot a whole VM");
        } else if (threat == SandboxAdvice.Threat.CRITICAL) {
            reasons.add("critical: keep its sandboxes on nodes of their own as well");
        }
        if (threat == SandboxAdvice.Threat.HIGH && agent.startupBudgetMs() < FIRECRACKER_START_MS) {
            choice = SandboxChoice.GVISOR;
            reasons.add("a start-up budget of " + agent.startupBudgetMs() + " ms is too short for any VM to boot");
        } else if (choice == SandboxChoice.FIRECRACKER) {
            reasons.add("a start-up budget of " + agent.startupBudgetMs() + " ms rules out Kata (about 0.9 s)");
        }
        int required = scorer.kernelRequirement(tenant);
        Provider provider = cluster.provider();
        SandboxChoice fitting = choice.runtime() == null ? choice : fitting(choice, required, agent.startupBudgetMs(), provider);
        boolean reaches = fitting != null;
        if (fitting == null) {
            // Nothing offered on shared nodes reaches the requirement: keep the strongest offered runtime that
            // the threat and the start-up budget allow, and say what would reach it.
            fitting = strongestOffered(choice, agent.startupBudgetMs(), provider);
        }
        if (fitting != choice && choice.strength() < required) {
            reasons.add("its tenant needs kernel isolation " + required + " (" + choice.label() + " scores " + choice.strength() + ")");
        }
        if (fitting != choice && !offered(choice, provider)) {
            reasons.add(offerings.absent(provider));
        }
        SandboxChoice recommended = fitting;
        boolean ownPodsShort = tenant.ownPodsCount() && SandboxChoice.of(tenant.tenant().runtime()).strength() < required
                && recommended.runtime() != null;
        boolean meets = (reaches || recommended.runtime() == null) && !ownPodsShort;
        boolean enough = SandboxChoice.of(agent.runtime()).strength() >= recommended.strength();
        return new SandboxAdvice(agent.id(), threat, recommended, reasons, () -> tradeOff(recommended, agent, cluster, nodes),
                enough, required, meets,
                () -> requirementNote(recommended, reaches, ownPodsShort, required, tenant, provider, nodes));
    }

    /**
     * The weakest runtime at least as strong as the threat calls for and the tenant requires, offered by the
     * provider and fast enough to start; the threat's own choice when it qualifies. Null when none does.
     */
    private SandboxChoice fitting(SandboxChoice choice, int required, int budgetMs, Provider provider) {
        if (choice.strength() >= required && offered(choice, provider)) {
            return choice;
        }
        int floor = Math.max(choice.strength(), required);
        for (SandboxChoice candidate : RUNTIMES) {
            if (candidate.strength() >= floor && offered(candidate, provider) && startsInTime(candidate, budgetMs)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The strongest runtime the provider offers within the budget, even below the threat's choice (a runtime
     * the provider cannot run is no advice); the threat's choice when it offers none.
     */
    private SandboxChoice strongestOffered(SandboxChoice choice, int budgetMs, Provider provider) {
        SandboxChoice best = null;
        for (SandboxChoice candidate : RUNTIMES) {
            if (offered(candidate, provider) && startsInTime(candidate, budgetMs)
                    && (best == null || candidate.strength() > best.strength())) {
                best = candidate;
            }
        }
        return best != null ? best : choice;
    }

    private boolean offered(SandboxChoice choice, Provider provider) {
        return choice.runtime() != null && offerings.offer(provider, choice.runtime()).isPresent();
    }

    private static boolean startsInTime(SandboxChoice choice, int budgetMs) {
        return switch (choice) {
            case KATA -> budgetMs >= KATA_START_MS;
            case FIRECRACKER -> budgetMs >= FIRECRACKER_START_MS;
            default -> true;
        };
    }

    /**
     * Whether the advice reaches the tenant's kernel requirement, and if not what would and why; where the
     * cluster lacks the runtime, how the provider offers it, on which nodes, at what price.
     */
    private String requirementNote(SandboxChoice choice, boolean reaches, boolean ownPodsShort, int required,
                                   TenantLoad tenant, Provider provider, NodeShape nodes) {
        StringBuilder text = new StringBuilder();
        if (!reaches && choice.runtime() != null) {
            text.append("No runtime ").append(provider.label()).append(" offers reaches the tenant's kernel requirement of ")
                    .append(required).append(" on shared nodes within a start-up budget like this (gVisor scores 2, Kata and ")
                    .append("Firecracker 3; ").append(offerings.absent(provider)).append("). What would: ")
                    .append(ownNodes(required, nodes)).append('.');
        } else if (required > 0 && choice.runtime() != null) {
            text.append(choice.label()).append(" reaches the tenant's kernel requirement of ").append(required).append('.');
        }
        if (ownPodsShort) {
            text.append(text.length() == 0 ? "" : " ").append("The tenant's own pods run under ")
                    .append(tenant.tenant().runtime().label()).append(", below its kernel requirement of ").append(required)
                    .append(": run them under ").append(choice.label()).append(" as well, or give the tenant ")
                    .append(ownNodes(required, nodes)).append('.');
        }
        return text.toString();
    }

    /** Placements on nodes of the tenant's own that reach a kernel requirement, and the nodes with their price. */
    private String ownNodes(int required, NodeShape nodes) {
        int dedicatedNodes = scorer.rubric().cell(IsolationDimension.KERNEL, Placement.NAMESPACE_DEDICATED_NODES.key()).score();
        int privateNodes = scorer.rubric().cell(IsolationDimension.KERNEL, Placement.VCLUSTER_PRIVATE_NODES.key()).score();
        String where = required <= dedicatedNodes
                ? "nodes of its own: a namespace on dedicated nodes (kernel " + dedicatedNodes + ") or a vCluster with private nodes (kernel "
                + privateNodes + ")"
                : "nodes of its own in a control plane of its own: a vCluster with private nodes (kernel " + privateNodes
                + ") or a dedicated cluster";
        return nodes == null ? where : where + ", on " + nodes.instanceType() + " nodes at " + Money.rate(pricing.symbol(),
                Money.exact(nodes.hourlyPrice())) + "/h each";
    }

    /** How the provider offers a runtime the cluster lacks, on which node types, at what price. */
    private String howToAdd(SandboxRuntime runtime, Cluster cluster, NodeShape nodes) {
        SandboxOfferings.Offer offer = offerings.offer(cluster.provider(), runtime).orElse(null);
        if (offer == null) {
            return " " + offerings.absent(cluster.provider()) + "; run this tenant on nodes of its own instead.";
        }
        StringBuilder text = new StringBuilder(" On ").append(cluster.provider().label()).append(": ").append(offer.how());
        if (!offer.nodeTypes().isEmpty()) {
            text.append("; nodes: ");
            for (int i = 0; i < offer.nodeTypes().size(); i++) {
                String type = offer.nodeTypes().get(i);
                text.append(i == 0 ? "" : " or ").append(type);
                InstanceType priced = pricing.profile().instance(type).orElse(null);
                text.append(priced == null ? " (not in the " + pricing.profile().id() + " pricing profile)"
                        : " at " + Money.rate(pricing.symbol(), Money.exact(priced.hourly().value())) + "/h (about "
                        + Money.format(pricing.symbol(),
                        Money.exact(priced.hourly().value()).multiply(Money.exact(pricing.hours()))) + " a month)");
            }
        } else if (nodes != null) {
            text.append("; on ").append(nodes.instanceType()).append(" nodes at ")
                    .append(Money.rate(pricing.symbol(), Money.exact(nodes.hourlyPrice()))).append("/h each");
        }
        return text.append(" (").append(offer.source()).append(").").toString();
    }

    /** Low when nothing suggests hostile code; critical when hostile code is likely and could do harm. */
    static SandboxAdvice.Threat threat(int likelihood, int impact) {
        if (likelihood == 0) {
            return SandboxAdvice.Threat.LOW;
        }
        if (likelihood == 1) {
            return impact >= 2 ? SandboxAdvice.Threat.HIGH : SandboxAdvice.Threat.MODERATE;
        }
        return impact >= (likelihood >= 3 ? 1 : 2) ? SandboxAdvice.Threat.CRITICAL : SandboxAdvice.Threat.HIGH;
    }

    private String tradeOff(SandboxChoice choice, Agent agent, Cluster cluster, NodeShape nodes) {
        int pods = agent.sandboxPods();
        String text = switch (choice) {
            case RUNC_SECCOMP -> "No memory or start-up overhead; the host kernel is the only boundary.";
            case GVISOR -> "About +19.6 MB per container (23.7 MB vs 4.09 MB under runc, google/gvisor density.csv), "
                    + "no cost for CPU-bound work, slower system calls (763 ns on the KVM platform, 38 µs on ptrace, "
                    + "syscall.csv)" + total(SandboxRuntime.GVISOR, pods) + ".";
            case KATA -> "A VM per pod: +250m CPU and 160Mi per pod (kata-qemu RuntimeClass podFixed), about 0.85 to 0.95 s "
                    + "to start end to end (kuasar benchmark, Kata 2.5.2 with Cloud Hypervisor)" + total(SandboxRuntime.KATA, pods) + ".";
            case FIRECRACKER -> "A microVM per pod: boots in at most 125 ms with at most 5 MiB VMM memory (Firecracker "
                    + "SPECIFICATION.md); in Kubernetes through kata-fc, +250m CPU and 130Mi per pod"
                    + total(SandboxRuntime.FIRECRACKER, pods) + ".";
            case DEDICATED_VM -> "The strongest boundary; its boot time and overhead are not in Bulkhead's reference data, "
                    + "so measure them on your platform. Dropping secrets access or closing egress would lower the threat.";
        };
        if (choice.runtime() != null && choice.runtime() != SandboxRuntime.RUNC
                && !cluster.sandboxRuntimes().contains(choice.runtime())) {
            text += " Cluster '" + cluster.name() + "' does not offer " + choice.runtime().label() + " yet."
                    + howToAdd(choice.runtime(), cluster, nodes);
        }
        return text;
    }

    private String total(SandboxRuntime runtime, int pods) {
        Resources overhead = assumptions.sandboxOverhead(runtime);
        if (pods == 0) {
            return "";
        }
        return "; for its " + pods + " sandbox pods about +" + Money.number(overhead.cpu() * pods, 2) + " vCPU and +"
                + Money.number(overhead.memoryGiB() * pods, 2) + " GiB";
    }
}

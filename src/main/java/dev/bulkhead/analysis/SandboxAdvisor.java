package dev.bulkhead.analysis;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.EgressMode;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TrustLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * Recommends a sandbox runtime per agent. The threat grows with untrusted code, exposure to prompt
 * injection, access to secrets and open egress; the performance budget then picks among runtimes of
 * sufficient strength. Overhead and start-up figures come from cost-isolation-data.md section 6.
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

    private final Assumptions assumptions;

    SandboxAdvisor(Assumptions assumptions) {
        this.assumptions = assumptions;
    }

    SandboxAdvice advise(Agent agent, Cluster cluster) {
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
        SandboxChoice recommended = choice;
        boolean enough = SandboxChoice.of(agent.runtime()).strength() >= choice.strength();
        return new SandboxAdvice(agent.id(), threat, choice, reasons, () -> tradeOff(recommended, agent, cluster), enough);
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

    private String tradeOff(SandboxChoice choice, Agent agent, Cluster cluster) {
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
            text += " Cluster '" + cluster.name() + "' does not offer " + choice.runtime().label()
                    + " yet; add it, or run this tenant on nodes of its own.";
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

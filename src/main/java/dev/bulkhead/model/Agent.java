package dev.bulkhead.model;

import java.util.List;
import java.util.Objects;

/**
 * An AI agent of a tenant that executes code in sandboxes.
 *
 * @param runtime                  the runtime its sandboxes run under
 * @param concurrency              sandboxes running at the same time at peak
 * @param warmPool                 pre-started idle sandboxes kept ready
 * @param cpuPerSandbox            vCPU requested per sandbox
 * @param memoryGiBPerSandbox      memory requested per sandbox, GiB
 * @param secretsAccess            whether the sandboxes can read secrets (API keys, credentials)
 * @param tools                    tools the agent may call (for example {@code github}, {@code sql})
 * @param exposedToUntrustedInput  whether it reads input an attacker can shape (web pages, user uploads,
 *                                 e-mail), which exposes it to prompt injection
 * @param startupBudgetMs          how long a sandbox may take to start, in milliseconds
 */
public record Agent(ElementId id, String name, ElementId tenant, TrustLevel trust, SandboxRuntime runtime,
                    int concurrency, int warmPool, double cpuPerSandbox, double memoryGiBPerSandbox, Egress egress,
                    boolean secretsAccess, List<String> tools, boolean exposedToUntrustedInput,
                    int startupBudgetMs) implements ContainedElement {
    public Agent {
        Objects.requireNonNull(id, "id");
        Checks.name("agent name", name);
        ContainedElement.requireParent(tenant, ElementKind.AGENT);
        Objects.requireNonNull(trust, "trust level");
        Objects.requireNonNull(runtime, "sandbox runtime");
        ValueRanges.AGENT_CONCURRENCY.check(concurrency);
        ValueRanges.AGENT_WARM_POOL.check(warmPool);
        ValueRanges.SANDBOX_CPU.check(cpuPerSandbox);
        ValueRanges.SANDBOX_MEMORY.check(memoryGiBPerSandbox);
        Objects.requireNonNull(egress, "egress");
        tools = List.copyOf(tools);
        tools.forEach(tool -> Checks.name("tool", tool));
        ValueRanges.STARTUP_BUDGET.check(startupBudgetMs);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.AGENT;
    }

    @Override
    public ElementId parentId() {
        return tenant;
    }

    @Override
    public Agent withName(String newName) {
        return new Agent(id, newName, tenant, trust, runtime, concurrency, warmPool, cpuPerSandbox,
                memoryGiBPerSandbox, egress, secretsAccess, tools, exposedToUntrustedInput, startupBudgetMs);
    }

    @Override
    public Agent withParent(ElementId newTenant) {
        return new Agent(id, name, newTenant, trust, runtime, concurrency, warmPool, cpuPerSandbox,
                memoryGiBPerSandbox, egress, secretsAccess, tools, exposedToUntrustedInput, startupBudgetMs);
    }

    /** A copy running under another runtime. */
    public Agent withRuntime(SandboxRuntime newRuntime) {
        return new Agent(id, name, tenant, trust, newRuntime, concurrency, warmPool, cpuPerSandbox,
                memoryGiBPerSandbox, egress, secretsAccess, tools, exposedToUntrustedInput, startupBudgetMs);
    }

    /** Sandbox pods that exist at peak: the running ones plus the warm pool. */
    public int sandboxPods() {
        return concurrency + warmPool;
    }

    /** A copy with another trust level. */
    public Agent withTrust(TrustLevel newTrust) {
        return new Agent(id, name, tenant, newTrust, runtime, concurrency, warmPool, cpuPerSandbox, memoryGiBPerSandbox, egress, secretsAccess, tools, exposedToUntrustedInput, startupBudgetMs);
    }

    /** A copy with exposure to untrusted input on or off. */
    public Agent withExposedToUntrustedInput(boolean newExposedToUntrustedInput) {
        return new Agent(id, name, tenant, trust, runtime, concurrency, warmPool, cpuPerSandbox, memoryGiBPerSandbox, egress, secretsAccess, tools, newExposedToUntrustedInput, startupBudgetMs);
    }

    /** A copy with another peak concurrency. */
    public Agent withConcurrency(int newConcurrency) {
        return new Agent(id, name, tenant, trust, runtime, newConcurrency, warmPool, cpuPerSandbox, memoryGiBPerSandbox, egress, secretsAccess, tools, exposedToUntrustedInput, startupBudgetMs);
    }

    /** A copy with another warm pool size. */
    public Agent withWarmPool(int newWarmPool) {
        return new Agent(id, name, tenant, trust, runtime, concurrency, newWarmPool, cpuPerSandbox, memoryGiBPerSandbox, egress, secretsAccess, tools, exposedToUntrustedInput, startupBudgetMs);
    }

    /** A copy with another CPU request per sandbox. */
    public Agent withCpuPerSandbox(double newCpuPerSandbox) {
        return new Agent(id, name, tenant, trust, runtime, concurrency, warmPool, newCpuPerSandbox, memoryGiBPerSandbox, egress, secretsAccess, tools, exposedToUntrustedInput, startupBudgetMs);
    }

    /** A copy with another memory request per sandbox. */
    public Agent withMemoryGiBPerSandbox(double newMemoryGiBPerSandbox) {
        return new Agent(id, name, tenant, trust, runtime, concurrency, warmPool, cpuPerSandbox, newMemoryGiBPerSandbox, egress, secretsAccess, tools, exposedToUntrustedInput, startupBudgetMs);
    }

    /** A copy with another egress policy. */
    public Agent withEgress(Egress newEgress) {
        return new Agent(id, name, tenant, trust, runtime, concurrency, warmPool, cpuPerSandbox, memoryGiBPerSandbox, newEgress, secretsAccess, tools, exposedToUntrustedInput, startupBudgetMs);
    }

    /** A copy with secrets access on or off. */
    public Agent withSecretsAccess(boolean newSecretsAccess) {
        return new Agent(id, name, tenant, trust, runtime, concurrency, warmPool, cpuPerSandbox, memoryGiBPerSandbox, egress, newSecretsAccess, tools, exposedToUntrustedInput, startupBudgetMs);
    }

    /** A copy with other tools. */
    public Agent withTools(List<String> newTools) {
        return new Agent(id, name, tenant, trust, runtime, concurrency, warmPool, cpuPerSandbox, memoryGiBPerSandbox, egress, secretsAccess, newTools, exposedToUntrustedInput, startupBudgetMs);
    }

    /** A copy with another start-up budget. */
    public Agent withStartupBudgetMs(int newStartupBudgetMs) {
        return new Agent(id, name, tenant, trust, runtime, concurrency, warmPool, cpuPerSandbox, memoryGiBPerSandbox, egress, secretsAccess, tools, exposedToUntrustedInput, newStartupBudgetMs);
    }
}

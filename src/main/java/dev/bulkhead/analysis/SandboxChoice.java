package dev.bulkhead.analysis;

import dev.bulkhead.model.SandboxRuntime;

/** What an agent's sandboxes can run under, weakest first. */
public enum SandboxChoice {
    RUNC_SECCOMP("runc with the RuntimeDefault seccomp profile", SandboxRuntime.RUNC, 0),
    GVISOR("gVisor", SandboxRuntime.GVISOR, 2),
    KATA("Kata Containers (VM per pod)", SandboxRuntime.KATA, 3),
    FIRECRACKER("Firecracker microVM", SandboxRuntime.FIRECRACKER, 3),
    DEDICATED_VM("a dedicated VM per sandbox", null, 4);

    private final String label;
    private final SandboxRuntime runtime;
    private final int strength;

    SandboxChoice(String label, SandboxRuntime runtime, int strength) {
        this.label = label;
        this.runtime = runtime;
        this.strength = strength;
    }

    /** The choice that a runtime is. */
    public static SandboxChoice of(SandboxRuntime runtime) {
        return switch (runtime) {
            case RUNC -> RUNC_SECCOMP;
            case GVISOR -> GVISOR;
            case KATA -> KATA;
            case FIRECRACKER -> FIRECRACKER;
        };
    }

    public String label() {
        return label;
    }

    /** The Kubernetes runtime, or null for a dedicated VM (outside Kubernetes scheduling). */
    public SandboxRuntime runtime() {
        return runtime;
    }

    /** Kernel isolation on the rubric's 0 to 4 scale. */
    public int strength() {
        return strength;
    }
}

package dev.bulkhead.model;

/** The container runtime a pod runs under; everything but runc is a sandbox. */
public enum SandboxRuntime {
    RUNC("runc", false), GVISOR("gVisor", true), KATA("Kata", true), FIRECRACKER("Firecracker", true);

    private final String label;
    private final boolean sandbox;

    SandboxRuntime(String label, boolean sandbox) {
        this.label = label;
        this.sandbox = sandbox;
    }

    /** Human-readable name. */
    public String label() {
        return label;
    }

    /** Whether the runtime puts a boundary between the pod and the host kernel. */
    public boolean isSandbox() {
        return sandbox;
    }
}

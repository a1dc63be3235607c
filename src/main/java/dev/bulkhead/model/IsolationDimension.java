package dev.bulkhead.model;

/**
 * The dimensions along which the Kubernetes multi-tenancy documentation separates isolation. Each is
 * scored 0 (none) to 4 (strongest).
 */
public enum IsolationDimension {
    CONTROL_PLANE("Control plane / API"),
    CONTROL_PLANE_NOISY_NEIGHBOURS("Control-plane noisy neighbours"),
    IDENTITY("Identity / RBAC blast radius"),
    NETWORK("Network"),
    KERNEL("Kernel / runtime"),
    DATA_PLANE_NOISY_NEIGHBOURS("Data-plane noisy neighbours"),
    FAILURE_DOMAIN("Failure domain / upgrades"),
    COMPLIANCE("Compliance boundary");

    /** Lowest score of any dimension. */
    public static final int MIN_SCORE = 0;
    /** Highest score of any dimension. */
    public static final int MAX_SCORE = 4;

    private final String label;

    IsolationDimension(String label) {
        this.label = label;
    }

    /** Human-readable name. */
    public String label() {
        return label;
    }
}

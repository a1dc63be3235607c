package dev.bulkhead.analysis;

/** The lines of the side-by-side cost table. */
public enum CostCategory {
    CONTROL_PLANES("Control planes"),
    WORKER_NODES("Worker nodes"),
    TENANCY_OVERHEAD("Tenancy overhead"),
    SANDBOX_OVERHEAD("Sandbox overhead"),
    NETWORK("Network fixed costs"),
    DATA_TRANSFER("Data transfer"),
    LICENCES("Licences"),
    OPERATIONS("Operations");

    private final String label;

    CostCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this is infrastructure (everything but people's time). */
    public boolean isInfrastructure() {
        return this != OPERATIONS;
    }
}

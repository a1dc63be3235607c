package dev.bulkhead.model;

/** The three ways Bulkhead compares to isolate a tenant on Kubernetes. */
public enum TenancyOption {
    /** A namespace per tenant in a shared cluster. */
    NAMESPACE("Namespace"),
    /** A virtual cluster (vCluster) per tenant, hosted in a shared cluster. */
    VCLUSTER("vCluster"),
    /** A dedicated cluster per tenant. */
    DEDICATED("Dedicated");

    private final String label;

    TenancyOption(String label) {
        this.label = label;
    }

    /** Human-readable name, as shown in the app and reports. */
    public String label() {
        return label;
    }
}

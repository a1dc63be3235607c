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

    /**
     * The word for a tenant or environment with no option of its own to follow: the canvas's pill and legend say it,
     * and the diff and the inspector say the same.
     */
    public static final String UNDECIDED = "undecided";

    /** Human-readable name, as shown in the app and reports. */
    public String label() {
        return label;
    }

    /** The label of an option, or {@link #UNDECIDED} for none. */
    public static String labelOf(TenancyOption option) {
        return option == null ? UNDECIDED : option.label();
    }
}

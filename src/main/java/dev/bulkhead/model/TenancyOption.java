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

    /**
     * The name of the edit that places a tenant ({@code null}: back to its environment's option), as Undo and the
     * history show it: "Give partner-acme a dedicated cluster"; "Place partner-acme in a Dedicated" read as a slip
     * (review 14f).
     */
    public static String placingEdit(String tenant, TenancyOption option) {
        if (option == null) {
            return tenant + " follows its environment";
        }
        return "Give " + tenant + switch (option) {
            case NAMESPACE -> " a namespace";
            case VCLUSTER -> " a vCluster";
            case DEDICATED -> " a dedicated cluster";
        };
    }

    /** The label of an option, or {@link #UNDECIDED} for none. */
    public static String labelOf(TenancyOption option) {
        return option == null ? UNDECIDED : option.label();
    }
}

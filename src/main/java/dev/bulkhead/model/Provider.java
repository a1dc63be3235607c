package dev.bulkhead.model;

/** Who runs a cluster's control plane. */
public enum Provider {
    EKS("Amazon EKS"), GKE("Google GKE"), AKS("Azure AKS"), ON_PREM("On-premises");

    private final String label;

    Provider(String label) {
        this.label = label;
    }

    /** Human-readable name. */
    public String label() {
        return label;
    }
}

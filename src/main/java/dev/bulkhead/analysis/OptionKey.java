package dev.bulkhead.analysis;

import dev.bulkhead.model.TenancyOption;

/** The columns of a comparison: the three options applied to every tenant, and the recommended mix. */
public enum OptionKey {
    NAMESPACE("namespace", "Namespace"),
    VCLUSTER("vcluster", "vCluster"),
    DEDICATED("dedicated", "Dedicated"),
    RECOMMENDED("recommended", "Recommended mix"),
    /** The design as the model has it now (tenant or environment choices; undecided tenants as namespaces). */
    CURRENT("current", "Current design");

    private final String key;
    private final String label;

    OptionKey(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The four columns of the comparison, in order. */
    public static final java.util.List<OptionKey> COMPARED = java.util.List.of(NAMESPACE, VCLUSTER, DEDICATED, RECOMMENDED);

    /** The key used in JSON and CSV. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /**
     * The column's name in a model with these scenarios. A model that made scenarios names the design as modelled by
     * its scenario, as the compare view and {@code compare --scenario} head it ({@link
     * dev.bulkhead.model.Scenarios#asModelledHeading}): "current" for the base, "proposal A (as modelled)" for another;
     * one name everywhere, for "Current design" beside a column "current" reads as two designs.
     */
    public String label(dev.bulkhead.model.Scenarios scenarios) {
        return this == CURRENT && !scenarios.isDefault() ? scenarios.asModelledHeading() : label;
    }

    /** The column of a tenancy option. */
    public static OptionKey of(TenancyOption option) {
        return switch (option) {
            case NAMESPACE -> NAMESPACE;
            case VCLUSTER -> VCLUSTER;
            case DEDICATED -> DEDICATED;
        };
    }
}

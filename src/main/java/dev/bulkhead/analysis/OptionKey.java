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
     * The column's name in a model with these scenarios: with a scenario other than the base active, the design as
     * modelled is named by it as the compare view's columns name it ("proposal A (as modelled)"), for "Current design"
     * would be read as the base scenario, which is often called "current".
     */
    public String label(dev.bulkhead.model.Scenarios scenarios) {
        return this == CURRENT && !scenarios.active().equals(scenarios.base()) ? asModelled(scenarios.active()) : label;
    }

    /** The heading of a scenario's design as modelled, as the compare view's scenario columns read. */
    public static String asModelled(String scenario) {
        return scenario + " (as modelled)";
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

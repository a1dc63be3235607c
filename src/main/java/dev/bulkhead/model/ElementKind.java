package dev.bulkhead.model;

/** The kinds of element a model holds, with the containment rules between them. */
public enum ElementKind {
    ENVIRONMENT("Environment", "env", null),
    CLUSTER("Cluster", "cluster", ENVIRONMENT),
    NODE_POOL("Node pool", "pool", CLUSTER),
    TENANT("Tenant", "tenant", CLUSTER),
    AGENT("Agent", "agent", TENANT),
    EXTERNAL_ENDPOINT("External endpoint", "ext", null),
    CONNECTION("Connection", "conn", null);

    private final String label;
    private final String idPrefix;
    private final ElementKind parentKind;

    ElementKind(String label, String idPrefix, ElementKind parentKind) {
        this.label = label;
        this.idPrefix = idPrefix;
        this.parentKind = parentKind;
    }

    /** Human-readable name. */
    public String label() {
        return label;
    }

    /** Prefix of generated ids, for example {@code tenant}. */
    public String idPrefix() {
        return idPrefix;
    }

    /** The kind this kind must be nested in, or null for top-level kinds. */
    public ElementKind parentKind() {
        return parentKind;
    }

    /** Whether elements of this kind live inside another element. */
    public boolean isContained() {
        return parentKind != null;
    }

    /** Whether elements of this kind can be an end of a connection. */
    public boolean isConnectable() {
        return this == TENANT || this == AGENT || this == EXTERNAL_ENDPOINT;
    }
}

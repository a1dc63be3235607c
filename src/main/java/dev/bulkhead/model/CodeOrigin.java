package dev.bulkhead.model;

/**
 * Whose code a tenant's own pods run. Third-party code (a partner or customer that deploys its own images)
 * raises the tenant's kernel requirement: it executes on nodes the platform team runs, beside other tenants.
 */
public enum CodeOrigin {
    /** Code the platform's own teams build and release. */
    IN_HOUSE("in-house"),
    /** Code a partner or customer builds and deploys itself. */
    THIRD_PARTY("third party (deploys its own code)");

    private final String label;

    CodeOrigin(String label) {
        this.label = label;
    }

    /** Human-readable description. */
    public String label() {
        return label;
    }
}

package dev.bulkhead.model;

/** What kind of tenant this is; sets the default isolation requirement. */
public enum TenantKind {
    INTERNAL_TEAM("internal team"),
    EXTERNAL_CUSTOMER("external customer"),
    UNTRUSTED_CODE("runs untrusted code"),
    REGULATED("regulated");

    private final String label;

    TenantKind(String label) {
        this.label = label;
    }

    /** Human-readable description. */
    public String label() {
        return label;
    }
}

package dev.bulkhead.model;

/** How far the code an agent executes can be trusted. */
public enum TrustLevel {
    /** First-party code that went through the normal release process. */
    TRUSTED("trusted"),
    /** Generated or supplied code that a person reviewed before it ran. */
    REVIEWED("reviewed"),
    /** Code nobody reviewed: user-supplied or LLM-generated. */
    UNTRUSTED("untrusted / LLM-generated");

    private final String label;

    TrustLevel(String label) {
        this.label = label;
    }

    /** Human-readable description. */
    public String label() {
        return label;
    }
}

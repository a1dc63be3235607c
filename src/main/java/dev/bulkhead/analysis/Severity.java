package dev.bulkhead.analysis;

/** How much a finding matters. */
public enum Severity {
    /** The model cannot be costed or exported correctly until this is fixed. */
    ERROR,
    /** The design works but carries a risk the architect should decide on. */
    WARNING,
    /** Worth knowing; nothing to fix. */
    INFO
}

package dev.bulkhead.model;

/** What outbound traffic an agent's sandboxes may send. */
public enum EgressMode {
    NONE, ALLOW_LIST, OPEN
}

package dev.bulkhead.model;

/** The stage an environment serves. */
public enum EnvironmentKind {
    DEV, STAGING, PROD, OTHER
}

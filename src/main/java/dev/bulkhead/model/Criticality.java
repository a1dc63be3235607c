package dev.bulkhead.model;

/**
 * How much an outage or breach in an environment matters. Drives sizing assumptions such as the
 * vCluster control-plane profile (chart defaults for low, highly available sizing for high).
 */
public enum Criticality {
    LOW, MEDIUM, HIGH
}

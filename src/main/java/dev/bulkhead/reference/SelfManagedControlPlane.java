package dev.bulkhead.reference;

/** Control-plane machines a self-managed cluster runs itself (on-premises). */
public record SelfManagedControlPlane(int nodes, double vcpu, double memoryGiB, Sourced hourly) {
}

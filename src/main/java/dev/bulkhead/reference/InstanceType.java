package dev.bulkhead.reference;

/** A node size a pricing profile has a price for. */
public record InstanceType(String type, double vcpu, double memoryGiB, Sourced hourly) {
}

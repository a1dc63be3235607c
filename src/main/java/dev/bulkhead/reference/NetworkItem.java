package dev.bulkhead.reference;

/** A fixed network cost every cluster pays, such as NAT gateways or a load balancer. */
public record NetworkItem(String item, int count, Sourced hourly) {
    /** Cost per hour of all {@code count} of them. */
    public double hourlyTotal() {
        return count * hourly.value();
    }
}

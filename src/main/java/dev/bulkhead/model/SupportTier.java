package dev.bulkhead.model;

/**
 * The managed control-plane tier: {@code FREE} (AKS Free), {@code STANDARD}, or {@code EXTENDED}
 * (EKS/GKE extended support, AKS long-term support). Prices come from the pricing profile.
 */
public enum SupportTier {
    FREE, STANDARD, EXTENDED
}

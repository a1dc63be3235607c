package dev.bulkhead.analysis;

import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.SupportTier;
import dev.bulkhead.reference.PricingProfile;
import dev.bulkhead.reference.Sourced;
import java.util.List;

/** Notes on how the pricing profile fits the drawn clusters, so that no price is silently borrowed. */
public final class PricingFindings {
    private PricingFindings() {
    }

    static void addTo(Model model, Pricing pricing, List<Finding> findings) {
        PricingProfile profile = pricing.profile();
        for (Cluster cluster : model.all(Cluster.class)) {
            if (cluster.provider() != profile.provider()) {
                findings.add(Finding.info(FindingCode.PROFILE_PROVIDER_MISMATCH, cluster.id(), "cluster '" + cluster.name() + "' is drawn on "
                        + cluster.provider().label() + " but costed with the " + profile.name() + " profile"));
            } else if (profile.selfManaged() == null && !profile.controlPlaneFees().containsKey(cluster.supportTier())) {
                findings.add(Finding.info(FindingCode.SUPPORT_TIER_UNAVAILABLE, cluster.id(), "cluster '" + cluster.name() + "' uses the "
                        + cluster.supportTier().name().toLowerCase() + " tier, which " + profile.provider().label()
                        + " does not offer; costed at the " + SupportTier.STANDARD.name().toLowerCase() + " fee"));
            }
        }
        if (!model.all(Cluster.class).isEmpty()) {
            for (dev.bulkhead.reference.NetworkItem item : profile.network()) {
                if (item.hourly().notFound()) {
                    findings.add(Finding.info(FindingCode.NETWORK_NOT_PRICED, null, "every cluster's " + item.item()
                            + " is not priced under the " + profile.name() + " profile: " + item.hourly().citation()
                            + "; its cost lines say so and the totals leave it out"));
                }
            }
        }
        for (NodePool pool : model.all(NodePool.class)) {
            if (pool.hourlyPrice() == null && profile.instance(pool.instanceType()).isEmpty()) {
                NodeShape shape = pricing.shapeOf(pool);
                findings.add(Finding.info(FindingCode.INSTANCE_PRICED_BY_SHAPE, pool.id(), "node pool '" + pool.name() + "': "
                        + shape.priceSource() + "; set a price on the pool to use your own"));
            }
        }
    }

    /**
     * Data to external endpoints: internet data transfer out has no price in the reference data, and NAT
     * processing only where the profile has one. Say what is left out rather than show a silent zero. Depends
     * only on the connections and the pricing, so the analyzer writes it with the connection findings.
     */
    static void egress(Model model, Pricing pricing, List<Finding> findings) {
        long outbound = model.all(Connection.class).stream()
                .filter(c -> model.find(c.to()).orElse(null) instanceof ExternalEndpoint).count();
        if (outbound == 0) {
            return;
        }
        findings.add(Finding.info(FindingCode.EGRESS_NOT_PRICED, null, egressMessage(outbound, "", pricing)));
    }

    /**
     * The egress finding's text for {@code outbound} connections {@code where} ("" for the whole model, " in dev" for
     * one environment), so that a report on one environment counts its own connections in the same words.
     */
    public static String egressMessage(long outbound, String where, Pricing pricing) {
        Sourced nat = pricing.assumptions().natProcessingPerGB();
        String natText = nat.notFound() ? " and, under the " + pricing.profile().name() + " profile, neither is NAT processing "
                + "(NOT FOUND): not in the reference data; set 'traffic.natProcessingPerGB' to price it"
                : nat.value() > 0 ? "; NAT gateway processing is priced"
                : "; NAT processing is not charged: " + nat.citation();
        return outbound + " connection" + (outbound == 1 ? "" : "s") + where + (outbound == 1 ? " sends" : " send")
                + " data to external endpoints: internet data transfer out is not priced (no price in Bulkhead's reference data)"
                + natText;
    }
}

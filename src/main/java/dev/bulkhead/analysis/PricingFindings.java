package dev.bulkhead.analysis;

import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.SupportTier;
import dev.bulkhead.reference.PricingProfile;
import java.util.List;

/** Notes on how the pricing profile fits the drawn clusters, so that no price is silently borrowed. */
final class PricingFindings {
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
        for (NodePool pool : model.all(NodePool.class)) {
            if (pool.hourlyPrice() == null && profile.instance(pool.instanceType()).isEmpty()) {
                NodeShape shape = pricing.shapeOf(pool);
                findings.add(Finding.info(FindingCode.INSTANCE_PRICED_BY_SHAPE, pool.id(), "node pool '" + pool.name() + "': "
                        + shape.priceSource() + "; set a price on the pool to use your own"));
            }
        }
    }
}

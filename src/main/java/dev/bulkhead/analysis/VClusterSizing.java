package dev.bulkhead.analysis;

import dev.bulkhead.model.Criticality;

/**
 * How big a tenant's vCluster control plane is, from the vCluster sizing guidance
 * (cost-isolation-data.md §2a, §2b, §2d):
 * <ul>
 * <li><b>Replicas follow criticality.</b> "Always run 3 replicas in HA mode for any production Tenant Cluster"
 *     (§2b): high criticality gets {@code vcluster.high.replicas} (3); medium and low one each.</li>
 * <li><b>The per-replica profile follows the tenant's workload</b>, since API-server load grows with the
 *     objects a tenant runs, not with how large its pods are. A <i>light</i> tenant fits the chart's default
 *     vCluster quota (20 pods, 10 vCPU, 20 GiB, §2d); a <i>service</i> tenant runs up to a few hundred pods
 *     (P2's "up to a few hundred long-running services", read as {@code vcluster.p2.maxPods}); a <i>heavy</i>
 *     tenant runs more.</li>
 * <li>Light, service and heavy tenants get P1, P2 and P3 (P3: "the right default for most production Tenant
 *     Clusters"). In production (high criticality) nothing is smaller than P2, since P1 is meant for "dev /
 *     sandbox, light single-team CI". At low criticality each is one step smaller: light tenants keep the
 *     chart's defaults, which "apply to dev/CI-class tenants" (§2b), service tenants P1, heavy tenants P2.</li>
 * </ul>
 * P4 to P6 (heavy churn, operator-rich AI clouds) are not chosen by this rule: the model does not say how
 * fast a tenant's objects churn. Override the P3 figures for such tenants.
 */
final class VClusterSizing {
    private static final String[] NAMES = {"chart defaults", "P1", "P2", "P3"};
    /** P2: the smallest profile the guidance does not reserve for dev, sandbox and CI. */
    private static final int PRODUCTION_MINIMUM = 2;
    private static final String[] KEYS = {"chartDefaults", "p1", "p2", "p3"};

    private final Resources[] profiles = new Resources[NAMES.length];
    private final int[] replicas = new int[Criticality.values().length];
    private final Resources light;
    private final int servicePods;

    VClusterSizing(Assumptions assumptions) {
        for (int i = 0; i < KEYS.length; i++) {
            String prefix = "vcluster." + KEYS[i] + ".";
            profiles[i] = new Resources(assumptions.value(prefix + "cpu"), assumptions.value(prefix + "memoryGiB"), 1);
        }
        for (Criticality criticality : Criticality.values()) {
            replicas[criticality.ordinal()] = Math.max(1,
                    (int) assumptions.value("vcluster." + dev.bulkhead.model.EnumNames.of(criticality) + ".replicas"));
        }
        light = new Resources(assumptions.value("vcluster.lightTenant.cpu"), assumptions.value("vcluster.lightTenant.memoryGiB"),
                (int) assumptions.value("vcluster.lightTenant.pods"));
        servicePods = (int) assumptions.value("vcluster.p2.maxPods");
    }

    /** The control plane for a tenant requesting {@code load} in an environment of {@code criticality}. */
    VClusterControlPlane of(Resources load, Criticality criticality) {
        boolean isLight = load.pods() <= light.pods() && load.cpu() <= light.cpu() + 1e-9
                && load.memoryGiB() <= light.memoryGiB() + 1e-9;
        int size = isLight ? 0 : load.pods() <= servicePods ? 1 : 2;
        int profile = criticality == Criticality.LOW ? size
                : criticality == Criticality.HIGH ? Math.max(size + 1, PRODUCTION_MINIMUM) : size + 1;
        int count = replicas[criticality.ordinal()];
        return new VClusterControlPlane(NAMES[profile], count, profiles[profile], () -> reason(load, size, criticality, count));
    }

    private String reason(Resources load, int size, Criticality criticality, int count) {
        String workload = Money.number(load.pods()) + " pods, " + Money.number(load.cpu(), 2) + " vCPU";
        String why = switch (size) {
            case 0 -> workload + " fit the chart's default vCluster quota (" + light.pods() + " pods, "
                    + Money.number(light.cpu()) + " vCPU, " + Money.number(light.memoryGiB()) + " GiB; §2d): a light tenant";
            case 1 -> workload + ", more than the chart's default quota and at most " + servicePods
                    + " pods (\"up to a few hundred long-running services\", §2b)";
            default -> workload + ", more than " + servicePods + " pods: the production default (§2b)";
        };
        String step = criticality == Criticality.LOW ? ", one step smaller at low criticality"
                : criticality == Criticality.HIGH && size == 0 ? "; in production at least P2, since P1 is meant for \"dev / "
                + "sandbox, light single-team CI\" (§2b)" : "";
        String ha = count > 1 ? "; " + count + " replicas for high availability (\"always run 3 replicas in HA mode for any "
                + "production Tenant Cluster\", §2b)" : "";
        return why + step + ha;
    }
}

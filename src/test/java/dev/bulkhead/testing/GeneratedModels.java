package dev.bulkhead.testing;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.Egress;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelSettings;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Protocol;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.SupportTier;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.model.TerraformLayout;
import dev.bulkhead.model.TrustLevel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Large, deterministic models for benchmarks: environments with a few clusters each, tenants spread over
 * them, agents spread over tenants and connections between tenants of the same environment. The same
 * arguments always give the same model.
 */
public final class GeneratedModels {
    private static final EnvironmentKind[] KINDS = {EnvironmentKind.DEV, EnvironmentKind.STAGING, EnvironmentKind.PROD};
    private static final Criticality[] CRITICALITY = {Criticality.LOW, Criticality.MEDIUM, Criticality.HIGH};

    private GeneratedModels() {
    }

    /**
     * @param clustersPerEnvironment clusters in each environment
     * @param tenants                tenants in total
     * @param agents                 agents in total
     * @param connections            connections in total
     */
    public static Model platform(int environments, int clustersPerEnvironment, int tenants, int agents, int connections,
                                 long seed) {
        Random random = new Random(seed);
        List<Element> elements = new ArrayList<>();
        List<List<ElementId>> clustersByEnv = new ArrayList<>();
        for (int e = 0; e < environments; e++) {
            ElementId env = ElementId.of("env-" + e);
            elements.add(new Environment(env, KINDS[e % 3].name().toLowerCase() + (e < 3 ? "" : "-" + e), KINDS[e % 3],
                    CRITICALITY[e % 3], null, TerraformLayout.DIRECTORIES));
            List<ElementId> clusters = new ArrayList<>();
            for (int c = 0; c < clustersPerEnvironment; c++) {
                ElementId cluster = ElementId.of("cluster-" + e + "-" + c);
                elements.add(new Cluster(cluster, "cluster-" + e + "-" + c, env, Provider.EKS, "us-east-1",
                        SupportTier.STANDARD, EnumSet.of(SandboxRuntime.RUNC, SandboxRuntime.GVISOR), true));
                elements.add(new NodePool(ElementId.of("pool-" + e + "-" + c), "general", cluster, "m6i.xlarge", 4, 16, null,
                        3, 10_000, new TreeMap<>(), List.of(), null));
                clusters.add(cluster);
            }
            clustersByEnv.add(clusters);
        }
        TenantKind[] kinds = TenantKind.values();
        List<ElementId> tenantIds = new ArrayList<>();
        List<Integer> tenantEnv = new ArrayList<>();
        for (int t = 0; t < tenants; t++) {
            int env = t % environments;
            List<ElementId> clusters = clustersByEnv.get(env);
            ElementId id = ElementId.of(String.format("tenant-%05d", t));
            elements.add(new Tenant(id, "tenant-" + t, clusters.get(random.nextInt(clusters.size())),
                    kinds[random.nextInt(kinds.length)], "group-" + t,
                    // At least 4 pods: a pod of the largest demand (8.5 vCPU, 32 GiB) then fits one m6i.xlarge, which
                    // validation requires before anything exports.
                    new ResourceDemand(0.5 + random.nextInt(8), 1 + random.nextInt(32), 4 + random.nextInt(38), random.nextInt(200)),
                    Map.of(), null));
            tenantIds.add(id);
            tenantEnv.add(env);
        }
        TrustLevel[] trust = TrustLevel.values();
        for (int a = 0; a < agents; a++) {
            ElementId tenant = tenantIds.get(a % tenants);
            elements.add(new Agent(ElementId.of(String.format("agent-%06d", a)), "agent-" + a, tenant,
                    trust[random.nextInt(trust.length)], random.nextInt(5) == 0 ? SandboxRuntime.RUNC : SandboxRuntime.GVISOR,
                    1 + random.nextInt(4), random.nextInt(2), 0.25, 0.5, Egress.NONE, false, List.of(), false, 1000));
        }
        for (int c = 0; c < connections; c++) {
            int from = random.nextInt(tenants);
            int to = random.nextInt(tenants);
            // Keep connections inside one environment, as real designs do.
            to = to - (to % environments) + tenantEnv.get(from);
            if (to >= tenants) {
                to -= environments;
            }
            if (to == from) {
                to = (from + environments) % tenants;
            }
            elements.add(new Connection(ElementId.of(String.format("conn-%06d", c)), "traffic", tenantIds.get(from),
                    tenantIds.get(to), 8080, Protocol.TCP));
        }
        return Model.of(ModelSettings.DEFAULT.withName("Generated " + tenants + " tenants"), elements, Map.of());
    }
}

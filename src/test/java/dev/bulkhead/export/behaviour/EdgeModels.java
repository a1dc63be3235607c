package dev.bulkhead.export.behaviour;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.Egress;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.SupportTier;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.model.TrustLevel;
import dev.bulkhead.testing.TestModels;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Small models that exercise what the samples do not: address ranges, clashing agent names, every egress kind. */
public final class EdgeModels {
    public static final String TWO_CLUSTERS_WITH_RANGES = "edge: two clusters with address ranges";
    public static final String CLASHING_AGENTS = "edge: agents whose names clash";
    static final Set<String> NAMES = Set.of(TWO_CLUSTERS_WITH_RANGES, CLASHING_AGENTS);

    private EdgeModels() {
    }

    public static Model build(String name) {
        return name.equals(TWO_CLUSTERS_WITH_RANGES) ? twoClusters() : clashingAgents();
    }

    private static Model twoClusters() {
        TestModels b = TestModels.builder();
        ElementId prod = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
        ElementId east = b.put(new Cluster(ElementId.of("cluster-east"), "east", prod, Provider.EKS, "us-east-1",
                SupportTier.STANDARD, EnumSet.of(SandboxRuntime.GVISOR), true, "10.20.0.0/16")).id();
        ElementId west = b.put(new Cluster(ElementId.of("cluster-west"), "west", prod, Provider.EKS, "us-west-2",
                SupportTier.STANDARD, EnumSet.of(SandboxRuntime.GVISOR), true, "10.30.0.0/16")).id();
        b.pool(east, "east-pool", 8, 32, 1, 10);
        b.pool(west, "west-pool", 8, 32, 1, 10);
        ElementId orders = b.tenant(east, "orders", TenantKind.INTERNAL_TEAM, new ResourceDemand(2, 4, 4, 10));
        ElementId billing = b.tenant(east, "billing", TenantKind.EXTERNAL_CUSTOMER, new ResourceDemand(1, 2, 2, 0));
        ElementId ledger = b.tenant(west, "ledger", TenantKind.REGULATED, new ResourceDemand(2, 8, 3, 50));
        ElementId helper = b.put(new Agent(ElementId.of("agent-helper"), "helper", orders, TrustLevel.UNTRUSTED,
                SandboxRuntime.GVISOR, 2, 1, 0.5, 1, Egress.allowing(List.of("api.example.com", "10.20.5.0/24", "0.0.0.0/0")),
                false, List.of(), true, 1000)).id();
        ElementId browser = b.put(new Agent(ElementId.of("agent-browser"), "browser", billing, TrustLevel.REVIEWED,
                SandboxRuntime.GVISOR, 2, 0, 0.5, 1, Egress.OPEN, false, List.of(), false, 1000)).id();
        ElementId payments = b.endpoint("payments", "pay.example.com");
        ElementId corp = b.endpoint("corp", "192.168.10.0/24");
        ElementId database = b.put(new ExternalEndpoint(ElementId.of("ext-db"), "db", "db.internal", "10.40.0.0/16")).id();
        b.connect(orders, ledger, 5432);
        b.connect(ledger, orders, 8080);
        b.connect(orders, billing, 9090);
        b.connect(helper, payments, 443);
        b.connect(helper, orders, 8000);
        b.connect(browser, ledger, 8443);
        b.connect(corp, billing, 8443);
        b.connect(billing, database, 5432);
        return b.build();
    }

    private static Model clashingAgents() {
        TestModels b = TestModels.builder();
        ElementId dev = b.environment("dev", EnvironmentKind.DEV, Criticality.LOW);
        ElementId cluster = b.cluster(dev, "shared", Provider.GKE);
        b.pool(cluster, "pool", 8, 32, 1, 10);
        ElementId lab = b.tenant(cluster, "lab", TenantKind.UNTRUSTED_CODE, new ResourceDemand(0, 0, 0, 0));
        ElementId other = b.tenant(cluster, "other", TenantKind.INTERNAL_TEAM, new ResourceDemand(1, 1, 1, 0));
        ElementId first = b.put(new Agent(ElementId.of("agent-1"), "Coder", lab, TrustLevel.UNTRUSTED, SandboxRuntime.GVISOR,
                2, 1, 0.25, 0.5, Egress.NONE, false, List.of(), true, 1000)).id();
        ElementId second = b.put(new Agent(ElementId.of("agent-2"), "coder", lab, TrustLevel.UNTRUSTED, SandboxRuntime.GVISOR,
                2, 1, 0.25, 0.5, Egress.allowing(List.of("pypi.org")), false, List.of(), true, 1000)).id();
        b.put(new Agent(ElementId.of("agent-3"), "CODER!", lab, TrustLevel.UNTRUSTED, SandboxRuntime.GVISOR,
                2, 1, 0.25, 0.5, Egress.OPEN, false, List.of(), true, 1000));
        b.connect(second, lab, 8000);
        b.connect(first, other, 7000);
        return b.build();
    }
}

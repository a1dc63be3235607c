package dev.bulkhead.testing;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.Egress;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelSettings;
import dev.bulkhead.model.NodePool;
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
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of valid random models: one environment, one or two clusters, a few tenants and agents. */
public final class ModelArbitraries {
    private ModelArbitraries() {
    }

    /** A random tenant's ingredients, placed later in a cluster. */
    public record TenantSpec(TenantKind kind, double cpu, double memory, int pods, List<AgentSpec> agents, boolean ownPool) {
    }

    /** A random agent's ingredients. */
    public record AgentSpec(TrustLevel trust, SandboxRuntime runtime, int concurrency, int warm, double cpu) {
    }

    public static Arbitrary<TenantSpec> tenants() {
        Arbitrary<AgentSpec> agent = Combinators.combine(Arbitraries.of(TrustLevel.class), Arbitraries.of(SandboxRuntime.class),
                Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 3),
                Arbitraries.of(0.25, 0.5, 1.0)).as(AgentSpec::new);
        return Combinators.combine(Arbitraries.of(TenantKind.class), Arbitraries.doubles().between(0, 24).ofScale(2),
                Arbitraries.doubles().between(0, 64).ofScale(2), Arbitraries.integers().between(0, 200),
                agent.list().ofMaxSize(2), Arbitraries.of(false, false, false, true)).as(TenantSpec::new);
    }

    public static Arbitrary<Model> models() {
        return Combinators.combine(Arbitraries.of(Criticality.class), Arbitraries.integers().between(1, 2),
                Arbitraries.of("aws-us-east-1", "gcp-us-central1", "azure-eastus", "on-prem"),
                tenants().list().ofMinSize(1).ofMaxSize(6), Arbitraries.integers().between(1, 4),
                Arbitraries.of(true, false)).as(ModelArbitraries::build);
    }

    public static Model build(Criticality criticality, int clusters, String profile, List<TenantSpec> tenants, int poolMin,
                       boolean policies) {
        List<Element> elements = new ArrayList<>();
        ElementId env = ElementId.of("env-x");
        elements.add(new Environment(env, "x", EnvironmentKind.PROD, criticality, null, TerraformLayout.DIRECTORIES));
        for (int c = 0; c < clusters; c++) {
            ElementId cluster = ElementId.of("cluster-" + c);
            elements.add(new Cluster(cluster, "c" + c, env, Provider.EKS, "r", SupportTier.STANDARD,
                    EnumSet.allOf(SandboxRuntime.class), policies));
            elements.add(new NodePool(ElementId.of("pool-" + c), "p" + c, cluster, "m6i.xlarge", 4, 16, null, poolMin,
                    10_000, new TreeMap<>(), List.of(), null));
        }
        for (int i = 0; i < tenants.size(); i++) {
            elements.addAll(tenant(tenants.get(i), i, ElementId.of("cluster-" + (i % clusters))));
        }
        return Model.of(ModelSettings.DEFAULT.withPricingProfile(profile), elements, Map.of());
    }

    /** The elements of one tenant (with its agents and, maybe, its own pool) in a cluster. */
    public static List<Element> tenant(TenantSpec spec, int index, ElementId cluster) {
        List<Element> elements = new ArrayList<>();
        ElementId id = ElementId.of("tenant-" + index);
        elements.add(new Tenant(id, "t" + index, cluster, spec.kind(),
                "g", new ResourceDemand(spec.cpu(), spec.memory(), spec.pods(), 0), Map.of(), null));
        for (int a = 0; a < spec.agents().size(); a++) {
            AgentSpec agent = spec.agents().get(a);
            elements.add(new Agent(ElementId.of("agent-" + index + "-" + a), "a", id, agent.trust(), agent.runtime(),
                    agent.concurrency(), agent.warm(), agent.cpu(), agent.cpu() * 2, Egress.NONE, false, List.of(), false, 1000));
        }
        if (spec.ownPool()) {
            elements.add(new NodePool(ElementId.of("pool-own-" + index), "own" + index, cluster, "m6i.xlarge", 4, 16, null,
                    1, 10_000, new TreeMap<>(), List.of(), id));
        }
        return elements;
    }
}

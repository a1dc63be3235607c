package dev.bulkhead.testing;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.Egress;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementLayout;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelSettings;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Protocol;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.SupportTier;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.model.TerraformLayout;
import dev.bulkhead.model.TrustLevel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A fluent builder of test models with readable ids ({@code tenant-payments}). */
public final class TestModels {
    private final List<Element> elements = new ArrayList<>();
    private final Map<ElementId, ElementLayout> layout = new LinkedHashMap<>();
    private ModelSettings settings = ModelSettings.DEFAULT.withName("Test model");

    public static TestModels builder() {
        return new TestModels();
    }

    /** One prod environment, one EKS cluster with a shared pool, two tenants. */
    public static Model small() {
        TestModels b = builder();
        ElementId prod = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
        ElementId cluster = b.cluster(prod, "eks-prod", Provider.EKS);
        b.pool(cluster, "general", 4, 16, 3, 20);
        ElementId search = b.tenant(cluster, "search", TenantKind.INTERNAL_TEAM, new ResourceDemand(4, 8, 40, 50));
        ElementId payments = b.tenant(cluster, "payments", TenantKind.REGULATED, new ResourceDemand(8, 16, 120, 200));
        b.connect(search, payments, 443);
        return b.build();
    }

    public TestModels settings(ModelSettings newSettings) {
        settings = newSettings;
        return this;
    }

    public ElementId environment(String name, EnvironmentKind kind, Criticality criticality) {
        return add(new Environment(ElementId.of("env-" + name), name, kind, criticality, null, TerraformLayout.DIRECTORIES));
    }

    public ElementId cluster(ElementId environment, String name, Provider provider) {
        return add(new Cluster(ElementId.of("cluster-" + name), name, environment, provider, "us-east-1",
                SupportTier.STANDARD, EnumSet.of(SandboxRuntime.RUNC, SandboxRuntime.GVISOR), true));
    }

    public ElementId pool(ElementId cluster, String name, double vcpu, double memoryGiB, int min, int max) {
        return add(new NodePool(ElementId.of("pool-" + name), name, cluster, "m6i.xlarge", vcpu, memoryGiB, null, min, max,
                new TreeMap<>(), List.of(), null));
    }

    public ElementId tenant(ElementId cluster, String name, TenantKind kind, ResourceDemand demand) {
        return add(new Tenant(ElementId.of("tenant-" + name), name, cluster, kind, "team-" + name, demand, Map.of(), null));
    }

    public ElementId tenant(ElementId cluster, String name, TenantKind kind, ResourceDemand demand, TenancyOption option) {
        return add(new Tenant(ElementId.of("tenant-" + name), name, cluster, kind, "team-" + name, demand, Map.of(), option));
    }

    public ElementId agent(ElementId tenant, String name, TrustLevel trust, SandboxRuntime runtime) {
        return add(new Agent(ElementId.of("agent-" + name), name, tenant, trust, runtime, 4, 1, 0.5, 1.0,
                Egress.NONE, false, List.of(), false, 1000));
    }

    public ElementId endpoint(String name, String address) {
        return add(new ExternalEndpoint(ElementId.of("ext-" + name), name, address));
    }

    public ElementId connect(ElementId from, ElementId to, int port) {
        return add(new Connection(ElementId.of("conn-" + from.value() + "-" + to.value() + "-" + port), "traffic",
                from, to, port, Protocol.TCP));
    }

    public <E extends Element> E put(E element) {
        add(element);
        return element;
    }

    public TestModels place(ElementId id, ElementLayout elementLayout) {
        layout.put(id, elementLayout);
        return this;
    }

    public Model build() {
        return Model.of(settings, elements, layout);
    }

    private ElementId add(Element element) {
        elements.add(element);
        return element.id();
    }
}

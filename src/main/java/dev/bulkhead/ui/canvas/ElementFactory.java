package dev.bulkhead.ui.canvas;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.Egress;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementKind;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Protocol;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.SupportTier;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.model.TerraformLayout;
import dev.bulkhead.model.TrustLevel;
import dev.bulkhead.reference.InstanceType;
import dev.bulkhead.reference.PricingProfile;
import dev.bulkhead.reference.ReferenceData;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * New elements with sensible defaults: names unique among their siblings, clusters and pools on the model's
 * pricing profile, agents treated as running untrusted code until told otherwise (the safe assumption).
 */
public final class ElementFactory {
    private final Model model;
    private final PricingProfile profile;

    public ElementFactory(Model model) {
        this.model = model;
        this.profile = ReferenceData.bundled().profile(model.settings().pricingProfile())
                .orElseGet(() -> ReferenceData.bundled().profiles().values().iterator().next());
    }

    /** A new element of a kind inside a container (null for top-level kinds). */
    public Element create(ElementKind kind, ElementId parent) {
        ElementId id = ElementId.generate(kind.idPrefix());
        return switch (kind) {
            case ENVIRONMENT -> new Environment(id, unique(null, "environment"), EnvironmentKind.OTHER, Criticality.MEDIUM,
                    null, TerraformLayout.DIRECTORIES);
            case CLUSTER -> new Cluster(id, unique(parent, "cluster"), parent, profile.provider(), profile.region(),
                    SupportTier.STANDARD, EnumSet.of(SandboxRuntime.RUNC, SandboxRuntime.GVISOR), true);
            case NODE_POOL -> pool(ElementId.generate("pool"), parent, unique(parent, "pool"), 1, 10);
            case TENANT -> {
                String name = unique(parent, "tenant");
                yield new Tenant(id, name, parent, TenantKind.INTERNAL_TEAM, "team-" + name, new ResourceDemand(1, 2, 10, 10),
                        Map.of(), null);
            }
            case AGENT -> {
                Cluster cluster = model.clusterOf(parent).orElse(null);
                SandboxRuntime runtime = cluster != null && cluster.sandboxRuntimes().contains(SandboxRuntime.GVISOR)
                        ? SandboxRuntime.GVISOR : SandboxRuntime.RUNC;
                yield new Agent(id, unique(parent, "agent"), parent, TrustLevel.UNTRUSTED, runtime, 2, 1, 0.5, 1, Egress.NONE,
                        false, List.of(), true, 1000);
            }
            case EXTERNAL_ENDPOINT -> new ExternalEndpoint(id, unique(null, "external-api"), "api.example.com");
            case CONNECTION -> throw new IllegalArgumentException("connections are drawn between two elements");
        };
    }

    /** The node pool a new cluster starts with, so that it can be costed at once. */
    public NodePool firstPool(ElementId cluster) {
        return pool(ElementId.generate("pool"), cluster, "general", 3, 20);
    }

    /** A connection from one element to another, HTTPS by default. */
    public Connection connection(ElementId from, ElementId to) {
        return new Connection(ElementId.generate("conn"), "traffic", from, to, 443, Protocol.TCP);
    }

    private NodePool pool(ElementId id, ElementId cluster, String name, int min, int max) {
        InstanceType type = profile.instances().get(0);
        return new NodePool(id, name, cluster, type.type(), type.vcpu(), type.memoryGiB(), null, min, max, new TreeMap<>(),
                List.of(), null);
    }

    /** {@code base}, or {@code base-2}, {@code base-3}... so that no sibling has the same name. */
    private String unique(ElementId parent, String base) {
        Set<String> taken = new HashSet<>();
        List<Element> siblings = parent == null ? model.elements().values().stream().filter(e -> e.parentId() == null).toList()
                : model.children(parent);
        siblings.forEach(e -> taken.add(e.name()));
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}

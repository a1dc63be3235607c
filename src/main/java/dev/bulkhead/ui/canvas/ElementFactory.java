package dev.bulkhead.ui.canvas;

import dev.bulkhead.analysis.KubernetesNames;
import dev.bulkhead.analysis.SandboxChoice;
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
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * New elements with sensible defaults: numbered names unique in the model ("tenant 3"; tenants of one name in
 * several environments are one tenant, so a new one must not take an existing name), an owner group of each
 * tenant's own, clusters and pools on the model's pricing profile, and agents treated as running untrusted code
 * (the safe assumption) under the strongest sandbox their cluster offers.
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
            case ENVIRONMENT -> new Environment(id, numbered(kind, "environment"), EnvironmentKind.OTHER, Criticality.MEDIUM,
                    null, TerraformLayout.DIRECTORIES);
            case CLUSTER -> new Cluster(id, numbered(kind, "cluster"), parent, profile.provider(), profile.region(),
                    SupportTier.STANDARD, EnumSet.of(SandboxRuntime.RUNC, SandboxRuntime.GVISOR), true);
            case NODE_POOL -> pool(ElementId.generate("pool"), parent, numbered(kind, "pool"), 1, 10);
            case TENANT -> {
                String name = numbered(kind, "tenant");
                yield new Tenant(id, name, parent, TenantKind.INTERNAL_TEAM, ownerGroupFor(name), new ResourceDemand(1, 2, 10, 10),
                        Map.of(), null);
            }
            case AGENT -> new Agent(id, numbered(kind, "agent"), parent, TrustLevel.UNTRUSTED,
                    strongestSandbox(model.clusterOf(parent).orElse(null)), 2, 1, 0.5, 1, Egress.NONE, false, List.of(), true, 1000);
            case EXTERNAL_ENDPOINT -> new ExternalEndpoint(id, numbered(kind, "external API"), "api.example.com");
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

    /** {@code "tenant 3"} for the third tenant, or the next number no element of the kind has taken. */
    private String numbered(ElementKind kind, String base) {
        Set<String> taken = new HashSet<>();
        model.elements().values().stream().filter(e -> e.kind() == kind).forEach(e -> taken.add(e.name()));
        int n = taken.size() + 1;
        while (taken.contains(base + " " + n)) {
            n++;
        }
        return base + " " + n;
    }

    /**
     * {@code payments-owners} for tenant "payments", with a number when another tenant already has that group:
     * a group shared by two tenants would get admin rights in both.
     */
    private String ownerGroupFor(String tenantName) {
        Set<String> taken = new HashSet<>();
        model.all(Tenant.class).forEach(t -> taken.add(t.ownerGroup()));
        String base = KubernetesNames.label(tenantName) + "-owners";
        String group = base;
        for (int n = 2; taken.contains(group); n++) {
            group = base + "-" + n;
        }
        return group;
    }

    /** The strongest sandbox the agent's cluster offers (runc when it offers none, or there is no cluster yet). */
    static SandboxRuntime strongestSandbox(Cluster cluster) {
        if (cluster == null) {
            return SandboxRuntime.RUNC;
        }
        // Among equally strong runtimes the first in declaration order, the one with the lighter start-up.
        return cluster.sandboxRuntimes().stream().max(Comparator.comparingInt((SandboxRuntime r) -> SandboxChoice.of(r).strength())
                .thenComparing(Comparator.comparingInt(SandboxRuntime::ordinal).reversed())).orElse(SandboxRuntime.RUNC);
    }
}

package dev.bulkhead.analysis;

import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Kubernetes namespace of every tenant, from the model's namespace pattern. Names that collide after
 * conversion to DNS-1123 are told apart deterministically (environments, clusters and tenants in id order:
 * the first keeps the name, the next get {@code -2}, {@code -3}) and reported; a name that hits a system
 * namespace is an error. Unique across the whole model, not just per cluster, so that an export's
 * manifests build together at every level.
 */
public final class TenantNamespaces {
    private final Map<ElementId, String> namespaces;
    private final List<Finding> findings;

    private TenantNamespaces(Map<ElementId, String> namespaces, List<Finding> findings) {
        this.namespaces = Collections.unmodifiableMap(namespaces);
        this.findings = List.copyOf(findings);
    }

    /** Plans the namespaces of every tenant of a model. */
    public static TenantNamespaces of(Model model) {
        Map<ElementId, String> namespaces = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        plan(model, namespaces, findings, KubernetesNames::namespace);
        return new TenantNamespaces(namespaces, findings);
    }

    /** Computes the namespace a tenant wants before clashes are resolved. */
    @FunctionalInterface
    interface Namer {
        String namespace(String pattern, String tenant, String environment, String cluster);
    }

    /** Plans the namespaces of every tenant into {@code namespaces}, reporting clashes. */
    static void plan(Model model, Map<ElementId, String> namespaces, List<Finding> findings, Namer namer) {
        String pattern = model.settings().namespacePattern();
        Set<String> taken = new HashSet<>();
        Map<String, Tenant> firstHolder = new HashMap<>();
        for (Environment environment : model.all(Environment.class)) {
            for (Cluster cluster : model.children(environment.id(), Cluster.class)) {
                for (Tenant tenant : model.children(cluster.id(), Tenant.class)) {
                    plan(pattern, environment, cluster, tenant, taken, firstHolder, namespaces, findings, namer);
                }
            }
        }
    }

    private static void plan(String pattern, Environment environment, Cluster cluster, Tenant tenant, Set<String> taken,
                             Map<String, Tenant> firstHolder, Map<ElementId, String> namespaces, List<Finding> findings,
                             Namer namer) {
        String wanted = namer.namespace(pattern, tenant.name(), environment.name(), cluster.name());
        if (KubernetesNames.SYSTEM_NAMESPACES.contains(wanted)) {
            findings.add(Finding.error(FindingCode.SYSTEM_NAMESPACE, tenant.id(), "tenant '" + tenant.name()
                    + "' would get the system namespace '" + wanted + "'; rename the tenant or change the "
                    + "namespace pattern"));
        }
        String name = KubernetesNames.unique(taken, wanted);
        if (!name.equals(wanted)) {
            findings.add(Finding.warning(FindingCode.NAMESPACE_COLLISION, tenant.id(), "tenant '" + tenant.name()
                    + "' (" + environment.name() + ") and tenant '" + firstHolder.get(wanted).name()
                    + "' both map to namespace '" + wanted + "'; this one gets '" + name
                    + "'. Rename one of them to choose the names yourself"));
        }
        firstHolder.putIfAbsent(wanted, tenant);
        namespaces.put(tenant.id(), name);
    }

    /** The namespace of a tenant. */
    public String of(ElementId tenant) {
        String name = namespaces.get(tenant);
        if (name == null) {
            throw new IllegalArgumentException("no tenant " + tenant);
        }
        return name;
    }

    /** Collisions and system-namespace clashes found while naming. */
    public List<Finding> findings() {
        return findings;
    }
}

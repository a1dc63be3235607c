package dev.bulkhead.analysis;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.EgressMode;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Tenant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules that a model must follow to be costed and exported, beyond the structural rules the model itself
 * enforces: every cluster can run its tenants, agents use runtimes their cluster offers, namespaces are
 * valid and unique, and obvious exfiltration paths are flagged.
 */
public final class ModelChecks {
    private ModelChecks() {
    }

    /** All findings of these rules, in {@link Finding#ORDER}. */
    public static List<Finding> run(Model model) {
        List<Finding> findings = new ArrayList<>();
        for (Environment environment : model.all(Environment.class)) {
            findings.addAll(forEnvironment(model, environment));
        }
        forNamespaces(model, KubernetesNames::namespace, findings);
        forOwnerGroups(model, findings);
        checkConnections(model, findings);
        findings.sort(Finding.ORDER);
        return findings;
    }

    /** The findings about one environment and everything in it. */
    static List<Finding> forEnvironment(Model model, Environment environment) {
        List<Finding> findings = new ArrayList<>();
        if (model.children(environment.id()).isEmpty()) {
            findings.add(Finding.info(FindingCode.ENVIRONMENT_EMPTY, environment.id(), "environment '" + environment.name()
                    + "' has no cluster yet; add one to cost it"));
        }
        for (Element element : model.children(environment.id())) {
            if (element instanceof Cluster cluster) {
                findings.addAll(forCluster(model, cluster));
            }
        }
        return findings;
    }

    /** Namespace clashes and system namespaces among all tenants. */
    static void forNamespaces(Model model, TenantNamespaces.Namer namer, List<Finding> findings) {
        TenantNamespaces.plan(model, new HashMap<>(), findings, namer);
    }

    /**
     * Owner groups shared by tenants of different names, anywhere in the model. The export binds each tenant's
     * owner group to admin in the tenant's namespaces, so a shared group reaches into every tenant that names it.
     * Boxes with the same name in different environments are one tenant's stages and may share their group.
     */
    static void forOwnerGroups(Model model, List<Finding> findings) {
        // Hashed, and sorted only where a group is shared: this runs on every edit of a model of thousands of tenants.
        Map<String, String> aNameOfGroup = new java.util.HashMap<>();
        java.util.Set<String> sharedGroups = new java.util.HashSet<>();
        for (Tenant tenant : model.all(Tenant.class)) {
            String before = aNameOfGroup.putIfAbsent(tenant.ownerGroup(), tenant.name());
            if (before != null && !before.equals(tenant.name())) {
                sharedGroups.add(tenant.ownerGroup());
            }
        }
        if (sharedGroups.isEmpty()) {
            return;
        }
        Map<String, java.util.SortedSet<String>> namesByGroup = new java.util.HashMap<>();
        for (Tenant tenant : model.all(Tenant.class)) {
            if (sharedGroups.contains(tenant.ownerGroup())) {
                namesByGroup.computeIfAbsent(tenant.ownerGroup(), group -> new java.util.TreeSet<>()).add(tenant.name());
            }
        }
        for (Tenant tenant : model.all(Tenant.class)) {
            java.util.SortedSet<String> names = namesByGroup.get(tenant.ownerGroup());
            if (names != null) {
                List<String> others = names.stream().filter(name -> !name.equals(tenant.name())).map(name -> "'" + name + "'").toList();
                findings.add(Finding.warning(FindingCode.SHARED_OWNER_GROUP, tenant.id(), "tenant '" + tenant.name()
                        + "' shares owner group '" + tenant.ownerGroup() + "' with " + String.join(", ", others)
                        + ", so that group gets admin rights in all their namespaces; give each tenant a group of its own"));
            }
        }
    }

    /** The findings about one cluster and everything in it. */
    static List<Finding> forCluster(Model model, Cluster cluster) {
        List<Finding> findings = new ArrayList<>();
        checkCluster(model, cluster, findings);
        for (Element child : model.children(cluster.id())) {
            if (child instanceof Tenant tenant) {
                checkOwnerGroup(tenant, findings);
                checkTenantRuntime(cluster, tenant, findings);
            }
            for (Element grandchild : model.children(child.id())) {
                if (grandchild instanceof Agent agent) {
                    checkAgent(cluster, agent, findings);
                }
            }
        }
        return findings;
    }

    /** The findings about connections alone. */
    static List<Finding> forConnections(Model model) {
        List<Finding> findings = new ArrayList<>();
        checkConnections(model, findings);
        return findings;
    }

    private static void checkCluster(Model model, Cluster cluster, List<Finding> findings) {
        List<NodePool> pools = model.children(cluster.id(), NodePool.class);
        List<Tenant> tenants = model.children(cluster.id(), Tenant.class);
        if (pools.isEmpty()) {
            findings.add(Finding.error(FindingCode.CLUSTER_WITHOUT_POOL, cluster.id(), "cluster '" + cluster.name()
                    + "' has no node pool; add one so that Bulkhead can size and price its nodes"));
            return;
        }
        boolean hasShared = pools.stream().anyMatch(NodePool::isShared);
        if (!hasShared) {
            for (Tenant tenant : tenants) {
                if (pools.stream().noneMatch(pool -> tenant.id().equals(pool.dedicatedTo()))) {
                    findings.add(Finding.error(FindingCode.TENANT_WITHOUT_NODES, tenant.id(), "tenant '" + tenant.name()
                            + "' has no node pool to run on: cluster '" + cluster.name()
                            + "' has only dedicated pools; add a shared pool or one dedicated to this tenant"));
                }
            }
        }
    }

    /**
     * Kubernetes' own groups ({@code system:authenticated}, {@code system:masters}, ...) name identities across
     * the whole cluster: binding a tenant's role to one would hand the tenant's namespace to all of them.
     */
    private static void checkOwnerGroup(Tenant tenant, List<Finding> findings) {
        if (tenant.ownerGroup().startsWith("system:")) {
            findings.add(Finding.error(FindingCode.SYSTEM_OWNER_GROUP, tenant.id(), "tenant '" + tenant.name()
                    + "' names the Kubernetes group '" + tenant.ownerGroup() + "' as its owner, which would grant its "
                    + "namespace to identities across the cluster; set the tenant's own group, such as '"
                    + KubernetesNames.label(tenant.name()) + "-owners'"));
        }
    }

    /** A tenant's own pods under a runtime the cluster lacks would not start: the score and bill assume they do. */
    private static void checkTenantRuntime(Cluster cluster, Tenant tenant, List<Finding> findings) {
        if (!cluster.sandboxRuntimes().contains(tenant.runtime())) {
            findings.add(Finding.error(FindingCode.TENANT_RUNTIME_UNAVAILABLE, tenant.id(), "tenant '" + tenant.name()
                    + "' runs its pods under " + tenant.runtime().label() + ", which cluster '" + cluster.name()
                    + "' does not offer; add the runtime to the cluster or pick one it has"));
        }
    }

    private static void checkAgent(Cluster cluster, Agent agent, List<Finding> findings) {
        if (!cluster.sandboxRuntimes().contains(agent.runtime())) {
            findings.add(Finding.error(FindingCode.AGENT_RUNTIME_UNAVAILABLE, agent.id(), "agent '" + agent.name() + "' runs under "
                    + agent.runtime().label() + ", which cluster '" + cluster.name()
                    + "' does not offer; add the runtime to the cluster or pick one it has"));
        }
        if (agent.secretsAccess() && agent.egress().mode() == EgressMode.OPEN) {
            findings.add(Finding.warning(FindingCode.OPEN_EGRESS_WITH_SECRETS, agent.id(), "agent '" + agent.name()
                    + "' can read secrets and send traffic anywhere, so a prompt injection can exfiltrate them; "
                    + "limit its egress to an allow-list"));
        }
    }

    private static void checkConnections(Model model, List<Finding> findings) {
        Map<String, Connection> seen = new HashMap<>();
        for (Connection connection : model.all(Connection.class)) {
            String key = connection.from() + ">" + connection.to() + ":" + connection.portLabel();
            Connection first = seen.putIfAbsent(key, connection);
            if (first != null) {
                findings.add(Finding.info(FindingCode.CONNECTION_DUPLICATE, connection.id(), "connection '" + connection.name()
                        + "' allows the same traffic as '" + first.name() + "' (" + connection.portLabel()
                        + "); one of them can go"));
            }
        }
    }
}

package dev.bulkhead.export.report;

import dev.bulkhead.analysis.Placement;
import dev.bulkhead.export.PlacementPlan;
import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.export.terraform.TerraformExporter;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Tenant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The clusters the exported placement needs that the Kubernetes export does not create: one per tenant it gives a
 * dedicated cluster. The Kubernetes export writes such a tenant's objects for a cluster that must already exist; the
 * Terraform export writes a root of its own per dedicated tenant that creates the cluster (TerraformExporter's
 * dedicated root: the cluster module of its provider, its node pools, the tenant's namespace). Review R12j: the bank's
 * report recommended a dedicated cluster for its PCI tenant and never said that the export it lists does not make it.
 *
 * @param tenant  the tenant as the report names it ("prod / payments")
 * @param cluster the name the Terraform export gives its cluster
 * @param module  the cluster module the Terraform export's root calls for it ("modules/cluster-gke")
 * @param folder  the Kubernetes export's folder of the tenant's objects, to apply once the cluster exists, or ""
 */
record ClustersToCreate(String tenant, String cluster, String module, String folder) {
    /** The dedicated clusters of {@code plan} among the tenants of {@code environment} (null: every environment). */
    static List<ClustersToCreate> of(PlacementPlan plan, Environment environment, Function<ElementId, String> path,
                                     List<String> kubernetesFiles) {
        List<ClustersToCreate> clusters = new ArrayList<>();
        for (Tenant tenant : plan.analysis().model().all(Tenant.class)) {
            TenantPlan planned = plan.tenant(tenant.id());
            if (planned.placement() != Placement.DEDICATED
                    || environment != null && !planned.environment().id().equals(environment.id())) {
                continue;
            }
            clusters.add(new ClustersToCreate(path.apply(tenant.id()),
                    planned.dedicatedClusterName(),
                    TerraformExporter.clusterModule(planned.cluster().provider()), folderOf(planned.namespace(), kubernetesFiles)));
        }
        clusters.sort(Comparator.comparing(ClustersToCreate::tenant));
        return clusters;
    }

    /** The folder ("prod/dedicated-payments-prod/") of the Kubernetes export's files for a dedicated tenant's namespace. */
    private static String folderOf(String namespace, List<String> files) {
        String segment = "/dedicated-" + namespace + "/";
        return files.stream().filter(file -> file.contains(segment)).findFirst()
                .map(file -> file.substring(0, file.indexOf(segment) + segment.length())).orElse("");
    }

    /**
     * The summary's sentence: which clusters the Kubernetes export leaves to be created, and that the Terraform export
     * creates them; null when there are none.
     */
    static String summary(List<ClustersToCreate> clusters) {
        if (clusters.isEmpty()) {
            return null;
        }
        boolean one = clusters.size() == 1;
        // One is named; several are counted, the artefacts naming each (the title page has room for what, not which).
        return "the Terraform export must create " + (one ? "the dedicated cluster of " + clusters.get(0).tenant
                : "the mix's " + clusters.size() + " dedicated clusters") + "; the Kubernetes export does not.";
    }

    /**
     * The artefacts section's sentence: what the listed files leave to be created, what the Terraform export writes for
     * it and the command that writes it; null when there is nothing to create.
     */
    static String artefacts(List<ClustersToCreate> clusters, String terraformCommand) {
        if (clusters.isEmpty()) {
            return null;
        }
        boolean one = clusters.size() == 1;
        List<String> each = clusters.stream().map(c -> c.tenant + " (cluster " + c.cluster + ", calling " + c.module
                + (c.folder.isEmpty() ? "" : "; its objects here are under " + c.folder) + ")").toList();
        return "These files do not create " + (one ? "the dedicated cluster" : "the " + clusters.size() + " dedicated clusters")
                + " the mix needs; they hold " + (one ? "its tenant's" : "each tenant's") + " objects, to apply once "
                + (one ? "it exists" : "its cluster exists") + ". The Terraform export creates " + (one ? "it" : "them") + ": "
                + terraformCommand + " writes, for each tenant on a dedicated cluster, a root of its own "
                + "(envs/ENV/dedicated-NAMESPACE/) with the cluster, its node pools and the tenant's namespace, its account and "
                + "network left to fill in (its terraform.tfvars.example): " + String.join("; ", each) + ".";
    }
}

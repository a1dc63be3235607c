package dev.bulkhead.export;

import java.util.Locale;

/** Who applies the tenants of a Terraform export's clusters. */
public enum TenantsMode {
    /** Terraform: the Kubernetes provider's {@code *_v1} resources and vCluster {@code helm_release}s. */
    TERRAFORM,
    /** The GitOps tool the Kubernetes export targets (Flux), bootstrapped by Terraform on each cluster. */
    GITOPS,
    /** Nobody here: Terraform keeps to the clusters. */
    NONE;

    /** As {@code --tenants} spells it. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

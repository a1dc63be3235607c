package dev.bulkhead.export.terraform;

import dev.bulkhead.export.LayoutChoice;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.model.TerraformLayout;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which Terraform layout suits a model, and why. Directories when the environments need separate state and
 * credentials (regulated tenants or external customers, a production environment, environments of different
 * criticality or on different providers' accounts); workspaces when they are short-lived identical copies under
 * one set of credentials. The environments' layout preference in the model overrides the recommendation when they
 * agree; when they disagree, directories (a workspace cannot give one environment credentials of its own).
 *
 * @param layout the layout to write
 * @param reason one sentence for the README and the export dialog
 */
public record LayoutAdvice(TerraformLayout layout, String reason) {
    /** HashiCorp's caveat on workspaces as the export's README quotes it, with its source (lessons cite it too). */
    public static final String WORKSPACES_CITATION = "\"" + TerraformReadme.WORKSPACES_CAVEAT
            + "\" (HashiCorp, Workspaces, developer.hashicorp.com/terraform/language/state/workspaces)";

    /** What to write for this choice; the model's preference is consulted only for {@link LayoutChoice#RECOMMENDED}. */
    public static LayoutAdvice of(Model model, List<Environment> environments, LayoutChoice choice) {
        if (choice == LayoutChoice.DIRECTORIES) {
            return new LayoutAdvice(TerraformLayout.DIRECTORIES, "chosen for this export.");
        }
        if (choice == LayoutChoice.WORKSPACES) {
            return new LayoutAdvice(TerraformLayout.WORKSPACES, "chosen for this export.");
        }
        LayoutAdvice recommended = recommend(model, environments);
        Set<TerraformLayout> preferred = environments.stream().map(Environment::terraformLayout).collect(Collectors.toSet());
        if (preferred.size() > 1) {
            return new LayoutAdvice(TerraformLayout.DIRECTORIES, "the environments' layout preferences differ, and only "
                    + "directories can give an environment state and credentials of its own.");
        }
        if (preferred.size() == 1 && !preferred.contains(recommended.layout())) {
            TerraformLayout preference = preferred.iterator().next();
            return new LayoutAdvice(preference, "the model's environments prefer " + name(preference) + ", which overrides "
                    + "Bulkhead's recommendation of " + name(recommended.layout()) + " (" + recommended.reason().replaceAll("\\.$", "")
                    + ").");
        }
        return recommended;
    }

    /** Bulkhead's own recommendation, before the model's preference. */
    static LayoutAdvice recommend(Model model, List<Environment> environments) {
        for (Environment environment : environments) {
            for (Cluster cluster : model.children(environment.id(), Cluster.class)) {
                for (Tenant tenant : model.children(cluster.id(), Tenant.class)) {
                    if (tenant.tenantKind() == TenantKind.REGULATED || tenant.tenantKind() == TenantKind.EXTERNAL_CUSTOMER) {
                        return new LayoutAdvice(TerraformLayout.DIRECTORIES, "tenant '" + tenant.name() + "' ("
                                + tenant.tenantKind().label() + ") needs each environment to have state and credentials of its own.");
                    }
                }
            }
        }
        if (environments.stream().anyMatch(e -> e.environmentKind() == EnvironmentKind.PROD)) {
            return new LayoutAdvice(TerraformLayout.DIRECTORIES, "production needs state, credentials and access controls "
                    + "of its own.");
        }
        if (environments.stream().map(Environment::criticality).distinct().count() > 1) {
            return new LayoutAdvice(TerraformLayout.DIRECTORIES, "the environments differ in criticality, so they need "
                    + "separate credentials and access controls.");
        }
        Set<Provider> providers = environments.stream().flatMap(e -> model.children(e.id(), Cluster.class).stream())
                .map(Cluster::provider).collect(Collectors.toSet());
        if (providers.size() > 1) {
            return new LayoutAdvice(TerraformLayout.DIRECTORIES, "the environments run on different providers' accounts.");
        }
        return new LayoutAdvice(TerraformLayout.WORKSPACES, "the environments are alike copies of one criticality under "
                + "one set of credentials, which is what workspaces are for.");
    }

    private static String name(TerraformLayout layout) {
        return layout.name().toLowerCase(Locale.ROOT);
    }
}

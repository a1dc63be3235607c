package dev.bulkhead.export;

import dev.bulkhead.model.ElementId;
import java.util.Objects;

/**
 * What the user chose for one export.
 *
 * @param choice      how tenants are placed
 * @param environment only this environment, or null for all
 * @param edition     which vCluster the export may rely on
 * @param policies    how egress to host names is written
 * @param layout      how a Terraform export organises environments (other targets ignore it)
 * @param tenants     who applies the tenants of a Terraform export's clusters (other targets ignore it)
 */
public record ExportSettings(ExportChoice choice, ElementId environment, VClusterEdition edition, PolicyFlavour policies,
                             LayoutChoice layout, TenantsMode tenants) {
    public ExportSettings {
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(tenants, "tenants");
    }

    /**
     * The defaults for a choice: every environment, the open-source vCluster, plain NetworkPolicy, the recommended
     * layout, tenants by Terraform.
     */
    public static ExportSettings of(ExportChoice choice) {
        return new ExportSettings(choice, null, VClusterEdition.OPEN_SOURCE, PolicyFlavour.KUBERNETES, LayoutChoice.RECOMMENDED,
                TenantsMode.TERRAFORM);
    }

    /** The same settings for one environment (null for all). */
    public ExportSettings forEnvironment(ElementId only) {
        return new ExportSettings(choice, only, edition, policies, layout, tenants);
    }

    /** The same settings with another vCluster edition. */
    public ExportSettings withEdition(VClusterEdition newEdition) {
        return new ExportSettings(choice, environment, newEdition, policies, layout, tenants);
    }

    /** The same settings with another way of writing host names. */
    public ExportSettings withPolicies(PolicyFlavour newPolicies) {
        return new ExportSettings(choice, environment, edition, newPolicies, layout, tenants);
    }

    /** The same settings with another Terraform layout. */
    public ExportSettings withLayout(LayoutChoice newLayout) {
        return new ExportSettings(choice, environment, edition, policies, newLayout, tenants);
    }

    /** The same settings with another way of applying tenants. */
    public ExportSettings withTenants(TenantsMode newTenants) {
        return new ExportSettings(choice, environment, edition, policies, layout, newTenants);
    }
}

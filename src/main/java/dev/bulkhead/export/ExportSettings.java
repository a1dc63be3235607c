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
 */
public record ExportSettings(ExportChoice choice, ElementId environment, VClusterEdition edition, PolicyFlavour policies) {
    public ExportSettings {
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(policies, "policies");
    }

    /** The defaults for a choice: every environment, the open-source vCluster, plain NetworkPolicy. */
    public static ExportSettings of(ExportChoice choice) {
        return new ExportSettings(choice, null, VClusterEdition.OPEN_SOURCE, PolicyFlavour.KUBERNETES);
    }

    /** The same settings for one environment (null for all). */
    public ExportSettings forEnvironment(ElementId only) {
        return new ExportSettings(choice, only, edition, policies);
    }

    /** The same settings with another vCluster edition. */
    public ExportSettings withEdition(VClusterEdition newEdition) {
        return new ExportSettings(choice, environment, newEdition, policies);
    }

    /** The same settings with another way of writing host names. */
    public ExportSettings withPolicies(PolicyFlavour newPolicies) {
        return new ExportSettings(choice, environment, edition, newPolicies);
    }
}

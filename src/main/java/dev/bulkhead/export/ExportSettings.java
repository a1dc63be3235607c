package dev.bulkhead.export;

import dev.bulkhead.model.ElementId;
import java.util.Objects;

/**
 * What the user chose for one export.
 *
 * @param choice      how tenants are placed
 * @param environment only this environment, or null for all
 * @param edition     which vCluster the export may rely on
 */
public record ExportSettings(ExportChoice choice, ElementId environment, VClusterEdition edition) {
    public ExportSettings {
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(edition, "edition");
    }

    /** The defaults for a choice: every environment, the open-source vCluster. */
    public static ExportSettings of(ExportChoice choice) {
        return new ExportSettings(choice, null, VClusterEdition.OPEN_SOURCE);
    }

    /** The same settings for one environment (null for all). */
    public ExportSettings forEnvironment(ElementId only) {
        return new ExportSettings(choice, only, edition);
    }

    /** The same settings with another vCluster edition. */
    public ExportSettings withEdition(VClusterEdition newEdition) {
        return new ExportSettings(choice, environment, newEdition);
    }
}

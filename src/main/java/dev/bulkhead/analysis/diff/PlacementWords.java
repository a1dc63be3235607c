package dev.bulkhead.analysis.diff;

import dev.bulkhead.analysis.Placement;
import dev.bulkhead.model.TenancyOption;

/**
 * A placement in the words of the compare view ("Namespace", "vCluster", "Dedicated", its column headings), so that a
 * diff names one move one way wherever it shows it: the moved list, the tenant table, an element's option change.
 */
public final class PlacementWords {
    private PlacementWords() {
    }

    /** {@code Namespace}, {@code Namespace on dedicated nodes}, {@code vCluster with private nodes}, {@code Dedicated}. */
    public static String of(Placement placement) {
        String option = placement.option().label();
        if (!placement.ownNodes() || placement.option() == TenancyOption.DEDICATED) {
            return option;
        }
        return option + (placement.option() == TenancyOption.NAMESPACE ? " on dedicated nodes" : " with private nodes");
    }
}

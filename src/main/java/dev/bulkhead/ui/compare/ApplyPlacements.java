package dev.bulkhead.ui.compare;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.diagram.AutoLayout;
import dev.bulkhead.edit.PlacementEdits;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ModelDocument;

/** The compare view's "apply": {@link PlacementEdits} with new node pools placed on the canvas at once. */
public final class ApplyPlacements {
    private ApplyPlacements() {
    }

    /** See {@link PlacementEdits#apply}. */
    public static String apply(ModelDocument document, Analysis analysis, ElementId environment, OptionKey key) {
        return PlacementEdits.apply(document, analysis, environment, key, AutoLayout::placeMissingIn);
    }
}

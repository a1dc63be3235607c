package dev.bulkhead.diagram;

import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;

/** Test models with every element given a position, as the app does on open. */
public final class Placed {
    private Placed() {
    }

    public static Model of(Model model) {
        ModelDocument scratch = new ModelDocument(model);
        scratch.edit("Place", AutoLayout::placeMissingIn);
        return scratch.snapshot();
    }
}

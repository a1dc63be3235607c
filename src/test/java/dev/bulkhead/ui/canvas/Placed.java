package dev.bulkhead.ui.canvas;

import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;

/** Test models with every element given a position, as the app does on open. */
final class Placed {
    private Placed() {
    }

    static Model of(Model model) {
        ModelDocument scratch = new ModelDocument(model);
        scratch.edit("Place", AutoLayout::placeMissingIn);
        return scratch.snapshot();
    }
}

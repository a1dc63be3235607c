package dev.bulkhead.edit;

import dev.bulkhead.model.Transaction;

/**
 * Places elements an edit created without a position. Where things go on a canvas is the diagram's
 * business, so the app hands in its auto-layout; the CLI passes {@link #NONE} and the app places what is
 * missing when the file is next opened (auto-placement never moves what was placed).
 */
@FunctionalInterface
public interface LayoutPlacer {
    /** Leaves new elements unplaced. */
    LayoutPlacer NONE = tx -> { };

    /** Adds a layout entry for every element of the transaction's current state that has none. */
    void placeMissing(Transaction tx);
}

package dev.bulkhead.analysis;

import dev.bulkhead.model.Model;

/**
 * Leaving operations out of a comparison: people's time is costed at zero per hour, the one assumption every
 * operations line multiplies by, so that options are ranked on infrastructure alone. The hours stay visible.
 */
public final class OperationsLeftOut {
    /** The assumption that prices an hour of operations. */
    public static final String RATE = "ops.hourlyRate";

    private OperationsLeftOut() {
    }

    /** The model with operations costed at zero. */
    public static Model apply(Model model) {
        return Model.of(model.settings().withAssumption(RATE, 0.0), model.elements().values(), model.layout());
    }

    /** Whether the model leaves operations out (costs them at zero per hour). */
    public static boolean isOn(Model model) {
        Double rate = model.settings().assumptionOverrides().get(RATE);
        return rate != null && rate == 0;
    }
}

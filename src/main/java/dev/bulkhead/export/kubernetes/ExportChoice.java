package dev.bulkhead.export.kubernetes;

import dev.bulkhead.analysis.OptionKey;

/** Which placement of every tenant an export writes: one option for all, or the recommended mix. */
public enum ExportChoice {
    NAMESPACE(OptionKey.NAMESPACE), VCLUSTER(OptionKey.VCLUSTER), DEDICATED(OptionKey.DEDICATED),
    RECOMMENDED(OptionKey.RECOMMENDED);

    private final OptionKey option;

    ExportChoice(OptionKey option) {
        this.option = option;
    }

    /** The analysis column whose placements are exported. */
    public OptionKey option() {
        return option;
    }
}

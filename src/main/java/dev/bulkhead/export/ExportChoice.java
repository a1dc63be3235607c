package dev.bulkhead.export;

import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import java.util.Locale;

/**
 * Which placement of every tenant an export writes: one option forced on all, the recommended mix, or the
 * design as drawn (each tenant's own option, else its environment's).
 */
public enum ExportChoice {
    NAMESPACE(OptionKey.NAMESPACE), VCLUSTER(OptionKey.VCLUSTER), DEDICATED(OptionKey.DEDICATED),
    RECOMMENDED(OptionKey.RECOMMENDED),
    /** The placements the model assigns: the analysis' "current design" column. */
    AS_MODELLED(OptionKey.CURRENT);

    private final OptionKey option;

    ExportChoice(OptionKey option) {
        this.option = option;
    }

    /** The analysis column whose placements are exported. */
    public OptionKey option() {
        return option;
    }

    /** How the CLI spells it: {@code namespace}, ..., {@code as-modelled}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How the app and the README name it. */
    public String label() {
        return this == AS_MODELLED ? "As modelled" : option.label();
    }

    /**
     * The choice to use when the user names none: the design as drawn when the model assigns an option to any
     * tenant or environment, else the recommended mix.
     */
    public static ExportChoice defaultFor(Model model) {
        boolean assigned = model.all(Tenant.class).stream().anyMatch(t -> t.option() != null)
                || model.all(Environment.class).stream().anyMatch(e -> e.option() != null);
        return assigned ? AS_MODELLED : RECOMMENDED;
    }
}

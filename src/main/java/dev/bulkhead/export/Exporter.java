package dev.bulkhead.export;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.OptionResult;
import java.util.function.DoubleConsumer;

/** Turns an analysed model into the files of one target (Kubernetes manifests, Terraform, ...). */
public interface Exporter {
    /** The target, as {@code --to} names it. */
    ExportTarget target();

    /**
     * Builds the files; writes nothing.
     *
     * @param progress receives the fraction done, 0 to 1, from the calling thread
     * @throws ExportException when the model cannot be exported as it is (its errors, or what the target
     *                         cannot express); the message says what to change
     */
    ExportBundle export(Analysis analysis, ExportSettings settings, DoubleConsumer progress) throws ExportException;

    /** The note every target adds when its placement leaves requirements unmet, or null when it meets them all. */
    static String unmetRequirementsNote(OptionResult option) {
        if (option.failing().isEmpty()) {
            return null;
        }
        int count = option.unmetRequirements();
        return count + (count == 1 ? " tenant's isolation requirements are" : " tenants' isolation requirements are")
                + " not met by this placement; see 'bulkhead compare'";
    }
}

package dev.bulkhead.export;

import dev.bulkhead.analysis.Analysis;
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
}

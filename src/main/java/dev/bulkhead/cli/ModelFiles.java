package dev.bulkhead.cli;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.model.Model;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.persistence.ModelFileException;
import dev.bulkhead.persistence.ModelReader;
import java.nio.file.Path;
import picocli.CommandLine;

/** Loading a model for a command, reporting an unreadable file as one line. */
final class ModelFiles {
    private ModelFiles() {
    }

    /**
     * Reads a model, or prints why it cannot be read and returns null (the command then exits with
     * {@link ExitCodes#USAGE}).
     */
    static Model readOrReport(CommandLine commandLine, Path file) {
        try {
            return new ModelReader().read(file);
        } catch (ModelFileException e) {
            reportError(commandLine, e);
            return null;
        }
    }

    /** Reads and analyses a model, or prints why it cannot be read and returns null. */
    static Analysis analyseOrReport(CommandLine commandLine, Path file) {
        return analyseOrReport(commandLine, file, model -> model);
    }

    /** Reads, adjusts (for example leaves operations out) and analyses a model, or reports why it cannot. */
    static Analysis analyseOrReport(CommandLine commandLine, Path file, java.util.function.UnaryOperator<Model> adjust) {
        Model model = readOrReport(commandLine, file);
        return model == null ? null : new Analyzer(ReferenceData.bundled()).analyze(adjust.apply(model));
    }

    /** Prints an error as one line, with the stack trace under --debug. */
    static void reportError(CommandLine commandLine, Exception e) {
        commandLine.getErr().println("bulkhead: error: " + e.getMessage());
        if (BulkheadCli.isDebug(commandLine)) {
            e.printStackTrace(commandLine.getErr());
        }
    }
}

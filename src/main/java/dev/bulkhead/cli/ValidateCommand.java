package dev.bulkhead.cli;

import dev.bulkhead.analysis.Finding;
import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bulkhead validate FILE}: prints findings; exits 1 when the model has errors. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a model file and print its findings.",
        footer = {"", "Exit status: 0 valid (warnings allowed), 1 the model has errors, 2 usage or unreadable file."})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A .bulkhead.json model file.")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        Analysis analysis = ModelFiles.analyseOrReport(commandLine, file);
        if (analysis == null) {
            return ExitCodes.USAGE;
        }
        List<Finding> findings = analysis.findings();
        PrintWriter out = commandLine.getOut();
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        for (Finding finding : findings) {
            out.printf(Locale.ROOT, "  %-7s %-28s %s%n", finding.severity().name().toLowerCase(Locale.ROOT),
                    "[" + finding.code().id() + "]", finding.message());
        }
        out.printf(Locale.ROOT, "%s: %s (%d %s, %d %s, %d %s)%n", file, errors == 0 ? "valid" : "INVALID",
                errors, errors == 1 ? "error" : "errors", warnings, warnings == 1 ? "warning" : "warnings",
                findings.size() - errors - warnings, findings.size() - errors - warnings == 1 ? "note" : "notes");
        return errors == 0 ? ExitCodes.OK : ExitCodes.MODEL_ERRORS;
    }
}

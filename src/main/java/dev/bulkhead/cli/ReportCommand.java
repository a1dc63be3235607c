package dev.bulkhead.cli;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.export.report.ProposalReport;
import dev.bulkhead.export.report.ReportFiles;
import dev.bulkhead.model.Environment;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bulkhead report FILE --out PATH.pdf|PATH.md|PATH.html [--environment ENV] [--author NAME]}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a proposal report: the diagram, cost versus isolation, the side-by-side table, the "
                + "recommendation per tenant, totals per environment, growth, assumptions with sources, findings and "
                + "what an export would write. PDF, Markdown or self-contained HTML, by --out's extension.",
        // Each footer line is one paragraph that picocli wraps at the terminal's width: a line broken by hand here
        // would print as a break in mid-sentence.
        footer = {"", "Writes only the file --out names (replacing it if it exists), into a folder that must exist; a Markdown "
                + "report NAME.md also writes its pictures beside it: NAME-diagram.svg, NAME-cost-isolation.svg, NAME-growth.svg; a "
                + "report whose appendix lists only a long category's first cost lines writes them all beside it as NAME-cost-lines.csv, and one "
                + "that lists only the first of many blocked connection ends writes each beside it as NAME-blocked-flows.csv.",
                "Exit status: 0 written, 1 written but the model has errors, 2 usage, unreadable model or unwritable file."})
final class ReportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A .bulkhead.json model file.")
    Path file;

    @Option(names = "--out", paramLabel = "PATH", required = true, description = "The report to write: .pdf, .md or .html.")
    Path out;

    @Option(names = {"-e", "--environment"}, paramLabel = "ENV", description = "Report on one environment (name or id).")
    String environment;

    @Option(names = "--author", paramLabel = "NAME", description = "Who prepared it, for the title page (left out when not given).")
    String author;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ScenarioOption scenario = new ScenarioOption();

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        CommandLine commandLine = spec.commandLine();
        ReportFiles.Format kind = ReportFiles.Format.of(out.getFileName() == null ? "" : out.getFileName().toString());
        if (kind == null) {
            throw new CommandLine.ParameterException(commandLine, "--out must end in .pdf, .md or .html, got " + out);
        }
        Path target = OutputFiles.check(commandLine, out);
        Analysis analysis = ModelFiles.analyseOrReport(commandLine, file, m -> scenario.select(commandLine, m));
        if (analysis == null) {
            return ExitCodes.USAGE;
        }
        Environment scope = ScopeOption.resolve(commandLine, analysis.model(), environment);
        ProposalReport report = ProposalReport.of(analysis, scope, author, LocalDate.now());
        String source = file.getFileName().toString();
        java.util.Map<String, byte[]> files = ReportFiles.of(report, source, target.getFileName().toString(), kind);
        if (!OutputFiles.write(commandLine, out, target, files)) {
            return ExitCodes.USAGE;
        }
        commandLine.getOut().println("Wrote " + target + (files.size() > 1 ? " and " + String.join(", ", files.keySet().stream()
                        .filter(name -> !name.equals(target.getFileName().toString())).toList()) + " beside it" : "")
                + " (" + ScenarioOption.describing(analysis.model(), report.scopeLabel().toLowerCase(Locale.ROOT)) + ")");
        if (analysis.hasErrors()) {
            commandLine.getErr().println("bulkhead: the model has errors; the report lists them under Findings (run 'bulkhead "
                    + "validate " + file + "')");
            return ExitCodes.MODEL_ERRORS;
        }
        return ExitCodes.OK;
    }
}

package dev.bulkhead.cli;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.export.report.HtmlReport;
import dev.bulkhead.export.report.MarkdownReport;
import dev.bulkhead.export.report.PdfReport;
import dev.bulkhead.export.report.ProposalReport;
import dev.bulkhead.model.Environment;
import java.nio.charset.StandardCharsets;
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
        footer = {"", "Writes only the file --out names (replacing it if it exists), into a folder that must exist.",
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
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        String kind = name.endsWith(".pdf") ? "pdf" : name.endsWith(".md") || name.endsWith(".markdown") ? "md"
                : name.endsWith(".html") || name.endsWith(".htm") ? "html" : null;
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
        byte[] bytes = switch (kind) {
            case "pdf" -> PdfReport.of(report, source);
            case "md" -> MarkdownReport.of(report, source).getBytes(StandardCharsets.UTF_8);
            default -> HtmlReport.of(report, source).getBytes(StandardCharsets.UTF_8);
        };
        if (!OutputFiles.write(commandLine, out, target, bytes)) {
            return ExitCodes.USAGE;
        }
        commandLine.getOut().println("Wrote " + target + " (" + report.scopeLabel().toLowerCase(Locale.ROOT) + ")");
        if (analysis.hasErrors()) {
            commandLine.getErr().println("bulkhead: the model has errors; the report lists them under Findings (run 'bulkhead "
                    + "validate " + file + "')");
            return ExitCodes.MODEL_ERRORS;
        }
        return ExitCodes.OK;
    }
}

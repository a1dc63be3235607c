package dev.bulkhead.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Money;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OperationsLeftOut;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.analysis.Severity;
import dev.bulkhead.export.report.ComparisonTable;
import dev.bulkhead.export.report.NotPriced;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bulkhead compare FILE [--environment ENV] [--format table|json|csv]}. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare namespace, vCluster, dedicated clusters and the recommended mix on cost and isolation.",
        footer = {"", "Exit status: 0 success, 1 the model has errors (the comparison is still printed), 2 usage or unreadable file."})
final class CompareCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { table, json, csv }

    @Parameters(paramLabel = "FILE", description = "A .bulkhead.json model file.")
    Path file;

    @Option(names = {"-e", "--environment"}, paramLabel = "ENV", description = "Compare one environment (name or id) instead of the whole model.")
    String environment;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--without-operations", description = "Leave operations out: cost people's time at 0 per hour "
            + "(the assumption ops.hourlyRate), so that options are compared on infrastructure alone.")
    boolean withoutOperations;

    @CommandLine.Mixin
    ScenarioOption scenario = new ScenarioOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine commandLine = spec.commandLine();
        Analysis analysis = ModelFiles.analyseOrReport(commandLine, file,
                m -> withoutOperations ? OperationsLeftOut.apply(scenario.select(commandLine, m)) : scenario.select(commandLine, m));
        if (analysis == null) {
            return ExitCodes.USAGE;
        }
        Model model = analysis.model();
        Environment scopeEnvironment = ScopeOption.resolve(commandLine, model, environment);
        ScopeAnalysis scope = analysis.scope(scopeEnvironment == null ? null : scopeEnvironment.id());
        PrintWriter out = commandLine.getOut();
        String symbol = analysis.pricing().profile().currencySymbol();
        switch (format) {
            case json -> out.println(new ObjectMapper().writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))).writeValueAsString(ComparisonJson.of(analysis, scope)));
            case csv -> out.print(headed(ComparisonTable.of(scope, model, symbol, columns(model)), model).toCsv());
            case table -> {
                String scenario = model.scenarios().activeLabel();
                // Two scenarios of one file print the same title otherwise, and their figures differ.
                out.println(model.settings().name() + (scenario == null ? "" : " · " + scenario) + " · "
                        + analysis.pricing().profile().name() + " (" + analysis.currency() + ")");
                if (OperationsLeftOut.isOn(model)) {
                    out.println("Operations left out: an hour of operations is costed at 0, so options are ranked on infrastructure alone.");
                }
                // Marked as the app and the report mark them; the CSV stays plain figures for spreadsheets.
                NotPriced notPriced = NotPriced.of(analysis, scope);
                out.print(table(scope, model, symbol, notPriced).toText());
                out.println(scope.cheapestMeetingAll().map(key -> "Cheapest choice that meets every requirement: " + key.label()
                        + " at " + Money.format(symbol, scope.option(key).monthlyCost()) + " a month" + notPriced.caveat(key))
                        .orElse("No option meets every requirement."));
                long errors = analysis.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
                out.println(analysis.findings().size() + " findings (" + errors + " errors); see 'bulkhead validate "
                        + file + "'.");
            }
        }
        if (analysis.hasErrors()) {
            commandLine.getErr().println("bulkhead: the model has errors; the figures may be wrong until they are fixed "
                    + "(run 'bulkhead validate " + file + "')");
            return ExitCodes.MODEL_ERRORS;
        }
        return ExitCodes.OK;
    }

    /**
     * The compared options; in a model with scenarios, first the chosen scenario's design as modelled, headed as the
     * app's compare view heads it ("proposal A (as modelled)"), so that a proposal reads against its own options.
     */
    private static ComparisonTable table(ScopeAnalysis scope, Model model, String symbol, NotPriced notPriced) {
        List<OptionKey> keys = columns(model);
        return headed(ComparisonTable.of(scope, model, symbol, keys).markedNotPriced(notPriced, keys), model);
    }

    /** The four options; in a model with scenarios, the chosen scenario as modelled first (table and CSV alike). */
    private static List<OptionKey> columns(Model model) {
        if (model.scenarios().isDefault()) {
            return OptionKey.COMPARED;
        }
        List<OptionKey> keys = new ArrayList<>(List.of(OptionKey.CURRENT));
        keys.addAll(OptionKey.COMPARED);
        return keys;
    }

    /** The as-modelled column headed by its scenario ("proposal A (as modelled)", "current"). */
    private static ComparisonTable headed(ComparisonTable table, Model model) {
        if (model.scenarios().isDefault()) {
            return table;
        }
        List<String> headings = new ArrayList<>(table.columns());
        headings.set(0, model.scenarios().asModelledHeading());
        return new ComparisonTable(table.title(), headings, table.rows());
    }
}

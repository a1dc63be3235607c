package dev.bulkhead.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.diff.DiffText;
import dev.bulkhead.analysis.diff.ModelDiff;
import dev.bulkhead.model.Model;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bulkhead diff A B [--format text|json|markdown] [--from-scenario NAME] [--to-scenario NAME]}. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "What differs between two designs: tenants moved between options, quotas, node pools and connections "
                + "changed, and each tenant's cost and isolation before and after. Give one file twice with --from-scenario "
                + "and --to-scenario to compare two scenarios of one model.",
        footer = {"", "Exit status: 0 no difference (layout aside), 1 differences, 2 usage or unreadable file."})
final class DiffCommand implements Callable<Integer> {
    /** Exit status when the designs differ, as diff(1) does. */
    static final int DIFFERENT = 1;

    /** Output formats. */
    enum Format { text, json, markdown }

    @Parameters(index = "0", paramLabel = "A", description = "The first .bulkhead.json model (before).")
    Path first;

    @Parameters(index = "1", paramLabel = "B", description = "The second .bulkhead.json model (after).")
    Path second;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--from-scenario", paramLabel = "NAME", description = "The scenario of A (default: the one active when it was saved).")
    String fromScenario;

    @Option(names = "--to-scenario", paramLabel = "NAME", description = "The scenario of B (default: the one active when it was saved).")
    String toScenario;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CommandLine commandLine = spec.commandLine();
        Model a = ModelFiles.readOrReport(commandLine, first);
        Model b = a == null ? null : ModelFiles.readOrReport(commandLine, second);
        if (a == null || b == null) {
            return ExitCodes.USAGE;
        }
        a = scenario(commandLine, a, fromScenario);
        b = scenario(commandLine, b, toScenario);
        Analyzer analyzer = new Analyzer(ReferenceData.bundled());
        Analysis before = analyzer.analyze(a);
        Analysis after = analyzer.analyze(b);
        ModelDiff diff = ModelDiff.between(label(first, a), before, label(second, b), after);
        switch (format) {
            case text -> commandLine.getOut().print(DiffText.text(diff));
            case markdown -> commandLine.getOut().print(DiffText.markdown(diff));
            case json -> commandLine.getOut().println(new ObjectMapper().writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))).writeValueAsString(DiffJson.of(diff)));
        }
        commandLine.getOut().flush();
        return diff.isEmpty() ? ExitCodes.OK : DIFFERENT;
    }

    private static Model scenario(CommandLine commandLine, Model model, String name) {
        ScenarioOption option = new ScenarioOption();
        option.name = name;
        return option.select(commandLine, model);
    }

    /** The file's name, and the scenario's when the model has several. */
    private static String label(Path file, Model model) {
        String name = file.getFileName().toString();
        return model.scenarios().names().size() > 1 ? name + " (" + model.scenarios().active() + ")" : name;
    }
}

package dev.bulkhead.cli;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.export.ExportBundle;
import dev.bulkhead.export.ExportException;
import dev.bulkhead.export.ExportWriter;
import dev.bulkhead.export.kubernetes.ExportChoice;
import dev.bulkhead.export.kubernetes.KubernetesExporter;
import dev.bulkhead.model.Environment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bulkhead export FILE --to k8s --option OPTION --out DIR [--environment ENV] [--force]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a model as Kubernetes manifests for one tenancy option or the recommended mix.",
        footer = {"", "Writes only inside --out. A folder that holds files is replaced only with --force, and only when "
                + "an earlier Bulkhead export wrote it.",
                "Exit status: 0 exported, 1 the model cannot be exported as it is, 2 usage, unreadable file or unusable folder."})
final class ExportCommand implements Callable<Integer> {
    /** Export targets. */
    enum Target { k8s }

    /** Placements, as the CLI spells them. */
    enum Choice {
        namespace(ExportChoice.NAMESPACE), vcluster(ExportChoice.VCLUSTER), dedicated(ExportChoice.DEDICATED),
        recommended(ExportChoice.RECOMMENDED);

        final ExportChoice choice;

        Choice(ExportChoice choice) {
            this.choice = choice;
        }
    }

    @Parameters(paramLabel = "FILE", description = "A .bulkhead.json model file.")
    Path file;

    @Option(names = "--to", paramLabel = "TARGET", required = true, description = "What to export: ${COMPLETION-CANDIDATES}.")
    Target target;

    @Option(names = "--option", paramLabel = "OPTION", required = true,
            description = "How to place every tenant: ${COMPLETION-CANDIDATES}.")
    Choice option;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write into.")
    Path out;

    @Option(names = {"-e", "--environment"}, paramLabel = "ENV", description = "Export one environment (name or id).")
    String environment;

    @Option(names = "--force", description = "Replace an earlier Bulkhead export in DIR.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        Analysis analysis = ModelFiles.analyseOrReport(commandLine, file);
        if (analysis == null) {
            return ExitCodes.USAGE;
        }
        Environment scope = ScopeOption.resolve(commandLine, analysis.model(), environment);
        ExportBundle bundle;
        try {
            bundle = KubernetesExporter.export(analysis, option.choice, scope == null ? null : scope.id(), fraction -> { });
        } catch (ExportException e) {
            ModelFiles.reportError(commandLine, e);
            return ExitCodes.MODEL_ERRORS;
        }
        try {
            ExportWriter.write(bundle, out, force, fraction -> { });
        } catch (ExportException e) {
            ModelFiles.reportError(commandLine, e);
            return ExitCodes.USAGE;
        }
        commandLine.getOut().println("Wrote " + bundle.files().size() + " files to " + out + " (" + option.choice.option().label()
                + "); see " + out.resolve("README.md") + " for how to apply them.");
        bundle.notes().forEach(note -> commandLine.getOut().println("note: " + note));
        return ExitCodes.OK;
    }
}

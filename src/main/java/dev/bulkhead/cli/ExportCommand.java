package dev.bulkhead.cli;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.export.ExportBundle;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportException;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.ExportTarget;
import dev.bulkhead.export.LayoutChoice;
import dev.bulkhead.export.TenantsMode;
import dev.bulkhead.export.ExportWriter;
import dev.bulkhead.export.PolicyFlavour;
import dev.bulkhead.export.VClusterEdition;
import dev.bulkhead.model.Environment;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bulkhead export FILE --to k8s|terraform [--option OPTION] --out DIR [--environment ENV]
 * [--vcluster-edition open-source|platform] [--network-policy kubernetes|cilium]
 * [--layout directories|workspaces|recommended] [--tenants terraform|gitops|none] [--force]}; the last two only with
 * {@code --to terraform}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a model as Kubernetes manifests or Terraform skeletons for one tenancy option, the "
                + "recommended mix, or the design as modelled.",
        footer = {"", "Writes only inside --out. A folder that holds files is updated only with --force, and only when "
                + "an earlier Bulkhead export wrote it: the files that export wrote are replaced, anything else is left.",
                "Exit status: 0 exported, 1 the model has errors or cannot be exported as it is, 2 usage, unreadable "
                        + "file or unusable folder."})
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A .bulkhead.json model file.")
    Path file;

    @Option(names = "--to", paramLabel = "TARGET", required = true, converter = TargetConverter.class,
            description = "What to export: k8s or terraform.")
    ExportTarget target;

    @Option(names = "--option", paramLabel = "OPTION", converter = ChoiceConverter.class,
            description = "How to place every tenant: namespace, vcluster, dedicated, recommended or as-modelled "
                    + "(default: as-modelled when the model assigns options, else recommended).")
    ExportChoice option;

    @Option(names = "--vcluster-edition", paramLabel = "EDITION", converter = EditionConverter.class,
            description = "open-source (default: no licence needed) or platform (embedded etcd and private nodes, "
                    + "which need a vCluster Platform licence).")
    VClusterEdition edition = VClusterEdition.OPEN_SOURCE;

    @Option(names = "--network-policy", paramLabel = "FLAVOUR", converter = FlavourConverter.class,
            description = "kubernetes (default: a host name allows the public internet on its port) or cilium (adds "
                    + "CiliumNetworkPolicies whose toFQDNs name each host).")
    PolicyFlavour policies = PolicyFlavour.KUBERNETES;

    @Option(names = "--layout", paramLabel = "LAYOUT", converter = LayoutConverter.class,
            description = "Terraform only: directories (a root per environment), workspaces (one root, environments by "
                    + "terraform.workspace) or recommended (default: Bulkhead's advice, overridden by the model's preference).")
    LayoutChoice layout;

    @Option(names = "--tenants", paramLabel = "MODE", converter = TenantsConverter.class,
            description = "Terraform only: who applies the tenants: terraform (default), gitops (Flux applies the Kubernetes "
                    + "export) or none (clusters only).")
    TenantsMode tenants;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write into.")
    Path out;

    @Option(names = {"-e", "--environment"}, paramLabel = "ENV", description = "Export one environment (name or id).")
    String environment;

    @Option(names = "--force", description = "Update an earlier Bulkhead export in DIR.")
    boolean force;

    @CommandLine.Mixin
    ScenarioOption scenario = new ScenarioOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        if (target != ExportTarget.TERRAFORM && (layout != null || tenants != null)) {
            throw new CommandLine.ParameterException(commandLine, (layout != null ? "--layout" : "--tenants")
                    + " applies only to --to terraform");
        }
        Analysis analysis = ModelFiles.analyseOrReport(commandLine, file, m -> scenario.select(commandLine, m));
        if (analysis == null) {
            return ExitCodes.USAGE;
        }
        Environment scope = ScopeOption.resolve(commandLine, analysis.model(), environment);
        ExportChoice choice = option != null ? option : ExportChoice.defaultFor(analysis.model());
        ExportSettings settings = ExportSettings.of(choice).forEnvironment(scope == null ? null : scope.id())
                .withEdition(edition).withPolicies(policies).withLayout(layout != null ? layout : LayoutChoice.RECOMMENDED)
                .withTenants(tenants != null ? tenants : TenantsMode.TERRAFORM);
        ExportBundle bundle;
        try {
            bundle = target.exporter().export(analysis, settings, fraction -> { });
        } catch (ExportException e) {
            ModelFiles.reportError(commandLine, e);
            return ExitCodes.MODEL_ERRORS;
        }
        ExportWriter.Result written;
        try {
            written = ExportWriter.write(bundle, out, force, fraction -> { });
        } catch (ExportException e) {
            ModelFiles.reportError(commandLine, e);
            return ExitCodes.USAGE;
        }
        commandLine.getOut().println("Wrote " + bundle.files().size() + " files to " + out + " ("
                + ScenarioOption.describing(analysis.model(), choice.label()) + "); see " + out.resolve("README.md") + " for how to apply them.");
        // Notes go to stderr, so that stdout stays one line a script can read.
        bundle.notes().forEach(note -> commandLine.getErr().println("note: " + note));
        written.kept().forEach(path -> commandLine.getErr().println("note: kept " + path
                + " (not written by Bulkhead)"));
        written.removed().forEach(path -> commandLine.getErr().println("note: removed " + path
                + " (written by the earlier export, no longer part of it)"));
        return ExitCodes.OK;
    }

    /** {@code k8s}. */
    static final class TargetConverter implements CommandLine.ITypeConverter<ExportTarget> {
        @Override
        public ExportTarget convert(String value) {
            return byCliName(ExportTarget.values(), ExportTarget::cliName, value, "a target");
        }
    }

    /** {@code namespace}, ..., {@code as-modelled}. */
    static final class ChoiceConverter implements CommandLine.ITypeConverter<ExportChoice> {
        @Override
        public ExportChoice convert(String value) {
            return byCliName(ExportChoice.values(), ExportChoice::cliName, value, "an option");
        }
    }

    /** {@code open-source} or {@code platform}. */
    static final class EditionConverter implements CommandLine.ITypeConverter<VClusterEdition> {
        @Override
        public VClusterEdition convert(String value) {
            return byCliName(VClusterEdition.values(), e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'), value,
                    "an edition");
        }
    }

    /** {@code kubernetes} or {@code cilium}. */
    static final class FlavourConverter implements CommandLine.ITypeConverter<PolicyFlavour> {
        @Override
        public PolicyFlavour convert(String value) {
            return byCliName(PolicyFlavour.values(), f -> f.name().toLowerCase(Locale.ROOT), value, "a policy flavour");
        }
    }

    /** {@code directories}, {@code workspaces} or {@code recommended}. */
    static final class LayoutConverter implements CommandLine.ITypeConverter<LayoutChoice> {
        @Override
        public LayoutChoice convert(String value) {
            return byCliName(LayoutChoice.values(), LayoutChoice::cliName, value, "a layout");
        }
    }

    /** {@code terraform}, {@code gitops} or {@code none}. */
    static final class TenantsConverter implements CommandLine.ITypeConverter<TenantsMode> {
        @Override
        public TenantsMode convert(String value) {
            return byCliName(TenantsMode.values(), TenantsMode::cliName, value, "a tenants mode");
        }
    }

    /** The constant the CLI spells {@code value}, or a usage error that lists the spellings. */
    private static <T> T byCliName(T[] values, Function<T, String> cliName, String value, String what) {
        return Arrays.stream(values).filter(v -> cliName.apply(v).equals(value)).findFirst()
                .orElseThrow(() -> new CommandLine.TypeConversionException("'" + value + "' is not " + what + "; use one of "
                        + Arrays.stream(values).map(cliName).toList()));
    }
}

package dev.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.CostLine;
import dev.bulkhead.analysis.Finding;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.analysis.SensitivityCurve;
import dev.bulkhead.export.ExportException;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.ExportTarget;
import dev.bulkhead.export.VClusterEdition;
import dev.bulkhead.export.report.ComparisonTable;
import dev.bulkhead.model.Environment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the pipeline fuzz asserts about a model the loader accepted. */
final class PipelineChecks {
    /** A run of 25 or more digits and separators: a figure nobody can read, such as 1e308 written out. */
    private static final Pattern UNREADABLE = Pattern.compile("\\d[\\d,]{24,}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private PipelineChecks() {
    }

    /** Every figure of every scope and option is finite, and nothing printed holds an unreadable number. */
    static void everyFigureIsPrintable(Analysis analysis) {
        String symbol = analysis.pricing().symbol();
        for (ScopeAnalysis scope : scopes(analysis)) {
            for (OptionKey key : OptionKey.values()) {
                OptionResult option = scope.option(key);
                assertThat(option.isolationScore()).as("%s of %s", key, scope.label()).isFinite();
                readable(option.monthlyCost().toPlainString() + " " + option.perTenant().toPlainString());
                for (CostLine line : option.lines()) {
                    readable(line.item() + ": " + line.explanation(symbol));
                }
            }
            ComparisonTable table = ComparisonTable.of(scope, analysis.model(), symbol);
            readable(table.toText());
            readable(table.toCsv());
            try {
                readable(JSON.writeValueAsString(ComparisonJson.of(analysis, scope)));
            } catch (JsonProcessingException e) {
                throw new AssertionError("compare --format json cannot write the comparison", e);
            }
        }
        // The app's growth chart, computed on every edit of the compare view (environments take the same path).
        SensitivityCurve curve = analysis.sensitivity(null, 200);
        curve.points().forEach(point -> assertThat(point.costs().values()).allMatch(Double::isFinite));
        for (Finding finding : analysis.findings()) {
            readable(finding.message());
        }
    }

    /** Every exporter, for every choice and vCluster edition, either exports or refuses with its own one-line error. */
    static void everyExportSucceedsOrIsRefused(Analysis analysis) {
        for (ExportTarget target : ExportTarget.values()) {
            for (ExportChoice choice : ExportChoice.values()) {
                for (VClusterEdition edition : VClusterEdition.values()) {
                    try {
                        assertThat(target.exporter().export(analysis, ExportSettings.of(choice).withEdition(edition),
                                fraction -> { }).files()).isNotNull();
                    } catch (ExportException e) {
                        assertThat(e.getMessage()).as("refusal of %s %s", target, choice).isNotBlank().doesNotContain("\n");
                    }
                }
            }
        }
    }

    /** How many commands {@link #theCommandExitsWithoutAnInternalError} knows. */
    static final int COMMANDS = 5;

    /**
     * Command {@code which} ({@code validate}, {@code compare} as a table, JSON or CSV, {@code export}) exits 0,
     * 1 or 2 on the file, never 3, and prints no unreadable figure.
     */
    static void theCommandExitsWithoutAnInternalError(byte[] content, int which) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("bulkhead-fuzz");
            String file = Files.write(folder.resolve("fuzz.bulkhead.json"), content).toString();
            String[] command = switch (which) {
                case 0 -> new String[] {"validate", file};
                case 1 -> new String[] {"compare", file, "--format", "table"};
                case 2 -> new String[] {"compare", file, "--format", "json"};
                case 3 -> new String[] {"compare", file, "--format", "csv"};
                default -> new String[] {"export", file, "--to", "k8s", "--option", "recommended", "--out",
                        folder.resolve("out").toString()};
            };
            CliRun run = CliRun.of(command);
            assertThat(run.status()).as("%s exits: %s", command[0], run.err()).isBetween(ExitCodes.OK, ExitCodes.USAGE);
            assertThat(run.err()).doesNotContain("internal error");
            readable(run.out());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder);
        }
    }

    /** The whole model, then each environment. */
    static List<ScopeAnalysis> scopes(Analysis analysis) {
        List<ScopeAnalysis> scopes = new ArrayList<>();
        scopes.add(analysis.whole());
        for (Environment environment : analysis.model().all(Environment.class)) {
            scopes.add(analysis.scope(environment.id()));
        }
        return scopes;
    }

    private static void readable(String text) {
        assertThat(UNREADABLE.matcher(text).find()).as("an unreadable figure in: %s",
                text.length() > 300 ? text.substring(0, 300) : text).isFalse();
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}

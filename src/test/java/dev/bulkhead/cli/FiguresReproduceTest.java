package dev.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.CostCategory;
import dev.bulkhead.analysis.CostLine;
import dev.bulkhead.analysis.Money;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.Recommendation;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.export.report.ComparisonTable;
import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every figure reproduces from what is printed: every cost line of every sample, scope, option and pricing
 * profile, evaluated from its printed formula alone, gives its amount to the cent; and in every output the
 * shown parts add up to the shown totals (lines to categories, categories to the total, environments to the
 * whole model, in the table, CSV, Markdown and JSON).
 */
class FiguresReproduceTest {
    private static final Pattern NUMBER = Pattern.compile("-?[$€£]?(\\d[\\d,]*(?:\\.\\d+)?)");
    private static final Pattern MONEY = Pattern.compile("^(-?[$€£][\\d,]+\\.\\d\\d(" + Pattern.quote(ComparisonTable.NOT_PRICED)
            + ")?|" + ComparisonTable.UNPRICED + ")$");

    static Stream<Arguments> samplesUnderEveryProfile() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        try (DirectoryStream<Path> samples = Files.newDirectoryStream(Path.of("sample-models"), "*.bulkhead.json")) {
            for (Path sample : samples) {
                for (String profile : ReferenceData.PROFILE_IDS) {
                    cases.add(Arguments.of(sample.getFileName().toString(), profile));
                }
            }
        }
        return cases.stream();
    }

    private static Analysis analyse(String sample, String profile) throws Exception {
        Model model = new ModelReader().read(Path.of("sample-models", sample));
        Model priced = Model.of(model.settings().withPricingProfile(profile), model.elements().values(), model.layout());
        return new Analyzer(ReferenceData.bundled()).analyze(priced);
    }

    @ParameterizedTest(name = "{0} priced by {1}")
    @MethodSource("samplesUnderEveryProfile")
    void everyPrintedFormulaGivesItsAmountToTheCent(String sample, String profile) throws Exception {
        Analysis analysis = analyse(sample, profile);
        String symbol = analysis.pricing().symbol();
        int checked = 0;
        for (ScopeAnalysis scope : PipelineChecks.scopes(analysis)) {
            for (OptionKey key : OptionKey.values()) {
                OptionResult option = scope.option(key);
                for (CostLine line : option.lines()) {
                    String formula = line.formula(symbol);
                    assertThat(evaluate(formula)).as("%s · %s · %s: %s", scope.label(), key, line.item(), formula)
                            .isEqualByComparingTo(line.monthly());
                    assertThat(CostLine.evaluate(line.terms())).isEqualByComparingTo(line.monthly());
                    checked++;
                }
                if (option.tenantCount() > 0) {
                    String perTenant = Money.format(symbol, option.monthlyCost()) + " ÷ " + option.tenantCount()
                            + " tenants = " + Money.format(symbol, option.perTenant());
                    assertThat(evaluate(perTenant)).as(perTenant).isEqualByComparingTo(option.perTenant());
                }
            }
        }
        assertThat(checked).as("lines checked").isPositive();
    }

    /** {@code vCluster $1,066.51 (share of shared nodes …: 6.1823 … = $866.51 + vCluster operations: … = $200.00)}. */
    private static final Pattern MARGIN = Pattern.compile("^(.+?) ([$€£][\\d,]+\\.\\d\\d) \\((.+)\\)$");

    @ParameterizedTest(name = "{0} priced by {1}")
    @MethodSource("samplesUnderEveryProfile")
    void everyRecommendationReasonsFiguresGiveTheirAmounts(String sample, String profile) throws Exception {
        Analysis analysis = analyse(sample, profile);
        int checked = 0;
        for (ScopeAnalysis scope : PipelineChecks.scopes(analysis)) {
            for (var tenant : scope.recommendation().placements().keySet()) {
                String reason = scope.recommendation().reason(tenant);
                int start = reason.indexOf(Recommendation.AT_THE_MARGIN);
                if (start < 0) {
                    continue; // a cluster without a pool to cost says so, with no figure
                }
                String margin = reason.substring(start + Recommendation.AT_THE_MARGIN.length());
                for (String placement : margin.split("; ")) {
                    Matcher figure = MARGIN.matcher(placement);
                    assertThat(figure.matches()).as("a figure with its parts in '%s'", placement).isTrue();
                    BigDecimal sum = BigDecimal.ZERO;
                    for (String part : figure.group(3).split(" \\+ ")) {
                        String formula = part.substring(part.indexOf(": ") + 2);
                        BigDecimal amount = parse(formula.substring(formula.lastIndexOf(" = ") + 3));
                        assertThat(evaluate(formula)).as("%s: %s", scope.label(), formula).isEqualByComparingTo(amount);
                        sum = sum.add(amount);
                    }
                    assertThat(sum).as("%s: the parts of %s", scope.label(), placement).isEqualByComparingTo(parse(figure.group(2)));
                    // The figures in the sentence before are these same amounts.
                    assertThat(reason.substring(0, start)).as(reason).contains(figure.group(2));
                    checked++;
                }
            }
        }
        assertThat(checked).as("figures checked").isPositive();
    }

    @ParameterizedTest(name = "{0} priced by {1}")
    @MethodSource("samplesUnderEveryProfile")
    void partsAddUpToTotalsInEveryFigure(String sample, String profile) throws Exception {
        Analysis analysis = analyse(sample, profile);
        for (OptionKey key : OptionKey.values()) {
            BigDecimal environments = BigDecimal.ZERO;
            for (ScopeAnalysis scope : PipelineChecks.scopes(analysis)) {
                OptionResult option = scope.option(key);
                for (CostCategory category : CostCategory.values()) {
                    BigDecimal lines = option.lines().stream().filter(l -> l.category() == category)
                            .map(CostLine::monthly).reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(option.byCategory().getOrDefault(category, BigDecimal.ZERO)).as("%s %s", key, category)
                            .isEqualByComparingTo(lines);
                }
                BigDecimal categories = option.byCategory().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(option.monthlyCost()).as("%s total of %s", key, scope.label()).isEqualByComparingTo(categories);
                if (scope.environment() != null) {
                    environments = environments.add(option.monthlyCost());
                }
            }
            assertThat(analysis.whole().option(key).monthlyCost()).as("%s: environments add up to the whole", key)
                    .isEqualByComparingTo(environments);
        }
    }

    @ParameterizedTest(name = "{0} priced by {1}")
    @MethodSource("samplesUnderEveryProfile")
    void theTableAddsUpInTextCsvAndMarkdown(String sample, String profile) throws Exception {
        Analysis analysis = analyse(sample, profile);
        String symbol = analysis.pricing().symbol();
        for (ScopeAnalysis scope : PipelineChecks.scopes(analysis)) {
            ComparisonTable table = ComparisonTable.of(scope, analysis.model(), symbol);
            for (int column = 0; column < table.columns().size(); column++) {
                BigDecimal parts = BigDecimal.ZERO;
                BigDecimal infrastructureParts = BigDecimal.ZERO;
                BigDecimal infrastructure = null;
                BigDecimal total = null;
                for (ComparisonTable.Row row : table.rows()) {
                    if (!row.section().startsWith("Cost")) {
                        continue;
                    }
                    String text = row.cells().get(column).text();
                    assertThat(text).as("a money cell is written to the cent").matches(MONEY);
                    if (row.label().equals("Total")) {
                        total = parse(text);
                    } else if (row.label().equals(ComparisonTable.INFRASTRUCTURE)) {
                        infrastructure = parse(text);
                    } else if (!row.label().equals("Per tenant")) {
                        parts = parts.add(parse(text));
                        if (!row.label().equals(CostCategory.OPERATIONS.label())) {
                            infrastructureParts = infrastructureParts.add(parse(text));
                        }
                    }
                }
                String where = scope.label() + ", column " + table.columns().get(column);
                assertThat(total).as(where).isEqualByComparingTo(parts);
                assertThat(infrastructure).as(where).isEqualByComparingTo(infrastructureParts);
            }
            assertCostRowsAddUp(table.toCsv().lines().map(l -> l.split(",", -1)).toList(), 2, table.columns().size());
            assertCostRowsAddUp(table.toMarkdown().lines().filter(l -> l.startsWith("| ") && !l.startsWith("| **"))
                    .map(l -> l.substring(1).split("\\|")).map(cells -> trimmed(cells)).toList(), 1, table.columns().size());
            assertThat(table.toText()).contains(Money.format(symbol, scope.option(OptionKey.NAMESPACE).monthlyCost()));
        }
    }

    @ParameterizedTest(name = "{0} priced by {1}")
    @MethodSource("samplesUnderEveryProfile")
    void theJsonAddsUp(String sample, String profile) throws Exception {
        Analysis analysis = analyse(sample, profile);
        JsonNode json = new ObjectMapper().valueToTree(ComparisonJson.of(analysis, analysis.whole()));
        for (OptionKey key : OptionKey.COMPARED) {
            JsonNode option = json.get(key.key());
            BigDecimal lines = BigDecimal.ZERO;
            for (JsonNode line : option.get("costBreakdown")) {
                BigDecimal product = BigDecimal.ONE;
                BigDecimal divisor = BigDecimal.ONE;
                for (JsonNode input : line.get("inputs")) {
                    if (input.get("divides").asBoolean()) {
                        divisor = divisor.multiply(input.get("value").decimalValue());
                    } else {
                        product = product.multiply(input.get("value").decimalValue());
                    }
                }
                BigDecimal inputs = divisor.signum() == 0 ? BigDecimal.ZERO
                        : product.divide(divisor, MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_UP);
                assertThat(line.get("monthly").decimalValue()).as(line.get("formula").asText()).isEqualByComparingTo(inputs);
                lines = lines.add(line.get("monthly").decimalValue());
            }
            BigDecimal categories = BigDecimal.ZERO;
            for (JsonNode amount : option.get("byCategory")) {
                categories = categories.add(amount.decimalValue());
            }
            assertThat(option.get("monthlyCost").decimalValue()).as(key.key()).isEqualByComparingTo(lines)
                    .isEqualByComparingTo(categories);
        }
    }

    /** Cost rows of a rendered table (label in column {@code labelAt - 1}, figures after it) add up to its total row. */
    private static void assertCostRowsAddUp(List<String[]> rows, int firstFigure, int columns) {
        for (int column = 0; column < columns; column++) {
            BigDecimal parts = BigDecimal.ZERO;
            BigDecimal total = null;
            for (String[] row : rows) {
                String label = row[firstFigure - 1].strip();
                boolean cost = Stream.of(CostCategory.values()).anyMatch(c -> c.label().equals(label));
                if (cost) {
                    parts = parts.add(parse(row[firstFigure + column]));
                } else if (label.equals("Total")) {
                    total = parse(row[firstFigure + column]);
                }
            }
            assertThat(total).as("column %d", column).isNotNull().isEqualByComparingTo(parts);
        }
    }

    private static String[] trimmed(String[] cells) {
        return Stream.of(cells).map(String::strip).toArray(String[]::new);
    }

    private static BigDecimal parse(String text) {
        if (text.strip().equals(ComparisonTable.UNPRICED)) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(text.replace(ComparisonTable.NOT_PRICED, "").strip().replace("$", "").replace("€", "").replace("£", "").replace(",", "")
                .replace("\"", ""));
    }

    /**
     * Evaluates a printed formula {@code a × b ÷ c = $x} from its numbers alone: every factor's first number,
     * multiplied or divided as printed, rounded half-up to the cent.
     */
    static BigDecimal evaluate(String formula) {
        int equals = formula.lastIndexOf(" = ");
        String arithmetic = formula.substring(0, equals);
        BigDecimal product = BigDecimal.ONE;
        BigDecimal divisor = BigDecimal.ONE;
        for (String part : arithmetic.split("(?= [×÷] )")) {
            boolean divides = part.startsWith(" ÷ ");
            Matcher number = NUMBER.matcher(part);
            assertThat(number.find()).as("a number in '%s' of %s", part, formula).isTrue();
            BigDecimal value = new BigDecimal(number.group(1).replace(",", ""));
            if (divides) {
                divisor = divisor.multiply(value);
            } else {
                product = product.multiply(value);
            }
        }
        return product.divide(divisor, MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_UP);
    }
}

package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reader can reproduce every cost figure from the printed report alone (review 12e, 2): each line of the appendix,
 * its arithmetic evaluated with the printed numbers, gives its printed amount to the cent; each price it multiplies by
 * is in the Prices table; each category's lines add up to the side-by-side table's figure. Read from the Markdown as
 * printed, not from the objects behind it.
 */
class ReportPricesTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());
    /** A term as a formula prints it: {@code 3 nodes}, {@code $0.025/h}, {@code 8.0365 GiB memory}, {@code $0.00/h (not priced)}. */
    private static final Pattern TERM = Pattern.compile("(\\$?)([0-9][0-9,]*(?:\\.[0-9]+)?)(/[^ ]+)?( .+)?");
    private static final Pattern MONEY = Pattern.compile("\\$([0-9][0-9,]*\\.[0-9]{2})");

    private static ProposalReport report(String sample) throws Exception {
        return ProposalReport.of(ANALYZER.analyze(new ModelReader().read(Path.of("sample-models/" + sample + ".bulkhead.json"))),
                null, null, LocalDate.of(2026, 12, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"internal-platform", "workshop-starter", "workshop-proposal", "ai-agent-saas"})
    void everyPrintedCostLineIsReproducibleFromPrintedPrices(String sample) throws Exception {
        String md = MarkdownReport.of(report(sample), "m.bulkhead.json");
        Set<String> prices = printedPrices(md);

        List<List<String>> sideBySide = table(md, "## Side by side");
        String appendix = md.substring(md.indexOf("## Appendix: cost lines"));
        String[] columns = appendix.split("\n### ");
        int lines = 0;
        for (int c = 1; c < columns.length; c++) {
            String column = columns[c];
            if (column.contains("The same lines as ")) {
                continue;
            }
            // The column's total as the table's Total row prints it, "+ not priced" and all.
            String heading = column.lines().findFirst().orElse("");
            assertThat(heading).as("column " + c).endsWith(", per month: "
                    + sideBySide.stream().filter(r -> r.get(0).equals("Total")).findFirst().orElseThrow().get(c));
            BigDecimal sum = BigDecimal.ZERO;
            boolean notPricedLine = false;
            for (List<String> row : table(column, "| Line |")) {
                BigDecimal amount = money(row.get(2));
                if (row.get(0).startsWith("**")) {
                    // A category's sum: its lines add up to it, and it is the side-by-side table's figure.
                    assertThat(amount).as(heading + " " + row.get(0)).isEqualByComparingTo(sum);
                    String label = row.get(0).replace("**", "");
                    String shown = row.get(2).replace("**", "");
                    // Review 12e, 2: a category that sums a line with no price says so, never a silent $0.00.
                    if (notPricedLine) {
                        assertThat(row.get(1)).as(heading + " " + label + " sum").endsWith("not priced");
                        assertThat(shown).as(heading + " " + label).endsWith("not priced");
                    }
                    List<String> tableRow = sideBySide.stream().filter(r -> r.get(0).equals(label)).findFirst().orElse(null);
                    if (tableRow == null) {
                        // A line the table leaves out as zero in every option, and says so.
                        assertThat(amount).as(label).isZero();
                        assertThat(md).containsPattern("Left out as \\$0\\.00 in every option: [^.]*" + label);
                    } else {
                        // One rule everywhere: the sum reads exactly as the table's cell.
                        assertThat(shown).as(heading + " " + label).isEqualTo(tableRow.get(c));
                    }
                    sum = BigDecimal.ZERO;
                    notPricedLine = false;
                    continue;
                }
                if (!row.get(0).startsWith(CostLineAppendix.OTHERS)) {
                    // The sum of a long category's other lines is checked against the file beside the report.
                    assertThat(evaluate(row.get(1), prices)).as(row.get(0) + ": " + row.get(1)).isEqualByComparingTo(amount);
                }
                notPricedLine |= row.get(1).contains("(not priced)");
                sum = sum.add(amount);
                lines++;
            }
        }
        assertThat(lines).isGreaterThan(10);
    }

    /**
     * Review 12e, 4: a 300-tenant model's appendix lists a long category's first lines and the sum of the others, and
     * the file beside the report, which every format's export writes, gives each of those with arithmetic that
     * evaluates with the report's prices and adds up to that sum.
     */
    @org.junit.jupiter.api.Test
    void aLongAppendixListsItsFirstLinesAndTheFileBesideTheReportGivesTheOthers() throws Exception {
        ProposalReport report = ProposalReport.of(ANALYZER.analyze(dev.bulkhead.testing.GeneratedModels.platform(3, 2, 300, 120, 300, 42)),
                null, null, LocalDate.of(2026, 12, 1));
        java.util.Map<String, byte[]> files = ReportFiles.of(report, "m.bulkhead.json", "r.md", ReportFiles.Format.MARKDOWN);
        assertThat(ReportFiles.of(report, "m.bulkhead.json", "r.pdf", ReportFiles.Format.PDF)).containsKey("r-cost-lines.csv");
        assertThat(files).containsKey("r-cost-lines.csv");
        String md = new String(files.get("r.md"), java.nio.charset.StandardCharsets.UTF_8);
        String csvText = new String(files.get("r-cost-lines.csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csvText).startsWith(ReportFiles.CSV_BOM);
        String[] csv = csvText.substring(ReportFiles.CSV_BOM.length()).split("\n");
        Set<String> prices = printedPrices(md);
        String[] columns = md.substring(md.indexOf("## Appendix: cost lines")).split("\n### ");
        int others = 0;
        for (int c = 1; c < columns.length; c++) {
            String option = columns[c].substring(0, columns[c].indexOf(", per month"));
            if (columns[c].contains("The same lines as ")) {
                continue;
            }
            List<List<String>> rows = table(columns[c], "| Line |");
            assertThat(rows.size()).as(option).isLessThan(120);
            for (List<String> row : rows) {
                if (!row.get(0).startsWith(CostLineAppendix.OTHERS)) {
                    continue;
                }
                // "The other 508 lines of worker nodes": the CSV's lines of that option and category after the first listed.
                String category = row.get(0).replaceFirst("^The other [0-9]+ lines of ", "");
                List<String[]> lines = java.util.Arrays.stream(csv).map(ReportPricesTest::csvFields)
                        .filter(f -> f[0].equals(option) && f[1].equalsIgnoreCase(category)).toList();
                List<String[]> rest = lines.subList(CostLineAppendix.LISTED, lines.size());
                assertThat(row.get(0)).startsWith("The other " + rest.size() + " lines");
                assertThat(row.get(1)).endsWith("in r-cost-lines.csv, " + ReportFiles.BESIDE);
                BigDecimal sum = BigDecimal.ZERO;
                for (String[] line : rest) {
                    assertThat(evaluate(line[3], prices)).as(line[2] + ": " + line[3]).isEqualByComparingTo(money(line[4]));
                    sum = sum.add(money(line[4]));
                }
                assertThat(money(row.get(2))).as(option + " " + category).isEqualByComparingTo(sum);
                others++;
            }
        }
        assertThat(others).as("long categories cut").isPositive();
    }

    /** The fields of one CSV line: quoted fields may hold commas and doubled quotes. */
    static String[] csvFields(String line) {
        List<String> fields = new ArrayList<>();
        Matcher field = Pattern.compile("\"((?:[^\"]|\"\")*)\"|([^,]*)").matcher(line);
        int at = 0;
        while (at <= line.length() && field.find(at)) {
            fields.add(field.group(1) != null ? field.group(1).replace("\"\"", "\"") : field.group(2));
            at = field.end() + 1;
        }
        return fields.toArray(String[]::new);
    }

    /** An amount, not a unit price ("$0.192/h"): the figures a placement's reason prints. */
    private static final Pattern AMOUNT = Pattern.compile("\\$[0-9][0-9,]*+\\.[0-9]{2}(?![/0-9])");
    /** A figure with its parts: {@code namespace $13.31 (share of shared nodes: 0.0993 … × 730 h = $13.31)}. */
    private static final Pattern FIGURE = Pattern.compile("^(?:[^:]+: )?(.+?) (\\$[0-9,]+\\.[0-9]{2}) \\((.+)\\)$");

    /**
     * Review 12e, 3: every amount the recommendation table prints per tenant, each end of a range included, comes with
     * its parts (in the appendix the row names), each an evaluable formula whose prices are in the Prices table, and the
     * parts add up to it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"internal-platform", "workshop-starter", "workshop-proposal", "ai-agent-saas"})
    void everyFigureOfTheRecommendationTableIsReproducibleFromPrintedNumbers(String sample) throws Exception {
        String md = MarkdownReport.of(report(sample), "m.bulkhead.json");
        Set<String> prices = printedPrices(md);
        java.util.Map<String, String> figures = new java.util.HashMap<>();
        table(md, "## " + ReportSections.FIGURES).forEach(row -> figures.put(row.get(0), row.get(2)));
        Pattern reference = Pattern.compile(" \\(arithmetic: (R[0-9]+)" + ProposalReport.FIGURES_WHERE + "\\)$");
        int checked = 0;
        for (List<String> row : table(md, "| Tenants |")) {
            String decision = row.get(3);
            Matcher ref = reference.matcher(decision);
            Set<BigDecimal> derived = new HashSet<>();
            if (ref.find()) {
                decision = decision.substring(0, ref.start());
                String given = figures.get(ref.group(1));
                assertThat(given).as(ref.group(1)).startsWith(PlacementGroups.FIGURES);
                for (String figure : given.substring(PlacementGroups.FIGURES.length()).split("; ")) {
                    Matcher parts = FIGURE.matcher(figure);
                    assertThat(parts.matches()).as("a figure with its parts: " + figure).isTrue();
                    BigDecimal sum = BigDecimal.ZERO;
                    for (String part : parts.group(3).split(" \\+ ")) {
                        // What a part is may hold ": " itself ("… dedicated cluster: Kata sandbox nodes"); its arithmetic not.
                        String formula = part.substring(part.lastIndexOf(": ") + 2);
                        int equals = formula.lastIndexOf(" = ");
                        BigDecimal amount = money(formula.substring(equals + 3));
                        assertThat(evaluate(formula.substring(0, equals), prices)).as(row.get(0) + ": " + formula).isEqualByComparingTo(amount);
                        sum = sum.add(amount);
                    }
                    assertThat(sum).as(figure).isEqualByComparingTo(money(parts.group(2)));
                    derived.add(money(parts.group(2)));
                }
            }
            Matcher amount = AMOUNT.matcher(decision);
            while (amount.find()) {
                assertThat(derived).as(row.get(0) + ": " + amount.group() + " in " + decision).contains(money(amount.group()));
                checked++;
            }
        }
        assertThat(checked).as("figures of the recommendation table").isPositive();
    }

    /** A node count and the price it is multiplied by, as a formula prints them: {@code 3 e2-standard-4 nodes × $0.134012/h}. */
    private static final Pattern NODES_AT_PRICE = Pattern.compile("[0-9][0-9,]* ([^ ]+) nodes? × (\\$[0-9.]+)/h");

    /**
     * Review 12e, 1: two machine types can cost the same per hour, so a node price's "What" names the type (and the
     * region), and each formula's node price leads to rows that say one thing: the price of the type it counts.
     */
    @ParameterizedTest
    @ValueSource(strings = {"internal-platform", "workshop-starter", "workshop-proposal", "ai-agent-saas"})
    void eachNodePriceNamesItsMachineTypeAndEveryFormulaFindsItsRow(String sample) throws Exception {
        String md = MarkdownReport.of(report(sample), "m.bulkhead.json");
        List<List<String>> prices = table(md, "## Prices");
        prices.stream().filter(row -> row.get(2).contains("node-hour"))
                .forEach(row -> assertThat(row.get(2)).matches("(.*; )?price per node-hour of one [^ ;]+ \\([^)]+\\)(; .*)?"));
        Matcher formula = NODES_AT_PRICE.matcher(md.substring(md.indexOf("## Appendix: cost lines")));
        int found = 0;
        while (formula.find()) {
            String type = formula.group(1);
            String price = formula.group(2);
            assertThat(prices.stream().filter(row -> row.get(0).equals(price) && row.get(1).equals("$/h")
                    && row.get(2).contains("price per node-hour of one " + type + " ")).map(row -> row.get(2)).distinct())
                    .as(formula.group()).hasSize(1);
            found++;
        }
        assertThat(found).as("node prices in formulas").isPositive();
    }

    /** The bank's "Network fixed costs $54.75" (3 × $0.025/h × 730 h) and its price, in every format the report has. */
    @ParameterizedTest
    @ValueSource(strings = {"internal-platform"})
    void theBanksNetworkFixedCostsCanBeReproducedFromThePdf(String sample) throws Exception {
        ProposalReport report = report(sample);
        String pdf;
        try (PDDocument document = Loader.loadPDF(PdfReport.of(report, "m.bulkhead.json"))) {
            pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        assertThat(pdf).contains("Prices").contains("$0.025$/hpriceperhourofoneLoadbalancerforwardingrule")
                .contains("Appendix:costlines").contains("$18.25+$18.25+$18.25+notpriced$54.75+notpriced");
        assertThat(HtmlReport.of(report, "m.bulkhead.json")).contains("<h2 id=\"prices\">Prices</h2>")
                .contains("<td class=\"n\">$0.025</td><td>$/h</td><td>price per hour of one Load balancer forwarding rule</td>");
        // The control plane's price says its tier: workshop-starter's dedicated $292 is 4 fees at the Standard tier's $0.10/h.
        assertThat(MarkdownReport.of(report("workshop-starter"), "m.bulkhead.json"))
                .containsPattern("\\| \\$0\\.10 \\| \\$/h \\| price per hour of one cluster's control plane[^|]* \\| Control planes \\([^)]*standard tier\\)");
    }

    /** The Prices table's prices as formulas print them: {@code $0.025/h}, {@code $0.00/GB (not priced)}. */
    private static Set<String> printedPrices(String md) {
        Set<String> prices = new HashSet<>();
        for (List<String> row : table(md, "## Prices")) {
            prices.add(row.get(0).equals("not priced") ? "$0.00/" + row.get(1).substring(2) + " (not priced)"
                    : row.get(0) + "/" + row.get(1).substring(2));
        }
        assertThat(prices).isNotEmpty();
        return prices;
    }

    /** The printed arithmetic evaluated: product of the terms over the divisors, rounded once, half-up, to the cent. */
    private static BigDecimal evaluate(String formula, Set<String> prices) {
        BigDecimal product = BigDecimal.ONE;
        BigDecimal divisor = BigDecimal.ONE;
        String[] pieces = formula.split(" (?=[×÷] )");
        for (String piece : pieces) {
            boolean divide = piece.startsWith("÷ ");
            String term = piece.replaceFirst("^[×÷] ", "");
            Matcher matcher = TERM.matcher(term);
            assertThat(matcher.matches()).as("a term of " + formula + ": " + term).isTrue();
            BigDecimal value = new BigDecimal(matcher.group(2).replace(",", ""));
            if (!matcher.group(1).isEmpty()) {
                assertThat(prices).as("the price " + term + " in the Prices table").contains(term);
            }
            if (divide) {
                divisor = divisor.multiply(value);
            } else {
                product = product.multiply(value);
            }
        }
        return divisor.signum() == 0 ? BigDecimal.ZERO
                : product.divide(divisor, new MathContext(34, RoundingMode.HALF_UP)).setScale(2, RoundingMode.HALF_UP);
    }

    /** The first amount of a cell ("$54.75 + not priced"), or zero for a cell that only says "not priced". */
    private static BigDecimal money(String cell) {
        Matcher matcher = MONEY.matcher(cell);
        return matcher.find() ? new BigDecimal(matcher.group(1).replace(",", "")) : BigDecimal.ZERO;
    }

    /** The rows of the first Markdown table after {@code heading}, header and rule left out, cells trimmed. */
    private static List<List<String>> table(String md, String heading) {
        String rest = md.substring(md.indexOf(heading));
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = heading.startsWith("|");
        int seen = 0;
        for (String line : rest.split("\n")) {
            if (line.startsWith("|")) {
                inTable = true;
                if (seen++ >= 2) {
                    List<String> cells = new ArrayList<>();
                    for (String cell : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|")) {
                        cells.add(cell.strip());
                    }
                    rows.add(cells);
                }
            } else if (inTable && seen > 0) {
                break;
            }
        }
        return rows;
    }
}

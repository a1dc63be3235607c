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
        Set<String> prices = new HashSet<>();
        for (List<String> row : table(md, "## Prices")) {
            prices.add(row.get(0).equals("not priced") ? "$0.00/" + row.get(1).substring(2) + " (not priced)"
                    : row.get(0) + "/" + row.get(1).substring(2));
        }
        assertThat(prices).isNotEmpty();

        List<List<String>> sideBySide = table(md, "## Side by side");
        String appendix = md.substring(md.indexOf("## Appendix: cost lines"));
        String[] columns = appendix.split("\n### ");
        int lines = 0;
        for (int c = 1; c < columns.length; c++) {
            String column = columns[c];
            if (column.contains("The same lines as ")) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (List<String> row : table(column, "| Line |")) {
                BigDecimal amount = money(row.get(2));
                if (row.get(0).startsWith("**")) {
                    // A category's sum: its lines add up to it, and it is the side-by-side table's figure.
                    assertThat(amount).as(column.lines().findFirst().orElse("") + " " + row.get(0)).isEqualByComparingTo(sum);
                    String label = row.get(0).replace("**", "");
                    List<String> tableRow = sideBySide.stream().filter(r -> r.get(0).equals(label)).findFirst().orElse(null);
                    if (tableRow == null) {
                        // A line the table leaves out as zero in every option, and says so.
                        assertThat(amount).as(label).isZero();
                        assertThat(md).containsPattern("Left out as \\$0\\.00 in every option: [^.]*" + label);
                    } else {
                        assertThat(money(tableRow.get(c))).as(label + " in column " + c).isEqualByComparingTo(amount);
                    }
                    sum = BigDecimal.ZERO;
                    continue;
                }
                assertThat(evaluate(row.get(1), prices)).as(row.get(0) + ": " + row.get(1)).isEqualByComparingTo(amount);
                sum = sum.add(amount);
                lines++;
            }
        }
        assertThat(lines).isGreaterThan(10);
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
                .contains("Appendix:costlines").contains("$18.25+$0.00+$18.25+$0.00+$18.25+$0.00$54.75");
        assertThat(HtmlReport.of(report, "m.bulkhead.json")).contains("<h2 id=\"prices\">Prices</h2>")
                .contains("<td class=\"n\">$0.025</td><td>$/h</td><td>price per hour of one Load balancer forwarding rule</td>");
        // The control plane's price says its tier: workshop-starter's dedicated $292 is 4 fees at the Standard tier's $0.10/h.
        assertThat(MarkdownReport.of(report("workshop-starter"), "m.bulkhead.json"))
                .containsPattern("\\| \\$0\\.10 \\| \\$/h \\| price per hour of one cluster's control plane[^|]* \\| Control planes \\([^)]*standard tier\\)");
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

package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review R12g: the cost lines' CSV had no rows for a column whose lines are another's (Namespace, "the same lines as
 * Current design"), and its amounts were text ("$5,680.17") that a spreadsheet in another locale cannot add. Every
 * column has its rows, and each priced amount is also a plain number equal to it.
 */
class CostLinesCsvTest {
    @Test
    void everyColumnHasItsRowsAndEveryAmountIsAlsoAPlainNumber() throws Exception {
        ProposalReport report = ProposalReport.of(new Analyzer(ReferenceData.bundled()).analyze(
                new ModelReader().read(Path.of("sample-models/ai-agent-saas.bulkhead.json"))), null, null, LocalDate.of(2026, 12, 1));
        String[] csv = report.costLinesCsv().split("\n");

        assertThat(ReportPricesTest.csvFields(csv[0])).containsExactly("Option", "Category", "Line", "Arithmetic", "Per month", "Per month (number)");
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < csv.length; i++) {
            rows.add(ReportPricesTest.csvFields(csv[i]));
        }
        for (String option : List.of("Current design", "Namespace", "vCluster", "Dedicated", "Recommended mix")) {
            assertThat(rows).as(option).anyMatch(row -> row[0].equals(option));
        }
        assertThat(rows.stream().filter(row -> row[0].equals("Namespace")).count())
                .isEqualTo(rows.stream().filter(row -> row[0].equals("Current design")).count());
        for (String[] row : rows) {
            assertThat(row).hasSize(6);
            if (row[4].startsWith("$")) {
                assertThat(row[5]).matches("-?\\d+\\.\\d{2}");
                assertThat(new BigDecimal(row[5])).isEqualByComparingTo(new BigDecimal(row[4].replace("$", "").replace(",", "")));
            } else {
                assertThat(row[5]).as(row[2]).isEmpty();
            }
        }
        // Review R12h: the file names every tenant of an alike line, where the appendix counts the most of them.
        assertThat(rows).noneMatch(row -> row[2].matches(".* and \\d+ more\\)"))
                .anyMatch(row -> row[2].startsWith("Worker nodes · 5 dedicated clusters alike in prod (duff-brewing, hooli, nakatomi-trading, "));
    }
}

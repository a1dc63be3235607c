package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, 1: a 250-tenant model's 300 blocked connection ends filled pages of the report. The report lists the first
 * few under "What an export would write", counts the rest, and writes every one to X-blocked-flows.csv beside it, in
 * every format; a report whose list is short lists them all and writes no such file.
 */
class BlockedFlowsFileTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());
    private static final String FILE = "r-blocked-flows.csv";
    private static final String HEADER = "Environment,From,To,Connection,Port,Namespace,Direction,Why";

    private static ProposalReport report(Model model) {
        return ProposalReport.of(ANALYZER.analyze(model), null, null, LocalDate.of(2026, 12, 1));
    }

    /** The 250-tenant model, each connection named with a comma and quotes, which the CSV must escape. */
    private static Model manyBlockedFlows() {
        ModelDocument document = new ModelDocument(GeneratedModels.platform(3, 2, 250, 120, 250, 42));
        document.edit("Name the connections awkwardly", tx -> {
            for (Connection connection : tx.view().all(Connection.class)) {
                tx.replace(connection.withName("calls \"" + connection.name() + "\", then waits"));
            }
        });
        return document.snapshot();
    }

    @Test
    void aLongListNamesTheFirstCountsTheRestAndTheFileBesideTheReportHasEachOnce() throws Exception {
        ProposalReport report = report(manyBlockedFlows());
        List<String> blocked = report.artefacts().blocked();
        assertThat(blocked).hasSizeGreaterThan(100);

        Map<String, byte[]> files = ReportFiles.of(report, "m.bulkhead.json", "r.pdf", ReportFiles.Format.PDF);
        assertThat(files).containsKey(FILE);
        String file = new String(files.get(FILE), StandardCharsets.UTF_8);
        // A spreadsheet reads the file as UTF-8 by its byte order mark; without it every "→" came out garbled.
        assertThat(file).startsWith(ReportFiles.CSV_BOM);
        List<List<String>> csv = csv(file.substring(ReportFiles.CSV_BOM.length()));
        assertThat(String.join(",", csv.get(0))).isEqualTo(HEADER);
        List<List<String>> rows = csv.subList(1, csv.size());
        for (List<String> row : rows) {
            assertThat(row).as(row.toString()).hasSize(8);
            // The environment of the end whose namespace has no rule for it.
            String end = row.get(6).equals("out") ? row.get(1) : row.get(2);
            assertThat(row.get(0)).isNotBlank();
            assertThat(end).startsWith(row.get(0) + " / ");
            assertThat(row.get(3)).startsWith("calls \"").endsWith("\", then waits");
        }
        // Every blocked end exactly once: each row is one of the report's lines, taken apart into its columns.
        assertThat(rows.stream().map(BlockedFlowsFileTest::line).toList()).containsExactlyInAnyOrderElementsOf(blocked);

        String flat;
        try (PDDocument pdf = Loader.loadPDF(files.get("r.pdf"))) {
            flat = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        }
        int shown = (int) blocked.stream().filter(flow -> flat.contains(flow.replaceAll("\\s+", ""))).count();
        assertThat(shown).isPositive().isLessThan(30);
        // The first ones, in the list's order.
        blocked.subList(0, shown).forEach(flow -> assertThat(flat).contains(flow.replaceAll("\\s+", "")));
        Matcher more = Pattern.compile("and(\\d+)more,eachin" + Pattern.quote(FILE), Pattern.CASE_INSENSITIVE).matcher(flat);
        assertThat(more.find()).as("the PDF counts the rest and names the file").isTrue();
        assertThat(Integer.parseInt(more.group(1))).isEqualTo(rows.size() - shown);

        for (ReportFiles.Format format : List.of(ReportFiles.Format.MARKDOWN, ReportFiles.Format.HTML)) {
            Map<String, byte[]> written = ReportFiles.of(report, "m.bulkhead.json", "r." + format.extension(), format);
            assertThat(written.get(FILE)).as(format.name()).isEqualTo(files.get(FILE));
            String text = new String(written.get("r." + format.extension()), StandardCharsets.UTF_8);
            assertThat(text).as(format.name()).contains("and " + (rows.size() - shown) + " more, each in " + FILE)
                    .contains(blocked.get(shown - 1).replace("\"", format == ReportFiles.Format.HTML ? "&quot;" : "\""))
                    // The findings no longer say each is listed in the report: they point to the file.
                    .doesNotContain("each listed under")
                    .doesNotContain(blocked.get(shown).replace("\"", format == ReportFiles.Format.HTML ? "&quot;" : "\""));
        }
        String markdown = new String(ReportFiles.of(report, "m.bulkhead.json", "r.md", ReportFiles.Format.MARKDOWN).get("r.md"),
                StandardCharsets.UTF_8);
        assertThat(markdown.substring(markdown.indexOf("## Findings"), markdown.indexOf("## What an export would write")))
                .contains("each in " + FILE);
    }

    @Test
    void aShortListIsListedWholeAndNoFileIsWritten() throws Exception {
        ProposalReport report = report(new ModelReader().read(Path.of("sample-models/internal-platform.bulkhead.json")));
        assertThat(report.artefacts().blocked()).isNotEmpty();
        for (ReportFiles.Format format : ReportFiles.Format.values()) {
            Map<String, byte[]> files = ReportFiles.of(report, "m.bulkhead.json", "r." + format.extension(), format);
            assertThat(files).as(format.name()).doesNotContainKey(FILE);
        }
        String markdown = MarkdownReport.of(report, "m.bulkhead.json", "r");
        report.artefacts().blocked().forEach(flow -> assertThat(markdown).contains("- " + flow));
        assertThat(markdown).contains(DesignFindings.BLOCKED).doesNotContain("more, each in");
    }

    /** A row's columns put back together as the report's list gives the end. */
    private static String line(List<String> row) {
        return row.get(1) + " → " + row.get(2) + ", " + row.get(3) + " (" + row.get(4) + "): no rule lets it "
                + (row.get(6).equals("out") ? "out of " : "into ") + "namespace " + row.get(5) + ", because " + row.get(7) + ".";
    }

    /** RFC 4180: fields in quotes may hold commas, line breaks and doubled quotes. */
    private static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        assertThat(field.length() == 0 && row.isEmpty()).as("the file ends with a line break").isTrue();
        return rows;
    }
}

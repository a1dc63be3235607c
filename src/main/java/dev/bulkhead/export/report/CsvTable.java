package dev.bulkhead.export.report;

import java.util.List;

/** A table as the CSV files beside a report write it: a header row, then one line per row, each field escaped. */
final class CsvTable {
    private CsvTable() {
    }

    static String of(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        csv.append(String.join(",", fields.stream().map(ComparisonTable::csv).toList())).append('\n');
    }
}

package dev.bulkhead.export.report;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The files one proposal report consists of, by the name the user chose: a PDF or HTML report is that one file; a
 * Markdown report also has its diagrams and charts as SVG files beside it, named after it (X.md links X-diagram.svg,
 * X-cost-isolation.svg and X-growth.svg, and X-diagram-prod.svg and so on when the report draws each environment); a
 * report of any format whose appendix lists only a long category's first lines has every line in X-cost-lines.csv
 * beside it, and one whose list of blocked connection ends names only the first has each in X-blocked-flows.csv. What
 * {@code bulkhead report} and File > Export Report… both write.
 */
public final class ReportFiles {
    /** Report formats, by the chosen file's extension. */
    public enum Format {
        PDF("pdf"), MARKDOWN("md"), HTML("html");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** The format a file name asks for (.pdf, .md or .markdown, .html or .htm), or null. */
        public static Format of(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            return name.endsWith(".pdf") ? PDF : name.endsWith(".md") || name.endsWith(".markdown") ? MARKDOWN
                    : name.endsWith(".html") || name.endsWith(".htm") ? HTML : null;
        }
    }

    /** What a report's files beside it are named after when the caller names no file ("report-cost-lines.csv"). */
    static final String DEFAULT_BASE = "report";

    /**
     * Said after a file's name where a report points to it: a PDF travels alone, and "in r-cost-lines.csv" did not tell
     * its reader that the file came with the report, nor where to look for it.
     */
    static final String BESIDE = "written beside this report";

    /** The byte order mark that starts each CSV file. */
    static final String CSV_BOM = "\uFEFF";

    private ReportFiles() {
    }

    /**
     * File names (in one folder, the report's own name among them) and their bytes, in the order to write them: the
     * figures before the report, so that a report on disk never links a picture not yet there.
     */
    public static Map<String, byte[]> of(ProposalReport report, String modelFile, String fileName, Format format) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String base = fileName.lastIndexOf('.') > 0 ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        // Every format: an appendix too long to list every line points to this file for the rest.
        if (CostLineAppendix.cut(report.costLines(linesFile(base)))) {
            files.put(linesFile(base), csv(report.costLinesCsv()));
        }
        // Every format too: a list of blocked connection ends too long to print names this file for the others.
        if (report.blockedCut()) {
            files.put(blockedFile(base), csv(report.blockedCsv()));
        }
        switch (format) {
            case PDF -> files.put(fileName, PdfReport.of(report, modelFile, base));
            case HTML -> files.put(fileName, utf8(HtmlReport.of(report, modelFile, base)));
            case MARKDOWN -> {
                for (DiagramPages.Page page : report.diagramPages()) {
                    files.put(base + page.file(), utf8(ReportFigures.diagramSvg(report, page)));
                }
                files.put(base + MarkdownReport.COST_ISOLATION, utf8(ReportFigures.costIsolation(report)));
                if (!report.growth().isEmpty()) {
                    files.put(base + MarkdownReport.GROWTH, utf8(ReportFigures.growth(report)));
                }
                files.put(fileName, utf8(MarkdownReport.of(report, modelFile, base)));
            }
        }
        return files;
    }

    /** The file beside a report named {@code base} that lists every cost line of its appendix: X.pdf, X-cost-lines.csv. */
    static String linesFile(String base) {
        return base + "-cost-lines.csv";
    }

    /** The file beside a report named {@code base} that has every blocked connection end: X.pdf, X-blocked-flows.csv. */
    static String blockedFile(String base) {
        return base + "-blocked-flows.csv";
    }

    /**
     * A CSV file's bytes: UTF-8 after a byte order mark, which is how a spreadsheet (Excel above all, where a reader of
     * the report opens these) knows the file is UTF-8; without it "→", "·" and "×" of every line came out garbled.
     */
    static byte[] csv(String text) {
        return utf8(CSV_BOM + text);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

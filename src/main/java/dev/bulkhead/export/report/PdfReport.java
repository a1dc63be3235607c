package dev.bulkhead.export.report;

import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.diagram.Colour;
import dev.bulkhead.diagram.DiagramFont;
import dev.bulkhead.diagram.DiagramPicture;
import dev.bulkhead.diagram.DiagramTheme;
import dev.bulkhead.diagram.DrawingSurface.Align;
import dev.bulkhead.diagram.chart.GrowthCurves;
import dev.bulkhead.diagram.pdf.PageSpec;
import dev.bulkhead.diagram.pdf.PdfFonts;
import dev.bulkhead.diagram.pdf.PdfSurface;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The proposal report as a PDF on A4: a title page, the diagrams each on a landscape page of its own (the scope's,
 * then each environment's when that one summarises clusters: {@link DiagramPages}), then the charts
 * (drawn by the app's painters through the PDF surface) and the tables, flowing over portrait pages. Text is real
 * text in the embedded font, and everything stays inside the margins.
 */
public final class PdfReport {
    static final double MARGIN = PageSpec.MARGIN + 12;
    private static final double WIDTH = 595.28;
    private static final double HEIGHT = 841.89;
    /** The room a heading takes at the top of a page. */
    private static final double HEADING_HEIGHT = 36;
    /** The area the diagram is fitted to: a landscape A4 page inside the margins, under its heading. */
    static final double DIAGRAM_WIDTH = HEIGHT - 2 * MARGIN;
    static final double DIAGRAM_HEIGHT = WIDTH - 2 * MARGIN - HEADING_HEIGHT;
    private static final DiagramFont TITLE = DiagramFont.semiBold(26);
    private static final DiagramFont HEADING = DiagramFont.semiBold(15);
    private static final DiagramFont BODY = DiagramFont.regular(9.5);
    private static final DiagramFont BODY_BOLD = DiagramFont.semiBold(9.5);
    private static final DiagramFont SMALL = DiagramFont.regular(7.5);
    private static final DiagramFont SMALL_BOLD = DiagramFont.semiBold(7.5);
    private static final DiagramFont META = DiagramFont.regular(11);
    /** The room under a diagram for its caption: two lines of body type and the gap above them. */
    static final double CAPTION_HEIGHT = 2 * BODY.size() * 1.4 + 4 + 8;
    /** The height a diagram after the first is fitted to, leaving room for its caption. */
    static final double CAPTIONED_DIAGRAM_HEIGHT = DIAGRAM_HEIGHT - CAPTION_HEIGHT;

    private final PDDocument document;
    private final PdfFonts fonts;
    private final DiagramTheme theme = DiagramTheme.of(false);
    private final Map<DiagramFont, Map<String, Double>> wordWidths = new java.util.HashMap<>();
    private PDPageContentStream cs;
    private PdfSurface g;
    private double pageWidth;
    private double pageHeight;
    private double y;
    private int pages;
    /** A section heading not drawn yet: the next block draws it, on the page where that block starts. */
    private String pendingHeading;

    /** A point on a page: its number (from 1) and the distance from the top. */
    private record Place(int page, double y) {
    }

    /** Where each section's heading was drawn, for the contents and the bookmarks. */
    private final Map<String, Place> headings = new java.util.HashMap<>();
    /** Where the title page kept room for the contents. */
    private Place contentsAt;

    private PdfReport(PDDocument document) {
        this.document = document;
        this.fonts = new PdfFonts(document);
    }

    /** The report whose file beside it, if its appendix needs one, is named after "report" (report-cost-lines.csv). */
    public static byte[] of(ProposalReport report, String modelFile) {
        return of(report, modelFile, ReportFiles.DEFAULT_BASE);
    }

    /** The report, its files beside it named after {@code base} ({@link ReportFiles}). */
    public static byte[] of(ProposalReport report, String modelFile, String base) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(report.title() + " — proposal");
            if (report.author() != null) {
                document.getDocumentInformation().setAuthor(report.author());
            }
            document.getDocumentInformation().setCreator("Bulkhead");
            document.getDocumentInformation().setCreationDate(Calendar.getInstance());
            PdfReport pdf = new PdfReport(document);
            pdf.write(report, modelFile, base);
            pdf.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(ProposalReport report, String modelFile, String base) {
        titlePage(report);
        report.diagramPages().forEach(this::diagramPage);

        newPage(false);
        heading(ReportSections.COST_ISOLATION);
        paragraph("Each option's monthly cost against the requirement margin of its worst-served tenant. On or above the dashed "
                + "line every requirement is met; a red ring marks an option that fails someone, a green halo the cheapest "
                + "option meeting everyone; the grey line joins the cheapest choice at each margin.", BODY, theme.colour("-bh-text"));
        chart(HtmlReport.CHART_WIDTH, HtmlReport.CHART_HEIGHT,
                surface -> report.costIsolation().draw(surface, theme, 0, 0, HtmlReport.CHART_WIDTH, HtmlReport.CHART_HEIGHT));
        notPricedNote(report);

        heading(ReportSections.SIDE_BY_SIDE);
        paragraph(report.currentDesignNote(), SMALL, theme.colour("-bh-text-muted"));
        ComparisonTable table = report.table();
        List<String> header = new ArrayList<>(List.of(""));
        header.addAll(table.columns());
        List<List<String>> rows = new ArrayList<>();
        String section = null;
        List<Integer> sectionRows = new ArrayList<>();
        for (ComparisonTable.Row row : table.rows()) {
            if (!row.section().equals(section)) {
                section = row.section();
                sectionRows.add(rows.size());
                List<String> sectionRow = new ArrayList<>(List.of(section));
                table.columns().forEach(c -> sectionRow.add(""));
                rows.add(sectionRow);
            }
            List<String> cells = new ArrayList<>(List.of(row.label()));
            row.cells().forEach(c -> cells.add(c.text()));
            rows.add(cells);
        }
        double first = 130;
        double rest = (WIDTH - 2 * MARGIN - first) / table.columns().size();
        double[] widths = new double[table.columns().size() + 1];
        java.util.Arrays.fill(widths, rest);
        widths[0] = first;
        table(header, rows, widths, true, sectionRows);
        if (report.zeroLinesNote() != null) {
            paragraph(report.zeroLinesNote(), SMALL, theme.colour("-bh-text-muted"));
        }
        notPricedNote(report);
        paragraph(ProposalReport.HOW_TO_CHECK, SMALL, theme.colour("-bh-text-muted"));

        // After the side by side, as in Markdown and HTML: the figures first, then what they lead to.
        heading(ReportSections.RECOMMENDATION);
        paragraph(report.recommendation(), BODY_BOLD, theme.colour("-bh-text"));
        heading(ReportSections.PLACEMENT);
        List<List<String>> placements = report.placementGroups().stream()
                .map(r -> List.of(r.names(), r.where(), r.placement(), r.why())).toList();
        table(List.of("Tenants", ProposalReport.WHERE_COLUMN, "Placement", "Why"), placements, new double[] {135, 85, 75, WIDTH - 2 * MARGIN - 295},
                false, List.of());

        requirements(report, modelFile);

        heading(ReportSections.TOTALS);
        List<String> totalsHeader = new ArrayList<>(List.of(""));
        OptionKey.COMPARED.forEach(k -> totalsHeader.add(k.label()));
        List<List<String>> totals = new ArrayList<>();
        for (ProposalReport.TotalsRow row : report.totals()) {
            List<String> cells = new ArrayList<>(List.of(row.scope()));
            for (int i = 0; i < row.totals().size(); i++) {
                cells.add(row.shown(i) + (row.best(i) ? " ✓" : ""));
            }
            totals.add(cells);
        }
        double totalsRest = (WIDTH - 2 * MARGIN - 110) / OptionKey.COMPARED.size();
        table(totalsHeader, totals, new double[] {110, totalsRest, totalsRest, totalsRest, totalsRest}, true, List.of());
        paragraph("✓ the cheapest option that meets every tenant's requirement there (each of them when two cost the same).", SMALL, theme.colour("-bh-text-muted"));
        notPricedNote(report);

        heading(ReportSections.GROWTH);
        GrowthCurves growth = report.growth();
        chart(HtmlReport.CHART_WIDTH, HtmlReport.CHART_HEIGHT,
                surface -> growth.draw(surface, theme, report.symbol(), 0, 0, HtmlReport.CHART_WIDTH, HtmlReport.CHART_HEIGHT));
        List<ProposalReport.GrowthRow> growthTable = report.growthTable();
        if (!growthTable.isEmpty()) {
            List<String> growthHeader = new ArrayList<>(List.of("Tenants"));
            OptionKey.COMPARED.forEach(k -> growthHeader.add(k.label()));
            List<List<String>> growthRows = new ArrayList<>();
            for (ProposalReport.GrowthRow row : growthTable) {
                List<String> cells = new ArrayList<>(List.of(String.valueOf(row.tenants())));
                cells.addAll(row.costs());
                growthRows.add(cells);
            }
            table(growthHeader, growthRows, new double[] {110, totalsRest, totalsRest, totalsRest, totalsRest}, true, List.of());
        }
        if (!growth.isEmpty()) {
            paragraph(GrowthCurves.HOW_GROWN, SMALL, theme.colour("-bh-text-muted"));
            paragraph(growth.crossings().isEmpty() ? GrowthCurves.NO_CROSSING : GrowthCurves.CROSSING_RULE, BODY,
                    theme.colour("-bh-text"));
        }
        growth.crossings().forEach(c -> paragraph("• " + c.text(), BODY, theme.colour("-bh-text")));

        heading(ReportSections.ASSUMPTIONS);
        List<List<String>> assumptions = report.assumptions().stream()
                .map(r -> List.of(r.group(), r.label() + (r.overridden() ? " (set for this model)" : ""), r.value(), r.unit(), r.source()))
                .toList();
        table(List.of("Group", "Assumption", "Value", "Unit", "Source"), assumptions,
                new double[] {55, 120, 45, 70, WIDTH - 2 * MARGIN - 290}, false, List.of());

        heading(ReportSections.PRICES);
        paragraph(ProposalReport.PRICES_HEADING, SMALL, theme.colour("-bh-text-muted"));
        table(List.of("Price", "Unit", "What", "Used for", "Source"), report.prices().stream()
                        .map(r -> List.of(r.price(), r.unit(), r.what(), r.usedFor(), r.source())).toList(),
                new double[] {50, 60, 110, 90, WIDTH - 2 * MARGIN - 310}, false, List.of());

        List<ProposalReport.NoteRow> notes = report.notes();
        if (!notes.isEmpty()) {
            heading(ReportSections.NOTES);
            table(List.of("About", "Note"), notes.stream().map(n -> List.of(n.subject(), n.text())).toList(),
                    new double[] {130, WIDTH - 2 * MARGIN - 130}, false, List.of());
        }

        heading(ReportSections.FINDINGS);
        List<ProposalReport.FindingRow> findings = report.findings(ReportFiles.blockedFile(base));
        if (findings.isEmpty()) {
            paragraph("No findings.", BODY, theme.colour("-bh-text"));
        } else {
            paragraph(report.findingsHeading(), BODY, theme.colour("-bh-text"));
            table(List.of("Severity", "Code", "Element", "Finding", "After the mix"),
                    findings.stream().map(f -> List.of(f.severity(), f.code(), f.element(), f.message(), f.afterMix())).toList(),
                    new double[] {40, 90, 80, WIDTH - 2 * MARGIN - 300, 90}, false, List.of());
        }

        heading(ReportSections.ARTEFACTS);
        ProposalReport.Artefacts artefacts = report.artefacts();
        if (artefacts.refusal() != null) {
            paragraph("The " + artefacts.target() + " export (" + artefacts.choice() + ") would refuse this model: "
                    + artefacts.refusal(), BODY, theme.colour("-bh-danger"));
        } else {
            paragraph(report.artefactsSentence(modelFile), BODY, theme.colour("-bh-text"));
            List<List<String>> folders = new ArrayList<>();
            for (Map.Entry<String, Integer> folder : artefacts.folders().entrySet()) {
                folders.add(List.of(folder.getKey(), String.valueOf(folder.getValue())));
            }
            table(List.of("Folder", "Files"), folders, new double[] {300, 60}, false, List.of());
            if (report.blockedSentence() != null) {
                paragraph(report.blockedSentence(), SMALL_BOLD, theme.colour("-bh-warning"));
                report.blockedListed().forEach(flow -> paragraph("• " + flow, SMALL, theme.colour("-bh-text")));
                String others = report.blockedOthers(ReportFiles.blockedFile(base));
                if (others != null) {
                    paragraph(others, SMALL, theme.colour("-bh-text"));
                }
            }
            if (report.widenedSentence() != null) {
                paragraph(report.widenedSentence(), SMALL_BOLD, theme.colour("-bh-warning"));
                report.widenedListed().forEach(host -> paragraph("• " + host, SMALL, theme.colour("-bh-text")));
            }
            if (!artefacts.notes().isEmpty()) {
                paragraph(ProposalReport.EXPORT_NOTES, SMALL, theme.colour("-bh-text"));
            }
            artefacts.notes().forEach(note -> paragraph(note, SMALL, theme.colour("-bh-text-muted")));
        }
        appendix(report, base);
        heading(ReportSections.FIGURES);
        paragraph(ProposalReport.FIGURES_NOTE, SMALL, theme.colour("-bh-text-muted"));
        table(List.of("Row", "Of", "Figures"), report.placementGroups().stream().filter(row -> !row.figures().isEmpty())
                .map(row -> List.of(row.ref(), row.of(), row.figures())).toList(),
                new double[] {30, 120, WIDTH - 2 * MARGIN - 150}, false, List.of());
        paragraph("Written by Bulkhead from " + modelFile + ".", SMALL, theme.colour("-bh-text-muted"));
        close();
        contents(report);
        outline(report);
    }

    /** What each kind of tenant requires, the rules that change it for one tenant, and who falls short under each option. */
    private void requirements(ProposalReport report, String modelFile) {
        Requirements requirements = report.requirements();
        heading(ReportSections.REQUIREMENTS);
        paragraph(Requirements.meansNote(report.scope()), BODY, theme.colour("-bh-text"));
        paragraph(Requirements.KINDS_HEADING, BODY, theme.colour("-bh-text"));
        List<String> header = new ArrayList<>(List.of("Kind"));
        header.addAll(Requirements.dimensions());
        double first = 91;
        double[] widths = new double[header.size()];
        java.util.Arrays.fill(widths, (WIDTH - 2 * MARGIN - first) / (header.size() - 1));
        widths[0] = first;
        table(header, requirements.kinds().stream().map(k -> {
            List<String> cells = new ArrayList<>(List.of(k.kind()));
            k.required().forEach(score -> cells.add(String.valueOf(score)));
            return cells;
        }).toList(), widths, true, List.of());
        requirements.kinds().forEach(k -> paragraph("• " + k.kind() + ": " + k.why(), SMALL, theme.colour("-bh-text-muted")));
        requirements.rules().forEach(rule -> paragraph("• " + rule, SMALL, theme.colour("-bh-text")));
        requirements.heldToAnotherKind().forEach(held -> paragraph(held, BODY, theme.colour("-bh-text")));
        paragraph(Requirements.UNMET_HEADING, BODY, theme.colour("-bh-text"));
        table(List.of("Option", "Tenant", "Short of its requirement"), requirements.unmet(report.compareCommand(modelFile)).stream()
                .map(r -> List.of(r.option(), r.tenant(), r.shortOf())).toList(), new double[] {80, 100, WIDTH - 2 * MARGIN - 180},
                false, List.of());
    }

    /** Each option's cost lines with their arithmetic, category by category, each category's sum in bold beneath. */
    private void appendix(ProposalReport report, String base) {
        heading(ReportSections.APPENDIX);
        paragraph(ProposalReport.LINES_HEADING, SMALL, theme.colour("-bh-text-muted"));
        double[] widths = {150, WIDTH - 2 * MARGIN - 215, 65};
        for (CostLineAppendix.Column column : report.costLines(ReportFiles.linesFile(base))) {
            paragraph(column.heading(), BODY_BOLD, theme.colour("-bh-text"));
            if (column.sameAs() != null) {
                paragraph("The same lines as " + column.sameAs() + ".", BODY, theme.colour("-bh-text"));
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            List<Integer> sums = new ArrayList<>();
            for (CostLineAppendix.Category category : column.categories()) {
                category.lines().forEach(line -> rows.add(List.of(line.item(), line.formula(), line.amount())));
                sums.add(rows.size());
                rows.add(List.of(category.label(), category.sum(), category.total()));
            }
            table(List.of("Line", "Arithmetic", "Per month"), rows, widths, true, sums);
        }
    }

    private void notPricedNote(ProposalReport report) {
        if (report.notPricedNote() != null) {
            paragraph(report.notPricedNote(), SMALL_BOLD, theme.colour("-bh-warning"));
        }
    }

    private void titlePage(ProposalReport report) {
        double height = (ReportSections.of(report).size() + 1) * CONTENTS_LINE + 4;
        titleBlock(report, TITLE_TOP);
        // A longer contents (a report with a page per environment) is kept on the title page by starting the title
        // higher, up to the margin: drawn again from there, as its height is known only once drawn.
        double overflow = y + height - (pageHeight - MARGIN);
        if (pages == 1 && overflow > 0 && overflow <= TITLE_TOP - MARGIN) {
            close();
            document.removePage(0);
            pages = 0;
            // A point to spare: drawn exactly to the foot, a rounding error would push the contents over.
            titleBlock(report, Math.max(MARGIN, TITLE_TOP - overflow - 1));
        }
        // Room for the contents, drawn by contents() at the end, once every section's page is known.
        ensure(height);
        contentsAt = new Place(pages, y);
        y += height;
    }

    /** Far enough down to read as a title page, high enough to leave room for the contents beneath the summary. */
    private static final double TITLE_TOP = 140;

    /** The title page down to the summary, its title starting {@code top} from the top of the page. */
    private void titleBlock(ProposalReport report, double top) {
        newPage(false);
        y = top;
        paragraph(report.title(), TITLE, theme.colour("-bh-text"));
        y += 8;
        paragraph("Proposal report: Kubernetes tenancy options, cost and isolation", META, theme.colour("-bh-text-muted"));
        y += 24;
        List<String> facts = new ArrayList<>(List.of("Scope: " + report.scopeWithTenants()));
        if (report.scenarioLabel() != null) {
            facts.add("Scenario: " + report.model().scenarios().active());
        }
        facts.add("Date: " + report.date());
        if (report.author() != null) {
            facts.add("Prepared by: " + report.author());
        }
        facts.add("Pricing: " + report.pricing());
        for (String line : facts) {
            paragraph(line, META, theme.colour("-bh-text"));
        }
        if (!report.description().isBlank()) {
            y += 12;
            paragraph(report.description(), BODY, theme.colour("-bh-text-muted"));
        }
        y += 24;
        g.fill(theme.colour("-bh-ok"));
        double summary = y;
        paragraphAt(report.recommendation(), BODY_BOLD, theme.colour("-bh-text"), MARGIN + 14, WIDTH - 2 * MARGIN - 14);
        g.fill(theme.colour("-bh-ok"));
        g.fillRect(MARGIN, summary - 4, 4, y - summary + 4);
        y += 24;
    }

    /** The height of a line of the contents. */
    private static final double CONTENTS_LINE = BODY.size() * 1.5;
    /** The width from a contents entry's start to its right-aligned page number: near enough to read across. */
    private static final double CONTENTS_WIDTH = 300;

    /**
     * The contents in the room the title page kept for them: each section of the one list ({@link ReportSections}) with
     * the page its heading is on, each line a link to that heading.
     */
    private void contents(ProposalReport report) {
        PDPage page = document.getPage(contentsAt.page() - 1);
        try (PDPageContentStream stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            PdfSurface surface = new PdfSurface(stream, fonts, page.getMediaBox().getHeight());
            double top = contentsAt.y();
            surface.fill(theme.colour("-bh-text"));
            surface.text(ReportSections.CONTENTS, BODY_BOLD, MARGIN, top + CONTENTS_LINE / 2, Align.LEFT, 0);
            for (String section : ReportSections.of(report)) {
                top += CONTENTS_LINE;
                Place heading = placed(section);
                surface.fill(theme.colour("-bh-text"));
                surface.text(section, BODY, MARGIN + 14, top + CONTENTS_LINE / 2, Align.LEFT, CONTENTS_WIDTH - 40);
                surface.text(String.valueOf(heading.page()), BODY, MARGIN + CONTENTS_WIDTH, top + CONTENTS_LINE / 2, Align.RIGHT, 0);
                PDAnnotationLink link = new PDAnnotationLink();
                link.setRectangle(new PDRectangle((float) MARGIN, (float) (page.getMediaBox().getHeight() - top - CONTENTS_LINE),
                        (float) CONTENTS_WIDTH, (float) CONTENTS_LINE));
                PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
                noBorder.setWidth(0);
                link.setBorderStyle(noBorder);
                link.setDestination(destination(heading));
                page.getAnnotations().add(link);
            }
            surface.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bookmarks a PDF viewer shows beside the pages: one per section of the contents, in the same order. */
    private void outline(ProposalReport report) {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (String section : ReportSections.of(report)) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(section);
            item.setDestination(destination(placed(section)));
            outline.addLast(item);
        }
        document.getDocumentCatalog().setDocumentOutline(outline);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    /** Where a listed section's heading was drawn: a section the list names and the body left out is a defect. */
    private Place placed(String section) {
        Place place = headings.get(section);
        if (place == null) {
            throw new IllegalStateException("the contents list section '" + section + "', which the report never drew");
        }
        return place;
    }

    /** A link's target: the top of a heading on its page. */
    private PDPageXYZDestination destination(Place heading) {
        PDPage page = document.getPage(heading.page() - 1);
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setLeft(0);
        destination.setTop((int) Math.ceil(page.getMediaBox().getHeight() - heading.y()));
        return destination;
    }

    /**
     * A picture fitted to {@link #DIAGRAM_WIDTH} × {@link #DIAGRAM_HEIGHT} (less {@link #CAPTION_HEIGHT} after the
     * first), on a landscape page under its heading, its caption beneath: in body type when it takes two lines at most,
     * else in small type, three lines of which take the same room.
     */
    private void diagramPage(DiagramPages.Page page) {
        newPage(true);
        drawHeading(page.heading());
        DiagramPicture picture = page.picture();
        double scale = picture.printScale().orElseThrow();
        picture.draw(g, scale, MARGIN + (DIAGRAM_WIDTH - picture.width() * scale) / 2, y);
        y += picture.height() * scale + 8;
        if (page.caption() != null) {
            DiagramFont font = wrap(page.caption(), BODY, DIAGRAM_WIDTH).size() <= 2 ? BODY : SMALL;
            paragraph(page.caption(), font, theme.colour("-bh-text-muted"));
        }
    }

    /** A chart designed at {@code width} × {@code height} units, scaled to the text width. */
    private void chart(double width, double height, Consumer<PdfSurface> draw) {
        double scale = (pageWidth - 2 * MARGIN) / width;
        ensure(height * scale + 8);
        g.transform(scale, MARGIN, y);
        draw.accept(g);
        g.transform(1, 0, 0);
        y += height * scale + 10;
    }

    /**
     * A section heading, kept with the block that follows it: drawn by that block's first {@link #ensure}, so that a
     * heading never ends a page whose next page starts its chart or table.
     */
    private void heading(String text) {
        pendingHeading = text;
    }

    private void drawHeading(String text) {
        headings.putIfAbsent(text, new Place(pages, y));
        y += 10;
        g.fill(theme.colour("-bh-text"));
        g.text(text, HEADING, MARGIN, y + 9, Align.LEFT, 0);
        y += 22;
        g.stroke(theme.colour("-bh-border"));
        g.lineWidth(0.6);
        g.strokeLine(MARGIN, y - 4, pageWidth - MARGIN, y - 4);
        y += 4;
    }

    private void paragraph(String text, DiagramFont font, Colour colour) {
        paragraphAt(text, font, colour, MARGIN, pageWidth - 2 * MARGIN);
    }

    /** A paragraph of up to this many lines is kept on one page: a sentence split by a page break reads badly. */
    private static final int SHORT_PARAGRAPH = 4;

    private void paragraphAt(String text, DiagramFont font, Colour colour, double x, double width) {
        double line = font.size() * 1.4;
        List<String> lines = wrap(text, font, width);
        if (lines.size() <= SHORT_PARAGRAPH) {
            ensure(lines.size() * line);
        }
        for (String wrapped : lines) {
            ensure(line);
            g.fill(colour);
            g.text(wrapped, font, x, y + line / 2, Align.LEFT, width);
            y += line;
        }
        y += 4;
    }

    /**
     * A table with a header row; cells wrap within their column; numeric tables right-align all but the first
     * column; rows listed in {@code boldRows} are section rows.
     */
    private void table(List<String> header, List<List<String>> rows, double[] widths, boolean numeric, List<Integer> boldRows) {
        // The header with at least the first row: a header alone at the foot of a page says nothing.
        ensure(rowHeight(header, widths, true) + (rows.isEmpty() ? 0 : rowHeight(rows.get(0), widths, boldRows.contains(0))));
        row(header, widths, numeric, true, theme.colour("-bh-surface-muted"));
        for (int i = 0; i < rows.size(); i++) {
            boolean bold = boldRows.contains(i);
            if (y + rowHeight(rows.get(i), widths, bold) > pageHeight - MARGIN) {
                // The header again at the top of the next page: review R12i found the side-by-side table's last rows on a
                // page of their own with no column names, so no reader could tell which figure was which option's.
                newPage(false);
                row(header, widths, numeric, true, theme.colour("-bh-surface-muted"));
            }
            row(rows.get(i), widths, numeric, bold, bold ? theme.colour("-bh-surface-muted") : null);
        }
        y += 6;
    }

    private double rowHeight(List<String> cells, double[] widths, boolean bold) {
        DiagramFont font = bold ? SMALL_BOLD : SMALL;
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            lines = Math.max(lines, wrap(cells.get(c), font, widths[c] - 6).size());
        }
        return roomToStart(lines * font.size() * 1.35 + 4, font.size() * 1.35);
    }

    /**
     * The room a row of {@code height} needs on a page to start there: all of it, so that a row is kept whole on the
     * next page; but a row taller than a page only its first few lines, as it goes on over pages anyway (moving it
     * whole left the page before nearly blank).
     */
    private double roomToStart(double height, double line) {
        return height <= pageHeight - 2 * MARGIN - HEADING_HEIGHT ? height : SHORT_PARAGRAPH * line + 4;
    }

    private void row(List<String> cells, double[] widths, boolean numeric, boolean bold, Colour background) {
        DiagramFont font = bold ? SMALL_BOLD : SMALL;
        double line = font.size() * 1.35;
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> w = wrap(cells.get(c), font, widths[c] - 6);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        ensure(roomToStart(lines * line + 4, line));
        // A row taller than a page goes on over the next pages, a slice of its lines on each: a cell must never
        // run past the foot of its page (a 250-tenant model's findings cell did, and lost most of its text).
        int from = 0;
        while (from < lines) {
            int fit = Math.max(1, (int) ((pageHeight - MARGIN - y - 4) / line));
            int to = Math.min(lines, from + fit);
            rowSlice(wrapped, widths, numeric, font, background, from, to);
            from = to;
            if (from < lines) {
                newPage(false);
            }
        }
    }

    /** Lines {@code from} to {@code to} of a row's wrapped cells, drawn at {@link #y} with the rule beneath. */
    private void rowSlice(List<List<String>> wrapped, double[] widths, boolean numeric, DiagramFont font, Colour background,
                          int from, int to) {
        double line = font.size() * 1.35;
        double height = (to - from) * line + 4;
        if (background != null) {
            g.fill(background);
            g.fillRect(MARGIN, y, sum(widths), height);
        }
        double x = MARGIN;
        for (int c = 0; c < wrapped.size(); c++) {
            boolean right = numeric && c > 0;
            g.fill(theme.colour("-bh-text"));
            for (int l = from; l < Math.min(to, wrapped.get(c).size()); l++) {
                double ly = y + 2 + (l - from) * line + line / 2;
                if (right) {
                    g.text(wrapped.get(c).get(l), font, x + widths[c] - 3, ly, Align.RIGHT, widths[c] - 6);
                } else {
                    g.text(wrapped.get(c).get(l), font, x + 3, ly, Align.LEFT, widths[c] - 6);
                }
            }
            x += widths[c];
        }
        y += height;
        g.stroke(theme.colour("-bh-border"));
        g.lineWidth(0.4);
        g.strokeLine(MARGIN, y, MARGIN + sum(widths), y);
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }

    /**
     * Words laid into lines no wider than {@code width}; a single over-long word is squeezed by the surface. A line's
     * width is the sum of its words' and spaces' (the embedded font has no kerning to apply), each word measured once
     * per font: a large model's report wraps thousands of sentences.
     */
    private List<String> wrap(String text, DiagramFont font, double width) {
        List<String> lines = new ArrayList<>();
        double space = wordWidth(" ", font);
        for (String paragraph : (text == null ? "" : text).split("\n")) {
            StringBuilder line = new StringBuilder();
            double used = 0;
            for (String word : paragraph.split(" ")) {
                double wordWidth = wordWidth(word, font);
                if (line.length() > 0 && used + space + wordWidth > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                if (line.length() > 0) {
                    line.append(' ');
                    used += space;
                }
                line.append(word);
                used += wordWidth;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private double wordWidth(String word, DiagramFont font) {
        return wordWidths.computeIfAbsent(font, f -> new java.util.HashMap<>())
                .computeIfAbsent(word, w -> fonts.width(w, font.semiBold(), 1000)) * font.size() / 1000;
    }

    /** Room for a block of {@code height} (and the heading waiting for it) on this page, else a new page. */
    private void ensure(double height) {
        String heading = pendingHeading;
        pendingHeading = null;
        if (y + height + (heading == null ? 0 : HEADING_HEIGHT) > pageHeight - MARGIN) {
            newPage(false);
        }
        if (heading != null) {
            drawHeading(heading);
        }
    }

    private void newPage(boolean landscape) {
        close();
        pageWidth = landscape ? HEIGHT : WIDTH;
        pageHeight = landscape ? WIDTH : HEIGHT;
        PDPage page = new PDPage(new PDRectangle((float) pageWidth, (float) pageHeight));
        document.addPage(page);
        pages++;
        try {
            cs = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        g = new PdfSurface(cs, fonts, pageHeight);
        y = MARGIN;
        if (pages > 1) {
            g.fill(theme.colour("-bh-text-muted"));
            g.text(String.valueOf(pages), SMALL, pageWidth - MARGIN, pageHeight - MARGIN + 6, Align.RIGHT, 0);
        }
    }

    private void close() {
        if (cs != null) {
            g.finish();
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cs = null;
        }
    }
}

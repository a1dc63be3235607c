package dev.bulkhead.export.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's sections in the order its body has them: the one list the three formats draw their headings from,
 * and their contents (with page numbers in the PDF, links in HTML and Markdown) and the PDF's bookmarks. The PDF's
 * contents were once a sentence of its own that ordered sections otherwise than the body and left some out.
 */
final class ReportSections {
    static final String MODEL = "The model";
    static final String COST_ISOLATION = "Cost versus isolation";
    static final String SIDE_BY_SIDE = "Side by side";
    static final String RECOMMENDATION = "Recommendation";
    static final String PLACEMENT = "Each tenant's placement";
    static final String REQUIREMENTS = "Requirements";
    static final String TOTALS = "Totals per environment (per month)";
    static final String GROWTH = "Growth";
    static final String ASSUMPTIONS = "Assumptions";
    static final String PRICES = "Prices";
    static final String NOTES = "Notes";
    static final String FINDINGS = "Findings";
    static final String ARTEFACTS = "What an export would write";
    static final String APPENDIX = "Appendix: cost lines";
    static final String FIGURES = "Appendix: the recommendation's figures";

    /** The heading of the contents list itself. */
    static final String CONTENTS = "Contents";

    private ReportSections() {
    }

    /**
     * The sections of this report in body order: a page per environment or cluster after the model's diagram only when
     * the report has those pages, Notes only when the model has notes, as the body has them.
     */
    static List<String> of(ProposalReport report) {
        List<String> sections = new ArrayList<>(List.of(MODEL));
        // The further diagram pages, when the scope's diagram summarises a cluster (DiagramPages).
        report.diagramPages().stream().skip(1).map(DiagramPages.Page::heading).forEach(sections::add);
        sections.addAll(List.of(COST_ISOLATION, SIDE_BY_SIDE, RECOMMENDATION, PLACEMENT, REQUIREMENTS,
                TOTALS, GROWTH, ASSUMPTIONS, PRICES));
        if (!report.notes().isEmpty()) {
            sections.add(NOTES);
        }
        sections.addAll(List.of(FINDINGS, ARTEFACTS, APPENDIX, FIGURES));
        return sections;
    }

    /**
     * A heading's anchor as GitHub and GitLab make it from a Markdown heading (lower case, punctuation dropped, spaces
     * as hyphens: "each-tenants-placement"); HTML gives its headings the same ids, so one link works in both.
     */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}

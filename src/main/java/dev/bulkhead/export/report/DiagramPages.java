package dev.bulkhead.export.report;

import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.diagram.DiagramPicture;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Counts;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The report's diagrams, each fitted to a landscape page: the scope's, then, when that one summarises a cluster (on
 * the bank's report no tenant was named on any picture, review R12f-3), each environment of the scope on a page of its
 * own, in stage order, and after an environment's picture that still summarises a cluster, that cluster alone. An
 * environment whose page would only repeat the first picture's summaries has none. A
 * cluster too large to name its tenants legibly even alone stays summarised, and the caption says where they are
 * listed: a picture is never tiled. Last, the scope's picture with the recommended mix applied, where it places any
 * tenant otherwise, the flows its exported network policies would block drawn as blocked. The PDF prints each on a page,
 * HTML inlines each, Markdown links each as a file.
 */
final class DiagramPages {
    /** What the headings of the pages after the first start with: "The model: environment prod". */
    static final String FURTHER = ReportSections.MODEL + ": ";

    /**
     * One diagram of the report.
     *
     * @param heading its heading, a section of the contents
     * @param picture fitted to its page
     * @param caption what the picture leaves summarised and where those tenants are named instead, or null
     * @param file    what the Markdown report's SVG file of it adds to the report's name ("-diagram-prod.svg")
     * @param label   how the SVG's title names what it shows ("Environment prod")
     */
    record Page(String heading, DiagramPicture picture, String caption, String file, String label) {
    }

    private DiagramPages() {
    }

    static List<Page> of(ProposalReport report) {
        Set<String> files = new HashSet<>();
        List<Page> pages = asDrawn(report, files);
        Page mix = mixPage(report, files);
        if (mix != null) {
            pages.add(mix);
        }
        return pages;
    }

    /** How the heading of the recommended mix's picture ends, after {@link #FURTHER}. */
    static final String MIX = "with the recommended mix applied";

    /**
     * The scope's picture with the recommended mix applied (review R12h: the report recommended a mix, and every picture
     * showed the design it argues against): each tenant in the colour of the option the mix gives it, with the node
     * pools it adds. None when the mix places every tenant as drawn.
     */
    private static Page mixPage(ProposalReport report, Set<String> files) {
        Map<ElementId, Placement> drawn = report.scope().option(OptionKey.CURRENT).placements();
        Map<ElementId, Placement> mix = report.scope().recommendation().placements();
        long optionChanged = mix.entrySet().stream().filter(e -> e.getValue().option() != drawn.get(e.getKey()).option()).count();
        long nodesChanged = mix.entrySet().stream().filter(e -> e.getValue() != drawn.get(e.getKey())
                && e.getValue().option() == drawn.get(e.getKey()).option()).count();
        if (optionChanged + nodesChanged == 0) {
            return null;
        }
        DiagramExport.Options options = report.diagramOptions();
        String label = options.scopeLabel() + ", " + MIX;
        // The flows the mix's exported policies would block are drawn so: an architect reviewing the report saw them drawn as
        // working.
        DiagramPicture picture = DiagramExport.picture(report.mixApplied(), options.withScope(options.scope(), label)
                        .withBlocked(report.artefacts().blockedConnections()))
                .fittedTo(PdfReport.DIAGRAM_WIDTH, PdfReport.CAPTIONED_DIAGRAM_HEIGHT);
        Model model = report.model();
        long undecided = mix.keySet().stream().map(id -> model.get(id, Tenant.class))
                .filter(t -> t.option() == null && model.environmentOf(t.id()).map(Environment::option).isEmpty()).count();
        // Every undecided tenant changes colour, though the design as drawn counts it as a namespace: said, or a reader
        // counting the changed colours finds more than the caption's number. Review R12h: a reader also looked for the
        // changes in boxes of counts, and for the mix's dedicated tenants outside their clusters.
        String caption = "Each tenant in the colour of the option the recommended mix gives it, with the node pools it adds; a "
                + "tenant it gives a cluster of its own stays drawn in the cluster it is modelled in. Of "
                + Counts.of(mix.size(), "tenant") + ", it changes the option of " + optionChanged + " and only the nodes of "
                + nodesChanged + (undecided == 0 ? "" : " (the " + undecided + " with no option set counted as namespaces)") + "."
                + (picture.summarised().isEmpty() ? "" : " A cluster drawn as a box counts its tenants by those options.")
                + " '" + ReportSections.PLACEMENT + "' gives each placement and its reason." + blockedSentence(report, picture);
        return new Page(FURTHER + MIX, picture, caption, fileName(files, "recommended-mix"), label.substring(0, 1)
                .toUpperCase(Locale.ROOT) + label.substring(1));
    }

    /** How the mix's picture draws a blocked connection, as its caption says it. */
    static final String DRAWN_BLOCKED = "dashed red, or counted in red";

    /**
     * What the mix's picture draws as blocked, and why: "" when nothing. Counted as the picture draws them, connections
     * (a flow modelled twice is two), inside boxes and on lines of several too. Short: the caption has three lines of
     * small type under the picture, and a longer one went on to a page of its own.
     */
    private static String blockedSentence(ProposalReport report, DiagramPicture picture) {
        int blocked = picture.blocked().size();
        if (blocked == 0) {
            return "";
        }
        String listed = report.blockedCut() ? "lists the first and names the file with each" : blocked == 1 ? "lists it" : "lists each";
        return " " + Counts.of(blocked, "connection") + (blocked == 1 ? " is" : " are") + " drawn as blocked (" + DRAWN_BLOCKED
                + "): the mix's exported policies block their flows until their rules are written; '" + ReportSections.ARTEFACTS
                + "' " + listed + ".";
    }

    /** The pictures of the design as drawn. */
    private static List<Page> asDrawn(ProposalReport report, Set<String> files) {
        DiagramPicture scope = report.diagram().fittedTo(PdfReport.DIAGRAM_WIDTH, PdfReport.DIAGRAM_HEIGHT);
        List<Page> pages = new ArrayList<>(List.of(new Page(ReportSections.MODEL, scope, null, MarkdownReport.DIAGRAM,
                report.scopeLabel())));
        // A diagram that names everyone is the report's only one, as it always was.
        if (scope.summarised().isEmpty()) {
            return pages;
        }
        Model model = report.model();
        ElementId scopedTo = report.scope().environment();
        List<Environment> environments = scopedTo != null ? List.of(model.get(scopedTo, Environment.class))
                : model.all(Environment.class).stream().sorted(Environment.STAGE_ORDER).toList();
        if (environments.size() == 1) {
            // A report on one environment, or a model of one: its diagram is that environment's (a second picture of it
            // would repeat the first), so its summarised clusters follow alone, each printed: summarised, and captioned
            // so, if it is too large even alone.
            for (Cluster cluster : summarisedIn(model, environments.get(0), scope)) {
                pages.add(clusterPage(report, environments.get(0), cluster, files));
            }
            return pages;
        }
        List<Cluster> neverInFull = new ArrayList<>();
        for (Environment environment : environments) {
            DiagramPicture laidOut = DiagramExport.picture(report.analysis(), report.diagramOptions().withEnvironment(environment));
            DiagramPicture picture = laidOut.fittedTo(PdfReport.DIAGRAM_WIDTH, PdfReport.CAPTIONED_DIAGRAM_HEIGHT);
            List<Cluster> summarised = summarisedIn(model, environment, picture);
            // Decided before fitting: a cluster too large even alone is not fitted for a page that would not be printed.
            List<Cluster> alone = summarised.stream()
                    .filter(c -> laidOut.couldDrawInFull(c.id(), PdfReport.DIAGRAM_WIDTH, PdfReport.CAPTIONED_DIAGRAM_HEIGHT)).toList();
            if (alone.isEmpty() && summarised.equals(summarisedIn(model, environment, scope))
                    && summarised.size() == model.children(environment.id(), Cluster.class).size()) {
                // The page would show the first picture's summaries again, larger, under a title and legend as large as
                // they (review R12g): the first page's caption says where these clusters' tenants are listed instead.
                neverInFull.addAll(summarised);
                continue;
            }
            pages.add(new Page(FURTHER + "environment " + environment.name(), picture, caption(model, summarised, alone),
                    fileName(files, environment.name()), "Environment " + environment.name()));
            for (Cluster cluster : alone) {
                pages.add(clusterPage(report, environment, cluster, files));
            }
        }
        if (!neverInFull.isEmpty()) {
            Page first = pages.get(0);
            pages.set(0, new Page(first.heading(), report.diagram().fittedTo(PdfReport.DIAGRAM_WIDTH, PdfReport.CAPTIONED_DIAGRAM_HEIGHT),
                    tooMany(model, neverInFull), first.file(), first.label()));
        }
        return pages;
    }

    /** The clusters of an environment a picture summarises, in the model's order. */
    private static List<Cluster> summarisedIn(Model model, Environment environment, DiagramPicture picture) {
        return model.children(environment.id(), Cluster.class).stream().filter(c -> picture.summarised().contains(c.id())).toList();
    }

    private static Page clusterPage(ProposalReport report, Environment environment, Cluster cluster, Set<String> files) {
        String label = "cluster " + cluster.name() + " in " + environment.name();
        DiagramPicture picture = DiagramExport.picture(report.analysis(), report.diagramOptions().withScope(Set.of(cluster.id()), label))
                .fittedTo(PdfReport.DIAGRAM_WIDTH, PdfReport.CAPTIONED_DIAGRAM_HEIGHT);
        String caption = picture.summarised().contains(cluster.id()) ? tooMany(report.model(), List.of(cluster)) : null;
        return new Page(FURTHER + label, picture, caption, fileName(files, environment.name() + "-" + cluster.name()),
                "Cluster " + cluster.name() + " in " + environment.name());
    }

    /**
     * What an environment's picture leaves summarised, and where each such cluster's tenants are named; null if
     * nothing. One sentence for each of the two cases, the clusters listed in it, so that an environment of many
     * clusters still has a caption of a line or two.
     */
    private static String caption(Model model, List<Cluster> summarised, List<Cluster> alone) {
        List<String> sentences = new ArrayList<>();
        if (!alone.isEmpty()) {
            sentences.add("Drawn in full on the next " + (alone.size() == 1 ? "page: " : "pages, one each: ") + listed(model, alone) + ".");
        }
        List<Cluster> tooLarge = summarised.stream().filter(c -> !alone.contains(c)).toList();
        if (!tooLarge.isEmpty()) {
            sentences.add(tooMany(model, tooLarge));
        }
        return sentences.isEmpty() ? null : String.join(" ", sentences);
    }

    private static String tooMany(Model model, List<Cluster> clusters) {
        return "Too many tenants to name legibly on one page; '" + ReportSections.PLACEMENT + "' lists each tenant with its cluster: "
                + listed(model, clusters) + ".";
    }

    /** Clusters by name, each with its tenant count: "gke-prod (12 tenants), gke-dr (3 tenants)". */
    private static String listed(Model model, List<Cluster> clusters) {
        return String.join(", ", clusters.stream().map(c -> c.name() + " (" + tenants(model, c) + ")").toList());
    }

    private static String tenants(Model model, Cluster cluster) {
        return Counts.of(model.children(cluster.id(), Tenant.class).size(), "tenant");
    }

    /**
     * A name for a page's SVG file, unique among the report's: "-diagram-" and the name in lower-case letters and
     * digits. Names that read the same so ("Prod" and "prod", "a b" and "a-b") are numbered, or one file would
     * overwrite another; none can be the whole scope's "-diagram.svg".
     */
    private static String fileName(Set<String> used, String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String base = slug.isEmpty() ? "scope" : slug;
        String file = base;
        for (int n = 2; !used.add(file); n++) {
            file = base + "-" + n;
        }
        return "-diagram-" + file + ".svg";
    }
}

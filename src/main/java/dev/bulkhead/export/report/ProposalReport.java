package dev.bulkhead.export.report;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.CostCategory;
import dev.bulkhead.analysis.FindingCode;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.diagram.DiagramPicture;
import dev.bulkhead.diagram.chart.Amounts;
import dev.bulkhead.diagram.chart.CostIsolationPlot;
import dev.bulkhead.diagram.chart.GrowthCurves;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportException;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.ExportTarget;
import dev.bulkhead.export.ExportWriter;
import dev.bulkhead.export.VClusterEdition;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.export.kubernetes.HostEgress;
import dev.bulkhead.export.kubernetes.KubernetesExporter;
import dev.bulkhead.export.kubernetes.UnwrittenConnection;
import dev.bulkhead.model.Counts;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.reference.AssumptionDefinition;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.reference.Sourced;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What a proposal report says, assembled once from an analysis and written as PDF, Markdown or HTML: every figure
 * comes from the same objects the compare view shows (the {@link ComparisonTable}, the scope's options and
 * recommendation, the per-environment scopes, the growth curves, the assumptions in effect), formatted by the same
 * {@link Amounts}, so the report and the app agree to the cent.
 */
public final class ProposalReport {
    /** One tenant's recommended placement and why, with the environment and the cluster it is modelled in. */
    public record TenantRow(String tenant, String environment, String cluster, String placement, String reason) {
    }

    /**
     * An environment's monthly totals per compared option; {@code best} are the cheapest meeting everyone there, ties
     * included ({@link CheapestMeetingEveryone});
     * {@code caveats} says, per option, what its total leaves out as not priced ("" when nothing).
     */
    public record TotalsRow(String scope, List<String> totals, java.util.Set<OptionKey> best, List<String> caveats) {
        /** Whether option {@code index} gets the ✓. */
        public boolean best(int index) {
            return best.contains(OptionKey.COMPARED.get(index));
        }

        /** The total of option {@code index} as the report prints it: the figure, then " + not priced" if it leaves some out. */
        public String shown(int index) {
            return Amounts.leavingOut(totals.get(index), !caveats.get(index).isEmpty());
        }
    }

    /** One assumption as the compare view's assumptions list shows it. */
    public record AssumptionRow(String group, String label, String value, String unit, String source, boolean overridden) {
    }

    /** A note of the model: on the canvas (subject "Canvas note") or on an element (its kind and name). */
    public record NoteRow(String subject, String text) {
    }

    /**
     * A finding of the design as drawn, or {@code count} alike information findings on one row.
     *
     * @param element  the path that tells its element apart ("prod / acme / analyst"), or "" for the model
     * @param afterMix whether the recommended mix resolves it: {@link #RESOLVED}, {@link #REMAINS}, or "3 of 49
     *                 resolved" for a row of several
     */
    public record FindingRow(String severity, String code, String element, String message, int count, String afterMix) {
        public static final String RESOLVED = "resolved";
        public static final String REMAINS = "remains";
    }

    /**
     * What {@code bulkhead export} would write for this scope: the files by folder, or why it would refuse.
     *
     * @param choice      the placement exported (the default the export would pick)
     * @param refusal     null when the export would succeed
     * @param blockedEnds each connection end the export writes no rule for, in the order listed
     * @param blockedFlows the modelled flows those ends block, once each ("prod / checkout → prod / payments")
     * @param blockedConnections the connections of those flows, which the findings mark as blocked after the mix
     * @param widened     the egress to host names the export opens to every public address on the port
     * @param untrusted   what the export does with untrusted code the model leaves unsandboxed
     */
    public record Artefacts(String target, String choice, SortedMap<String, Integer> folders, List<String> files, int total,
                            String refusal, List<String> notes, List<BlockedEnd> blockedEnds, List<String> blockedFlows,
                            java.util.Set<ElementId> blockedConnections, List<HostEgress> widened,
                            KubernetesExporter.UntrustedCode untrusted) {
        /** Each connection end the export writes no rule for, as the report lists it ({@link BlockedEnd#line}). */
        public List<String> blocked() {
            return blockedEnds.stream().map(BlockedEnd::line).toList();
        }
    }

    private final Analysis analysis;
    private final ScopeAnalysis scope;
    private final Environment environment;
    private final String author;
    private final LocalDate date;
    private final String symbol;
    /**
     * The two slow parts (the growth curve and planning the export), started at once on threads of their own so
     * that they run while the diagram and tables are drawn.
     */
    private final CompletableFuture<GrowthCurves> growth;
    private final CompletableFuture<Artefacts> artefacts;
    /** The design with the recommended mix applied, analysed ({@link DesignFindings#mixApplied}). */
    private final CompletableFuture<Analysis> mixApplied;
    /**
     * The keys of that design's findings ({@link DesignFindings#afterMix}), worked out once: the findings are listed again
     * for every sentence that counts them (the recommendation, in every format).
     */
    private final CompletableFuture<java.util.Set<String>> afterMix;
    private final NotPriced notPriced;
    /** Fitted on first use: see {@link #diagramPages()}. */
    private List<DiagramPages.Page> diagramPages;

    private ProposalReport(Analysis analysis, Environment environment, String author, LocalDate date) {
        this.analysis = analysis;
        this.environment = environment;
        this.scope = analysis.scope(environment == null ? null : environment.id());
        this.author = author == null || author.isBlank() ? null : author.strip();
        this.date = date;
        this.symbol = analysis.pricing().symbol();
        this.notPriced = NotPriced.of(analysis, scope);
        this.growth = CompletableFuture.supplyAsync(this::computeGrowth, ProposalReport::startDaemon);
        this.artefacts = CompletableFuture.supplyAsync(this::planArtefacts, ProposalReport::startDaemon);
        this.mixApplied = CompletableFuture.supplyAsync(() -> DesignFindings.mixApplied(analysis, scope), ProposalReport::startDaemon);
        this.afterMix = mixApplied.thenApply(DesignFindings::afterMix);
    }

    private static void startDaemon(Runnable work) {
        Thread thread = new Thread(work, "bulkhead-report");
        thread.setDaemon(true);
        thread.start();
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** A report on the whole model, or on one environment when {@code environment} is not null. */
    public static ProposalReport of(Analysis analysis, Environment environment, String author, LocalDate date) {
        return new ProposalReport(analysis, environment, author, date);
    }

    public Analysis analysis() {
        return analysis;
    }

    public ScopeAnalysis scope() {
        return scope;
    }

    public Model model() {
        return analysis.model();
    }

    public String title() {
        return model().settings().name();
    }

    public String description() {
        return model().settings().description() == null ? "" : model().settings().description();
    }

    /**
     * Who prepared the report, or null when nobody was named: the report then leaves the line out rather than print
     * an operating-system account (a report made by a build server would say "root").
     */
    public String author() {
        return author;
    }

    public LocalDate date() {
        return date;
    }

    public String symbol() {
        return symbol;
    }

    /** The scenario the report is on ("scenario proposal A"), or null for a model without scenarios. */
    public String scenarioLabel() {
        return model().scenarios().activeLabel();
    }

    public String scopeLabel() {
        return environment == null ? "Whole model" : "Environment " + environment.name();
    }

    /**
     * The scope with its tenant count, as the compare view's header gives it, and for the whole model how the
     * environments make it up ("Whole model · 36 tenants: 12 in dev, 12 in staging, 12 in prod"): a reader of
     * "Twelve product teams" beside "35 → namespace, 1 → dedicated cluster" asks where 36 comes from.
     */
    public String scopeWithTenants() {
        String counted = scopeLabel() + " · " + ComparisonTable.tenants(scope.tenantCount());
        if (environment != null) {
            return counted;
        }
        List<String> parts = new ArrayList<>();
        for (Environment env : model().all(Environment.class).stream().sorted(Environment.STAGE_ORDER).toList()) {
            analysis.environment(env.id()).ifPresent(s -> parts.add(s.tenantCount() + " in " + env.name()));
        }
        return parts.size() < 2 ? counted : counted + ": " + String.join(", ", parts);
    }

    public String pricing() {
        return analysis.pricing().profile().name() + " (" + analysis.currency() + ", prices as of "
                + analysis.pricing().profile().asOf() + ")";
    }

    /** The diagram of the scope, light, with title block and legend. */
    public DiagramPicture diagram() {
        return DiagramExport.picture(analysis, diagramOptions());
    }

    /** The design with the recommended mix applied to the report's scope, analysed. */
    Analysis mixApplied() {
        return await(mixApplied);
    }

    /** How the report draws a diagram: of its scope, light, with title block and legend; rescoped for its further pages. */
    DiagramExport.Options diagramOptions() {
        return DiagramExport.Options.of(DiagramExport.Format.PDF).withEnvironment(environment).withLegend(true).withDate(date);
    }

    /**
     * The diagram pages, each picture fitted once ({@link DiagramPages}): the contents need their headings on the
     * title page, before the pages are drawn, and fitting a large model's picture twice would double the report's time.
     */
    synchronized List<DiagramPages.Page> diagramPages() {
        if (diagramPages == null) {
            diagramPages = DiagramPages.of(this);
        }
        return diagramPages;
    }

    public CostIsolationPlot costIsolation() {
        return new CostIsolationPlot(scope, symbol, false, notPriced.options()).withCurrentNamed(OptionKey.CURRENT.label(model().scenarios()));
    }

    /** What the scope's options leave out as not priced, and how the report marks a figure that does. */
    public NotPriced notPriced() {
        return notPriced;
    }

    /** The side-by-side table as the compare view shows it (the current design, then the compared options). */
    public ComparisonTable table() {
        ComparisonTable table = markedTable();
        return new ComparisonTable(table.title(), table.columns(), table.rows().stream().filter(row -> !zeroEverywhere(row)).toList());
    }

    /**
     * The sentence that opens the side-by-side table, defining its first column once: the placement the analysis
     * gives a tenant for the current design (ClusterAnalysis.currentOption: the tenant's option, else its
     * environment's, else a namespace; its own node pool kept).
     */
    public String currentDesignNote() {
        return OptionKey.CURRENT.label(model().scenarios()) + ": each tenant as drawn, in the isolation option set on it, or else the one set on "
                + "its environment; a tenant with neither is counted as a namespace per tenant (on its own node pool where "
                + "it has one).";
    }

    /** The compare view's table, each money figure that sums an unpriced zero marked. */
    private ComparisonTable markedTable() {
        return ComparisonTable.of(scope, model(), symbol, TABLE_COLUMNS).markedNotPriced(notPriced, TABLE_COLUMNS);
    }

    /** The current design, then the compared options. */
    private static final List<OptionKey> TABLE_COLUMNS = java.util.stream.Stream.concat(java.util.stream.Stream.of(OptionKey.CURRENT),
            OptionKey.COMPARED.stream()).toList();

    /**
     * A cost line that is zero in every option and leaves nothing out as not priced (marked cells say "not priced";
     * sandbox overhead where no agent needs extra nodes): a row of "$0.00" raises a question and answers none, so
     * the report leaves it out and says so ({@link #zeroLinesNote}).
     */
    private static boolean zeroEverywhere(ComparisonTable.Row row) {
        return row.section().equals(ComparisonTable.COST) && ComparisonTable.costCategory(row) != null
                && row.cells().stream().allMatch(c -> c.value() != null && c.value().signum() == 0 && !c.text().contains(ComparisonTable.UNPRICED));
    }

    /**
     * The sentences under the side-by-side table naming the lines it leaves out as zero in every option, and saying
     * why a line that costs something in one option is $0.00 in another; null when there is nothing to say.
     */
    public String zeroLinesNote() {
        List<ComparisonTable.Row> rows = markedTable().rows();
        List<ComparisonTable.Row> left = rows.stream().filter(ProposalReport::zeroEverywhere).toList();
        String zero = Amounts.exact(symbol, java.math.BigDecimal.ZERO);
        StringBuilder note = new StringBuilder();
        if (!left.isEmpty()) {
            note.append("Left out as ").append(zero).append(" in every option: ")
                    .append(String.join(", ", left.stream().map(ComparisonTable.Row::label).toList())).append('.');
        }
        // "$0.00" alone reads as "not costed": say why a line that asks for something gets no share of the nodes.
        for (ComparisonTable.Row row : left) {
            ZeroShares.why(scope, TABLE_COLUMNS, ComparisonTable.costCategory(row)).ifPresent(why -> note
                    .append(" A line is charged its share of the resource that decides the node count: ").append(why)
                    .append(", so its share is ").append(zero).append('.'));
        }
        // A line at $0.00 beside the same line costing dollars in the next column reads as a costing slip (a bank
        // architect's review of a 300-tenant model: vCluster's sandbox overhead): say why where the lines say.
        for (ComparisonTable.Row row : rows) {
            List<OptionKey> zeroIn = zeroIn(row);
            if (!zeroIn.isEmpty() && !zeroEverywhere(row)) {
                ZeroShares.why(scope, zeroIn, ComparisonTable.costCategory(row)).ifPresent(why -> note
                        .append(note.length() == 0 ? "" : " ").append(row.label()).append(" is ").append(zero).append(" under ")
                        .append(String.join(", ", zeroIn.stream().map(key -> key.label(model().scenarios())).toList()))
                        .append(" although it costs something elsewhere: ").append(why).append(", so its share of them is ")
                        .append(zero).append('.'));
            }
        }
        return note.length() == 0 ? null : note.toString();
    }

    /** The table's columns in which a cost line is exactly zero and leaves nothing out as not priced. */
    private static List<OptionKey> zeroIn(ComparisonTable.Row row) {
        List<OptionKey> keys = new ArrayList<>();
        if (!row.section().equals(ComparisonTable.COST) || ComparisonTable.costCategory(row) == null) {
            return keys;
        }
        for (int i = 0; i < row.cells().size(); i++) {
            ComparisonTable.Cell c = row.cells().get(i);
            if (c.value() != null && c.value().signum() == 0 && !c.text().contains(ComparisonTable.UNPRICED)) {
                keys.add(TABLE_COLUMNS.get(i));
            }
        }
        return keys;
    }

    /**
     * The sentence a report prints under its totals when some of them leave lines out as not priced, or null: what
     * is left out, and that the findings list it.
     */
    public String notPricedNote() {
        List<String> items = notPriced.all();
        if (items.isEmpty()) {
            return null;
        }
        // A list after a colon, not in brackets: an item's own brackets made "(private nodes))".
        return Amounts.NOT_PRICED.strip() + ": the figure counts as zero what the model has no price for yet: "
                + String.join("; ", items) + ". The findings list each, and how to price it where the model can.";
    }

    /** How many blocked flows the recommendation names before it counts the rest. */
    static final int NAMED_FLOWS = 3;

    /**
     * The verdict, and, when the recommended mix's export would block modelled flows, that it would: a committee
     * reads the summary and the recommendation, not the list of artefacts at the end.
     */
    public String recommendation() {
        String standing = standingSentence();
        return beforeApplying() + (standing == null ? "" : " " + standing);
    }

    /**
     * The verdict, and what the mix's export would block, open wider than drawn, or refuse, pointing once to where the
     * report names each: a pointer per sentence filled the title page and pushed its contents to the next.
     */
    private String beforeApplying() {
        String verdict = Citations.named(RecommendationText.of(scope, symbol, notPriced));
        List<String> before = new ArrayList<>();
        List<String> flows = artefacts().blockedFlows();
        if (!flows.isEmpty()) {
            // A few named, the rest counted: a large model's 168 flows filled two pages of the title page.
            before.add("its exported network policies would block " + flows.size() + " modelled " + (flows.size() == 1 ? "flow (" : "flows (")
                    + ShortList.of(flows, NAMED_FLOWS) + ") until the rules they need are written.");
        }
        java.util.stream.Stream.of(widenedWarning(), refusedSentence()).filter(java.util.Objects::nonNull).forEach(before::add);
        if (before.isEmpty()) {
            return verdict;
        }
        return verdict + " Before applying it: " + before.get(0) + before.stream().skip(1).map(sentence -> " And " + sentence)
                .collect(java.util.stream.Collectors.joining()) + " " + BEFORE_APPLYING_POINTER;
    }

    /** Where the report names each flow, host and agent the summary counts before applying the mix. */
    static final String BEFORE_APPLYING_POINTER = "The lists and notes under " + ReportSections.ARTEFACTS + " name each.";

    /**
     * That the mix's export opens host names to every public address on their port, or null when it opens none: review
     * R12h found the bank's card-network flow and the SaaS agents' API allow-list open to the internet on 443 and said
     * nowhere in the report.
     */
    private String widenedWarning() {
        List<String> hosts = WidenedHosts.hosts(artefacts().widened());
        if (hosts.isEmpty()) {
            return null;
        }
        // How to narrow each is in the list under the artefacts: the title page has room for what, not how.
        boolean one = hosts.size() == 1;
        return "its network policies would open " + (one ? "the host " : hosts.size() + " hosts (") + ShortList.of(hosts, NAMED_FLOWS)
                + (one ? "" : ")") + " as any public address on " + (one ? "its" : "their") + " port, since NetworkPolicy cannot name "
                + "a host" + regulatedSenders() + ".";
    }

    /**
     * Which regulated tenants' own pods such a rule lets out, or "": review R12i read the hosts named and missed that one
     * of the rules opens the PCI payments namespace itself to the internet on 443.
     */
    private String regulatedSenders() {
        List<String> regulated = artefacts().widened().stream().flatMap(egress -> model().tenantOf(egress.from()).stream())
                .filter(tenant -> tenant.tenantKind() == dev.bulkhead.model.TenantKind.REGULATED).map(tenant -> path(tenant.id()))
                .distinct().sorted().toList();
        return regulated.isEmpty() ? "" : ", and among the pods so let out are those of regulated tenants (" + ShortList.of(regulated,
                NAMED_FLOWS) + ")";
    }

    /** The tenant an element is or belongs to (an agent's), or null. */
    private Tenant tenantOf(ElementId id) {
        dev.bulkhead.model.Element element = model().find(id).orElse(null);
        if (element instanceof dev.bulkhead.model.Agent agent) {
            element = model().find(agent.parentId()).orElse(null);
        }
        return element instanceof Tenant tenant ? tenant : null;
    }

    /**
     * How many of the design's warnings and errors the mix leaves standing, or null for none: review R12h found "meets
     * every requirement" (the tenants' isolation requirements) in the summary of a design whose 43 warnings about its
     * agents' sandboxes all remained, which only the findings at the end said.
     */
    private String standingSentence() {
        // The design's own: a licence finding is of the mix the comparison prices, not of the design as drawn.
        List<FindingRow> serious = findings().stream().filter(row -> !row.severity().equals("info")
                && !row.code().equals(FindingCode.LICENCE_NOT_PRICED.id())).toList();
        long standing = serious.stream().filter(row -> !row.afterMix().equals(FindingRow.RESOLVED)).count();
        if (standing == 0) {
            return null;
        }
        String which = standing < serious.size() ? standing + " of the design's " + serious.size() + " warnings and errors"
                : serious.size() == 1 ? "the design's one warning or error" : "all " + standing + " of the design's warnings and errors";
        // Review R12i counted the findings table's warnings and found more than the sentence's: it says which it leaves out.
        long licences = findings().stream().filter(row -> row.code().equals(FindingCode.LICENCE_NOT_PRICED.id())).count();
        return "Applied, it leaves " + which + " standing; " + ReportSections.FINDINGS + " says of each what the mix does to it"
                + (licences == 0 ? "." : " (its " + Counts.of(licences, "licence warning") + (licences == 1 ? " is" : " are")
                + " the mix's own).");
    }

    /**
     * What the mix's admission policy would refuse, as the planned export counts it, or null: on a 2,000-element model
     * the summary said the mix meets every requirement and named only blocked flows, while 27 notes at the end of the
     * report said the export refuses those agents' sandboxes.
     */
    private String refusedSentence() {
        long agents = artefacts().untrusted().refusedAgents().size();
        long tenants = artefacts().untrusted().refusedTenants().size();
        long unguarded = artefacts().untrusted().unguardedAgents().size();
        List<String> parts = new ArrayList<>();
        if (agents > 0) {
            parts.add("the sandboxes of " + Counts.of(agents, "agent") + " that run untrusted code under runc");
        }
        if (tenants > 0) {
            parts.add("the pods of " + Counts.of(tenants, "tenant") + " that run untrusted code where the cluster offers no "
                    + "sandbox runtime");
        }
        List<String> sentences = new ArrayList<>();
        if (!parts.isEmpty()) {
            sentences.add("its admission policy would refuse " + String.join(" and ", parts) + " until they get a sandbox runtime.");
        }
        if (unguarded > 0) {
            // Not refused, and not sandboxed by the vCluster either: its pods run on its private nodes, not the host's.
            sentences.add(Counts.of(unguarded, "agent") + " that run untrusted code under runc would run so on their vCluster's "
                    + "private nodes, out of the host's sandbox admission policy's reach; give them a sandbox runtime first.");
        }
        return sentences.isEmpty() ? null : String.join(" ", sentences);
    }

    /** What heads the export's own notes under the artefacts, in every format. */
    public static final String EXPORT_NOTES = "The export also notes:";

    /**
     * Each tenant of the scope with its recommended placement and the reason, by environment in the model's stage
     * order (dev, staging, prod, as the totals, the diagram and the growth list them), then by cluster and name.
     */
    public List<TenantRow> placements() {
        List<Environment> stages = model().all(Environment.class).stream().sorted(Environment.STAGE_ORDER).toList();
        List<TenantRow> rows = new ArrayList<>();
        Map<String, Integer> stageOf = new java.util.HashMap<>();
        Map<ElementId, Placement> placements = scope.recommendation().placements();
        for (Map.Entry<ElementId, Placement> entry : placements.entrySet()) {
            Tenant tenant = model().get(entry.getKey(), Tenant.class);
            Environment env = model().environmentOf(tenant.id()).orElse(null);
            String reason = scope.recommendation().reason(tenant.id());
            String cluster = model().find(tenant.parentId()).map(Element::name).orElse("");
            TenantRow row = new TenantRow(tenant.name(), env == null ? "" : env.name(), cluster, entry.getValue().label(),
                    reason == null ? "" : Citations.named(reason));
            stageOf.put(row.environment(), stages.indexOf(env));
            rows.add(row);
        }
        rows.sort(Comparator.<TenantRow>comparingInt(row -> stageOf.get(row.environment())).thenComparing(TenantRow::cluster)
                .thenComparing(TenantRow::tenant));
        return rows;
    }

    /**
     * Tenants of one cluster placed alike for the same reason: one row of the report's placement table (the cluster
     * named, so that a reader finds where a tenant runs: a large model's diagram shows clusters as counts);
     * {@code figures} is the arithmetic of each amount the reason prints ({@link PlacementGroups}), or "", which the
     * appendix gives under {@code ref} ("R3"): in the table it made the sample's report four pages longer.
     */
    public record PlacementGroup(String environment, String cluster, String placement, String reason, String figures, String ref,
                                 List<String> tenants) {
        /** The row's "Why": the reason, then where the arithmetic of its figures is. */
        public String why() {
            return figures.isEmpty() ? reason : reason + " (arithmetic: " + ref + FIGURES_WHERE + ")";
        }

        /**
         * What the row is of, short, for the appendix that gives its figures ("prod · eks-prod · namespace · 33 tenants"): the
         * table beside it names them, and naming 300 again ran to pages.
         */
        public String of() {
            return environment + " · " + cluster + " · " + placement + " · " + (tenants.size() == 1 ? tenants.get(0) : tenants.size() + " tenants");
        }

        /** "3 tenants: a, b, c", or the one tenant's name. */
        public String names() {
            return tenants.size() == 1 ? tenants.get(0) : tenants.size() + " tenants: " + String.join(", ", tenants);
        }

        /** Where the row's tenants are modelled, as the table's second column reads: "prod · eks-prod". */
        public String where() {
            return cluster.isEmpty() ? environment : environment + " · " + cluster;
        }
    }

    /** The placement table's column of where a row's tenants are modelled ({@link PlacementGroup#where}). */
    public static final String WHERE_COLUMN = "Environment · cluster";

    /** Where a placement row's figures are given with their arithmetic. */
    public static final String FIGURES_WHERE = " in the appendix";

    /** The sentence under it. */
    public static final String FIGURES_NOTE = "Each amount a row of the recommendation prints, with the parts that give it: "
            + "for a row of several tenants, the figures of the tenant at each end of a range. Prices are in Prices.";

    /** The placements with alike tenants on one row, each row's reason whole ({@link PlacementGroups}). */
    public List<PlacementGroup> placementGroups() {
        return PlacementGroups.of(placements(), symbol);
    }

    /**
     * Each environment's totals, then the whole model's, to the cent, as the compare view lists them; a report on one
     * environment has that environment's row only (the others are not what it covers).
     */
    public List<TotalsRow> totals() {
        if (environment != null) {
            return List.of(totals(environment.name(), scope));
        }
        List<TotalsRow> rows = new ArrayList<>();
        for (Environment env : model().all(Environment.class).stream().sorted(Environment.STAGE_ORDER).toList()) {
            analysis.environment(env.id()).ifPresent(s -> rows.add(totals(env.name(), s)));
        }
        rows.add(totals("Whole model", analysis.whole()));
        return rows;
    }

    private TotalsRow totals(String name, ScopeAnalysis s) {
        List<String> cells = OptionKey.COMPARED.stream().map(key -> Amounts.exact(symbol, s.option(key).monthlyCost())).toList();
        NotPriced left = NotPriced.of(analysis, s);
        List<String> caveats = OptionKey.COMPARED.stream().map(left::caveat).toList();
        return new TotalsRow(name, cells, CheapestMeetingEveryone.of(s), caveats);
    }

    /** The growth curves of the scope, as the compare view computes them. */
    public GrowthCurves growth() {
        return await(growth);
    }

    /** A row of the growth table: a number of tenants and each compared option's monthly cost then, as printed. */
    public record GrowthRow(int tenants, List<String> costs) {
    }

    /**
     * The growth chart's figures as a table, the same in every format: about a dozen of the curve's points, always
     * with its last, each cost marked as the totals are when the option leaves something out as not priced (the
     * curve sums the same zero). Empty when there is no curve.
     */
    public List<GrowthRow> growthTable() {
        GrowthCurves curves = growth();
        List<GrowthRow> rows = new ArrayList<>();
        if (curves.isEmpty()) {
            return rows;
        }
        List<dev.bulkhead.analysis.SensitivityCurve.Point> shown = curves.shown();
        int every = Math.max(1, shown.size() / 12);
        for (int i = 0; i < shown.size(); i += every) {
            rows.add(growthRow(curves, shown.get(i)));
        }
        if ((shown.size() - 1) % every != 0) {
            rows.add(growthRow(curves, shown.get(shown.size() - 1)));
        }
        return rows;
    }

    private GrowthRow growthRow(GrowthCurves curves, dev.bulkhead.analysis.SensitivityCurve.Point point) {
        return new GrowthRow(point.tenants(), OptionKey.COMPARED.stream()
                .map(key -> notPriced.mark(Amounts.whole(symbol, curves.cost(point, key)), key)).toList());
    }

    private GrowthCurves computeGrowth() {
        Map<OptionKey, Double> today = new EnumMap<>(OptionKey.class);
        OptionKey.COMPARED.forEach(key -> today.put(key, scope.option(key).monthlyCost().doubleValue()));
        return GrowthCurves.of(analysis.sensitivity(scope.environment(), GrowthCurves.maxTenants(scope.tenantCount())), today);
    }

    /** The side-by-side table's columns as the analysis costs them, in table order. */
    private List<dev.bulkhead.analysis.OptionResult> tableOptions() {
        return TABLE_COLUMNS.stream().map(scope::option).toList();
    }

    /**
     * Every price the cost lines of the side-by-side table and the recommendation's figures use, once, with unit and source ({@link ReportPrices}): what the
     * appendix's formulas multiply by.
     */
    List<ReportPrices.Row> prices() {
        // The recommendation's figures too: a tenant's alternative (vCluster with private nodes, say) can multiply by a
        // price no column's line uses (its licence).
        return ReportPrices.of(java.util.stream.Stream.concat(tableOptions().stream().flatMap(option -> option.lines().stream()),
                scope.recommendation().placements().keySet().stream().flatMap(t -> scope.recommendation().figures(t).stream())).toList(),
                symbol);
    }

    /** Each column of the side-by-side table as its cost lines with their arithmetic ({@link CostLineAppendix}). */
    List<CostLineAppendix.Column> costLines(String linesFile) {
        return CostLineAppendix.of(tableOptions(), tableLabels(), symbol, markedTable(), linesFile);
    }

    /** Every cost line of the side-by-side table's columns with its arithmetic, as CSV: the file beside a long appendix. */
    String costLinesCsv() {
        return CostLineAppendix.csv(tableOptions(), tableLabels(), symbol);
    }

    private List<String> tableLabels() {
        return TABLE_COLUMNS.stream().map(key -> key.label(model().scenarios())).toList();
    }

    /** The sentence under the side-by-side table that says where its figures can be checked. */
    public static final String HOW_TO_CHECK = "Each cost figure is the sum of that option's cost lines: the appendix lists every "
            + "line with its arithmetic, and Prices lists every price the lines use, with its source.";

    /** The sentence that heads the Prices table. */
    public static final String PRICES_HEADING = "Every price the cost lines and the recommendation's figures use, from the pricing profile and the model's "
            + "assumptions: a formula's price is found here by its amount and unit.";

    /** The sentence that heads the appendix of cost lines. */
    public static final String LINES_HEADING = "Each option's cost lines, by the lines of the side-by-side table: each line's "
            + "arithmetic is rounded once, half-up, to the cent; a line of the table is the sum of its lines here. A line of more "
            + "than " + CostLineAppendix.LISTED_UP_TO + " lists its first " + CostLineAppendix.LISTED + " and the sum of the others, "
            + "each of which the file named there gives with its arithmetic.";

    /** Every assumption of the cost model with the value in effect and its source. */
    public List<AssumptionRow> assumptions() {
        List<AssumptionRow> rows = new ArrayList<>();
        Map<String, Double> overrides = model().settings().assumptionOverrides();
        for (AssumptionDefinition definition : ReferenceData.bundled().assumptions().values()) {
            OptionalDouble effective = analysis.pricing().assumptions().override(definition.key());
            Sourced sourced = effective.isPresent() ? analysis.pricing().assumptions().sourced(definition.key()) : null;
            // The unit of the figure in effect: a pricing profile's figure comes with its own (AKS's Kata overhead is
            // 600Mi, not kata-qemu's 160Mi).
            String unit = sourced != null ? sourced.unit() : definition.unit();
            // A figure the reference data does not give (GCP's NAT processing) is a placeholder zero: never "0 $/GB".
            String value = sourced != null && sourced.notFound() ? ComparisonTable.UNPRICED
                    : effective.isPresent() ? readable(effective.getAsDouble(), unit) : unsetValue(definition);
            rows.add(new AssumptionRow(definition.group(), definition.label(), value, unit,
                    Citations.named(sourced != null ? sourced.citation()
                            : NodeAssumptions.source(definition.key(), analysis.pricing(), model()).orElse(definition.source())),
                    overrides.containsKey(definition.key())));
        }
        return rows;
    }

    /**
     * What an assumption without a figure stands at: "not priced" for a price with no default (the vCluster Platform
     * licence: no public price, cost-isolation-data.md 10e, its source says), "computed" for a figure the cost model
     * derives per node or provider (its source gives the formula).
     */
    static String unsetValue(AssumptionDefinition definition) {
        return NOT_PRICED_KIND.equals(definition.kind()) ? ComparisonTable.UNPRICED : "computed";
    }

    /** The kind assumptions.json gives a price that has no default and is left out until the model sets one. */
    public static final String NOT_PRICED_KIND = "not-priced";

    /**
     * A figure as the report prints it; a memory size under a few GiB also in Mi, the unit Kubernetes manifests and
     * the sources (RuntimeClass overhead.podFixed) state it in.
     */
    static String readable(double value, String unit) {
        String shown = Amounts.readable(value);
        if (unit.startsWith("GiB") && value > 0 && value < 4) {
            double mebibytes = value * 1024;
            shown += " (" + (Math.abs(mebibytes - Math.rint(mebibytes)) < 0.05 ? String.valueOf(Math.round(mebibytes))
                    : Amounts.readable(mebibytes)) + "Mi)";
        }
        return shown;
    }

    /** The findings of a report named "report" ({@link #findings(String)}). */
    public List<FindingRow> findings() {
        return findings(ReportFiles.blockedFile(ReportFiles.DEFAULT_BASE));
    }

    /**
     * The findings of the design as drawn, each with whether the recommended mix resolves it ({@link DesignFindings});
     * a blocked one points to where the report lists it, {@code blockedFile} beside it when its list is cut.
     */
    public List<FindingRow> findings(String blockedFile) {
        String blocked = blockedCut() ? DesignFindings.blockedIn(blockedFile) : DesignFindings.BLOCKED;
        return DesignFindings.rows(analysis, scope, this::path, await(afterMix), new DesignFindings.ByExport(
                artefacts().blockedConnections(), blocked, artefacts().untrusted().forcedAgents()));
    }

    /** The sentence that heads the findings: which design they are of, and what the last column says. */
    public String findingsHeading() {
        return DesignFindings.heading(scenarioLabel(), environment);
    }

    /** An element's name told apart from its namesakes ("prod / acme-analytics / analyst"). */
    String path(ElementId id) {
        return DesignFindings.path(model(), id);
    }

    /**
     * The model's notes: the canvas notes in the order they were made, then each note of an element of this model
     * by the element's kind and name (the note of an element this scenario does not have is left out). Empty when
     * there are none, and the report then has no notes section at all.
     */
    public List<NoteRow> notes() {
        List<NoteRow> rows = new ArrayList<>();
        model().settings().notes().canvas().forEach(note -> rows.add(new NoteRow("Canvas note", note.text())));
        model().settings().notes().elements().forEach((id, text) -> model().find(id)
                .ifPresent(element -> rows.add(new NoteRow(element.kind().label() + " " + element.name(), text))));
        return rows;
    }

    /** The Kubernetes export this scope would write, planned in memory (nothing is written). */
    public Artefacts artefacts() {
        return await(artefacts);
    }

    /**
     * The placement whose export the report lists: the recommended mix, which is what the report recommends (the
     * export's own default, the design as drawn, would list files for a placement the report argues against).
     */
    static final ExportChoice EXPORTED = ExportChoice.RECOMMENDED;

    private Artefacts planArtefacts() {
        ExportChoice choice = EXPORTED;
        ExportSettings settings = ExportSettings.of(choice).withEdition(exportedEdition());
        if (environment != null) {
            settings = settings.forEnvironment(environment.id());
        }
        try {
            // The paths and notes of the real export, without rendering its manifests (most of an export's time).
            KubernetesExporter.Listing listing = new KubernetesExporter().list(analysis, settings);
            SortedMap<String, Integer> folders = new TreeMap<>();
            for (String path : listing.paths()) {
                int slash = path.indexOf('/');
                folders.merge(slash < 0 ? "." : path.substring(0, slash) + "/", 1, Integer::sum);
            }
            // The committee never gets the export's README: its pointers there give way to the lists themselves.
            java.util.Set<String> pointers = java.util.Set.of(KubernetesExporter.unwrittenNote(listing.unwritten().size()),
                    KubernetesExporter.widenedNote(listing.widened().size(), KubernetesExporter.README));
            return new Artefacts(ExportTarget.K8S.label(), choice.label(), folders, listing.paths(), listing.paths().size(), null,
                    listing.notes().stream().filter(note -> !pointers.contains(note)).toList(),
                    // Sorted, so both ends of one flow stand together.
                    listing.unwritten().stream().map(this::blockedEnd).sorted(java.util.Comparator.comparing(BlockedEnd::line)).toList(),
                    listing.unwritten().stream().map(u -> path(u.from()) + " → " + path(u.to())).distinct().sorted().toList(),
                    blockedConnections(listing.unwritten()), listing.widened(), listing.untrusted());
        } catch (ExportException e) {
            return new Artefacts(ExportTarget.K8S.label(), choice.label(), new TreeMap<>(), List.of(), 0, e.getMessage(), List.of(),
                    List.of(), List.of(), java.util.Set.of(), List.of(), KubernetesExporter.UntrustedCode.NONE);
        }
    }

    /** The modelled connections a list of unwritten rules is of: the export names a connection by its ends, name and port. */
    private java.util.Set<ElementId> blockedConnections(List<UnwrittenConnection> unwritten) {
        // One pass over each list: matching every connection against every rule grew as their product.
        java.util.Set<List<Object>> named = new java.util.HashSet<>();
        for (UnwrittenConnection u : unwritten) {
            named.add(List.of(u.from(), u.to(), u.connection(), u.port()));
        }
        java.util.Set<ElementId> ids = new java.util.HashSet<>();
        for (dev.bulkhead.model.Connection connection : model().all(dev.bulkhead.model.Connection.class)) {
            if (named.contains(List.of(connection.from(), connection.to(), connection.name(), connection.portLabel()))) {
                ids.add(connection.id());
            }
        }
        return java.util.Set.copyOf(ids);
    }

    /** One connection end the export writes no rule for, named as the report names elements. */
    private BlockedEnd blockedEnd(UnwrittenConnection unwritten) {
        // The end whose namespace lacks the rule: the source's for a missing egress rule, else the destination's.
        ElementId end = unwritten.outgoing() ? unwritten.from() : unwritten.to();
        return new BlockedEnd(model().environmentOf(end).map(dev.bulkhead.model.Element::name).orElse(""), path(unwritten.from()),
                path(unwritten.to()), unwritten.connection(), unwritten.port(), unwritten.namespace(), unwritten.outgoing(),
                unwritten.reason());
    }

    /** The blocked connection ends the report lists: all of them, or the first of a long list ({@link BlockedEnds}). */
    public List<String> blockedListed() {
        return BlockedEnds.of(artefacts().blockedEnds()).listed().stream().map(BlockedEnd::line).toList();
    }

    /**
     * The line after a cut list of blocked ends, which counts the others and names the file beside the report that
     * has each ({@code blockedFile}, {@link ReportFiles#blockedFile}); null when the list is whole.
     */
    public String blockedOthers(String blockedFile) {
        FirstListed<BlockedEnd> ends = BlockedEnds.of(artefacts().blockedEnds());
        return ends.cut() ? BlockedEnds.others(ends.others().size(), blockedFile) : null;
    }

    /** Whether the report lists only the first blocked ends, and the file beside it has each. */
    boolean blockedCut() {
        return BlockedEnds.of(artefacts().blockedEnds()).cut();
    }

    /** Every blocked connection end with its columns, as CSV: the file beside a report that lists only the first. */
    String blockedCsv() {
        return BlockedEnds.csv(artefacts().blockedEnds());
    }

    /**
     * The sentence that heads the list of flows the exported policies would block ({@link Artefacts#blocked}), or
     * null when there are none. The one text of all three formats.
     */
    public String blockedSentence() {
        int count = artefacts().blockedEnds().size();
        if (count == 0) {
            return null;
        }
        // Rules and flows are counted apart (190 rules, 95 flows): a reader who met "95 flows" in the recommendation and
        // "190 rules" here was never told why the two differ.
        int flows = artefacts().blockedFlows().size();
        return "The exported network policies would block the modelled flows below: each namespace denies all traffic it "
                + "has no rule for, and the export could not write " + (count == 1 ? "this rule" : "these " + count + " rules")
                + (flows == 0 ? "." : " (a flow needs one where it leaves its tenant and one where it arrives), so "
                + (flows == 1 ? "1 flow is" : flows + " flows are") + " blocked.");
    }

    /**
     * The sentence before the list of host names the export opens to every public address on their port, or null when it
     * opens none: what the rules allow instead of the host.
     */
    public String widenedSentence() {
        List<HostEgress> widened = artefacts().widened();
        if (widened.isEmpty()) {
            return null;
        }
        int hosts = WidenedHosts.hosts(widened).size();
        return "The exported network policies would " + (blockedSentence() == null ? "" : "also ")
                + "let traffic out wider than the model draws: NetworkPolicy cannot "
                + "name a host, so each rule for " + (hosts == 1 ? "the host name below" : "the " + hosts + " host names below")
                + " allows any public address on its port (private, link-local and loopback ranges stay closed).";
    }

    /** Each host name the export opens to every public address, with who sends there and how to narrow it. */
    public List<String> widenedListed() {
        return WidenedHosts.lines(artefacts().widened(), this::path);
    }

    /**
     * The sentence that heads the artefacts: how many files the export writes, counting the hidden
     * {@link ExportWriter#MARKER} it leaves beside them (a reader who counts the folder finds that many), of which
     * target and placement, and the command that writes them. The one sentence of all three formats.
     */
    public String artefactsSentence(String modelFile) {
        Artefacts listed = artefacts();
        return (listed.total() + 1) + " files of " + listed.target() + " (" + listed.choice() + "), written by "
                + exportCommand(modelFile) + ": the " + listed.total() + " below by folder, and the hidden " + ExportWriter.MARKER
                + " that lists them so that a later --force replaces only those.";
    }

    /** A name as one shell word: quoted when it holds anything but letters, digits and {@code -_.}. */
    private static String shellWord(String name) {
        return name.matches("[A-Za-z0-9._-]+") ? name : "'" + name.replace("'", "'\\''") + "'";
    }

    /** The command that writes the export the artefacts list, for the scenario and scope the report shows. */
    public String exportCommand(String file) {
        return "bulkhead export " + file + " --to k8s --option " + EXPORTED.cliName()
                + (exportedEdition() == VClusterEdition.PLATFORM ? " --vcluster-edition platform" : "") + cliScope() + " --out DIR";
    }

    /**
     * The vCluster edition of the export the report lists: vCluster Platform where the mix puts a vCluster on private
     * nodes, which only it provides (review R12h: the report recommended private nodes and listed, counted and quoted
     * the open-source export, which runs those vClusters on shared nodes with other network policies), else the
     * open-source chart.
     */
    VClusterEdition exportedEdition() {
        return scope.recommendation().placements().containsValue(Placement.VCLUSTER_PRIVATE_NODES)
                ? VClusterEdition.PLATFORM : VClusterEdition.OPEN_SOURCE;
    }

    /** The command that prints the comparison the report shows, every tenant's shortfalls included, as JSON. */
    public String compareCommand(String file) {
        return "bulkhead compare " + file + " --format json" + cliScope();
    }

    /** The command-line options that pick the scenario and scope the report shows ("" for the saved scenario's whole model). */
    private String cliScope() {
        return (scenarioLabel() == null ? "" : " --scenario " + shellWord(model().scenarios().active()))
                + (environment == null ? "" : " --environment " + shellWord(environment.name()));
    }

    /**
     * What each kind of tenant requires and who falls short under each option of the side-by-side table
     * ({@link Requirements}), from the rubric the analysis scores by.
     */
    Requirements requirements() {
        return new Requirements(analysis, scope);
    }

    /** The side-by-side table's options, in its order, for the sections that go through them one by one. */
    static List<OptionKey> tableColumns() {
        return TABLE_COLUMNS;
    }
}

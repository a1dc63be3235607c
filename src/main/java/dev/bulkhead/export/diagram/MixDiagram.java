package dev.bulkhead.export.diagram;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.Placement;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.analysis.TenantNamespaces;
import dev.bulkhead.diagram.AutoLayout;
import dev.bulkhead.diagram.DiagramPainter;
import dev.bulkhead.diagram.DiagramPicture;
import dev.bulkhead.diagram.ElementSizes;
import dev.bulkhead.edit.LayoutPlacer;
import dev.bulkhead.edit.PlacementEdits;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportException;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.export.VClusterEdition;
import dev.bulkhead.export.kubernetes.KubernetesExporter;
import dev.bulkhead.export.kubernetes.UnwrittenConnection;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementKind;
import dev.bulkhead.model.ElementLayout;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.reference.ReferenceData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The picture of a design with the recommended mix applied, as the report's mix page, {@code render --option
 * recommended} and the app's Export Diagram… draw it: each tenant in the colour of the option the mix gives it, a tenant
 * it gives a cluster of its own drawn in that cluster (named as the Terraform export names it) beside its host, and the
 * flows the mix's exported network policies would block drawn as blocked.
 */
public final class MixDiagram {
    /** How a title names the mix after the scope: "environment prod, with the recommended mix applied". */
    public static final String APPLIED = "with the recommended mix applied";

    private final Analysis applied;
    private final Model drawn;
    private final Set<ElementId> blocked;

    private MixDiagram(Analysis applied, Model drawn, Set<ElementId> blocked) {
        this.applied = applied;
        this.drawn = drawn;
        this.blocked = Set.copyOf(blocked);
    }

    /**
     * The mix of a scope (an environment, or the whole model when null): applied, analysed, and its blocked flows found
     * from the Kubernetes export it would write. A model the export refuses (it has errors) draws none as blocked.
     */
    public static MixDiagram of(Analysis analysis, ElementId environment) {
        Set<ElementId> blocked;
        try {
            ExportSettings settings = ExportSettings.of(ExportChoice.RECOMMENDED).withEdition(edition(analysis.scope(environment)));
            blocked = blocked(analysis.model(), new KubernetesExporter().list(analysis,
                    environment == null ? settings : settings.forEnvironment(environment)).unwritten());
        } catch (ExportException e) {
            blocked = Set.of();
        }
        return fromApplied(applied(analysis, analysis.scope(environment)), blocked);
    }

    /** The mix's picture from what a caller has already worked out: the mix applied, analysed, and its blocked flows. */
    public static MixDiagram fromApplied(Analysis applied, Set<ElementId> blocked) {
        return new MixDiagram(applied, ownClusters(applied.model()), blocked);
    }

    /**
     * The design with the recommended mix applied to a scope, analysed: its findings say what the mix resolves. The node
     * pools the mix adds are left unplaced; a picture places them.
     */
    public static Analysis applied(Analysis analysis, ScopeAnalysis scope) {
        ModelDocument document = new ModelDocument(analysis.model());
        if (scope.tenantCount() > 0) {
            PlacementEdits.apply(document, analysis, scope.environment(), OptionKey.RECOMMENDED, LayoutPlacer.NONE);
        }
        return new Analyzer(ReferenceData.bundled()).analyze(document.snapshot());
    }

    /**
     * The vCluster edition the mix's export uses: vCluster Platform where the mix puts a vCluster on private nodes,
     * which only it provides, else the open-source chart.
     */
    public static VClusterEdition edition(ScopeAnalysis scope) {
        return scope.recommendation().placements().containsValue(Placement.VCLUSTER_PRIVATE_NODES)
                ? VClusterEdition.PLATFORM : VClusterEdition.OPEN_SOURCE;
    }

    /** The modelled connections a list of unwritten rules is of: the export names a connection by its ends, name and port. */
    public static Set<ElementId> blocked(Model model, List<UnwrittenConnection> unwritten) {
        // One pass over each list: matching every connection against every rule grew as their product.
        Set<List<Object>> named = new HashSet<>();
        for (UnwrittenConnection u : unwritten) {
            named.add(List.of(u.from(), u.to(), u.connection(), u.port()));
        }
        Set<ElementId> ids = new HashSet<>();
        for (Connection connection : model.all(Connection.class)) {
            if (named.contains(List.of(connection.from(), connection.to(), connection.name(), connection.portLabel()))) {
                ids.add(connection.id());
            }
        }
        return Set.copyOf(ids);
    }

    /** The design with the mix applied, analysed: what colours and marks the picture. */
    public Analysis applied() {
        return applied;
    }

    /** The model the picture draws: the applied one, each tenant the mix gives a cluster of its own moved into it. */
    public Model drawn() {
        return drawn;
    }

    /** The connections drawn as blocked. */
    public Set<ElementId> blocked() {
        return blocked;
    }

    /** The picture, its title naming the mix after the options' scope. */
    public DiagramPicture picture(DiagramExport.Options options) {
        return DiagramExport.picture(applied, drawn, titled(options));
    }

    /** What the file will hold, page by page, as {@link DiagramExport#pages} plans the design as drawn. */
    public dev.bulkhead.diagram.pdf.PagePlan pages(DiagramExport.Options options) {
        return DiagramExport.pages(picture(options), options);
    }

    /** The file's bytes, as {@link DiagramExport#render} writes the design as drawn. */
    public byte[] render(DiagramExport.Options options) {
        return DiagramExport.render(applied, drawn, titled(options));
    }

    /** The options with the mix named in the title and its blocked flows to draw. */
    public DiagramExport.Options titled(DiagramExport.Options options) {
        String label = options.scopeLabel().endsWith(APPLIED) ? options.scopeLabel() : options.scopeLabel() + ", " + APPLIED;
        return options.withScope(options.scope(), label).withBlocked(blocked);
    }

    /**
     * The applied model with every tenant the mix places on a dedicated cluster moved, with the node pool dedicated to it,
     * into a cluster of its own beside its host, in the same environment: drawn inside the host, it read as sharing it
     * (review R12, the bank's prod payments). The new clusters stand in a row under the environment's other contents.
     */
    private static Model ownClusters(Model model) {
        List<Tenant> dedicated = drawnApart(model);
        if (dedicated.isEmpty()) {
            return model;
        }
        Model placed = DiagramExport.placed(model);
        TenantNamespaces namespaces = TenantNamespaces.of(placed);
        ModelDocument document = new ModelDocument(placed);
        document.edit("Give each dedicated tenant its cluster", tx -> {
            Map<ElementId, double[]> next = new java.util.HashMap<>();
            List<ElementId> added = new ArrayList<>();
            for (Tenant tenant : dedicated) {
                Cluster host = placed.get(tenant.cluster(), Cluster.class);
                Environment environment = placed.get(host.environment(), Environment.class);
                Cluster own = new Cluster(clusterId(placed, tenant), TenantPlan.dedicatedClusterName(host, namespaces.of(tenant.id())),
                        environment.id(), host.provider(), host.region(), host.supportTier(), host.sandboxRuntimes(),
                        host.networkPolicyDefaultDeny());
                double pad = ElementSizes.padding(ElementKind.CLUSTER);
                double top = ElementSizes.header(ElementKind.CLUSTER);
                double width = 0;
                NodePool pool = placed.children(host.id(), NodePool.class).stream()
                        .filter(p -> tenant.id().equals(p.dedicatedTo())).findFirst().orElse(null);
                tx.add(own);
                if (pool != null) {
                    Geometry box = placed.layoutOf(pool.id()).orElseThrow().geometry();
                    tx.replace(pool.withParent(own.id()));
                    tx.setLayout(pool.id(), ElementLayout.at(box.movedTo(pad, top)));
                    top += box.height() + ElementSizes.GAP;
                    width = box.width();
                }
                ElementLayout card = placed.layoutOf(tenant.id()).orElseThrow();
                tx.replace(tenant.withParent(own.id()));
                tx.setLayout(tenant.id(), card.withGeometry(card.geometry().movedTo(pad, top)));
                double height = card.collapsed() ? ElementSizes.collapsedHeight(ElementKind.TENANT) : card.geometry().height();
                width = Math.max(width, card.geometry().width());
                // Wide enough for its title and provider line, or they were squeezed to an unreadable sliver.
                Geometry box = new Geometry(0, 0, Math.max(width + 2 * pad, DiagramPainter.leastClusterWidth(own)), top + height + pad);
                // In a row under everything else the environment holds, wrapping at its width.
                double[] at = next.computeIfAbsent(environment.id(), id -> firstFree(placed, environment));
                Geometry frame = placed.layoutOf(environment.id()).orElseThrow().geometry();
                double left = ElementSizes.padding(ElementKind.ENVIRONMENT);
                if (at[0] > left && at[0] + box.width() > frame.width() - left) {
                    at[0] = left;
                    at[1] = at[2] + ElementSizes.GAP;
                }
                tx.setLayout(own.id(), ElementLayout.at(box.movedTo(at[0], at[1])));
                at[0] += box.width() + ElementSizes.GAP;
                at[2] = Math.max(at[2], at[1] + box.height());
                added.add(own.id());
            }
            new AutoLayout(tx.view()).growAround(added).changes().forEach(tx::setLayout);
        });
        return document.snapshot();
    }

    /**
     * How many tenants with clusters of their own an environment may have for them to be drawn apart. Beyond that the rows
     * of new clusters overlapped the boxes a large model's clusters are summarised to, and their blocked lines' labels
     * crossed everything and the page's margin (250 tenants, 20 dedicated in prod): they stay in their hosts, marked dedicated.
     */
    public static final int APART_AT_MOST = 6;

    /** The mix's dedicated tenants that are drawn in clusters of their own: those of environments with few enough of them. */
    private static List<Tenant> drawnApart(Model model) {
        Map<ElementId, List<Tenant>> byEnvironment = new java.util.LinkedHashMap<>();
        for (Tenant tenant : model.all(Tenant.class)) {
            ElementId environment = model.environmentOf(tenant.id()).map(Environment::id).orElse(null);
            TenancyOption option = tenant.option() != null ? tenant.option()
                    : model.environmentOf(tenant.id()).map(Environment::option).orElse(null);
            if (option == TenancyOption.DEDICATED && environment != null) {
                byEnvironment.computeIfAbsent(environment, id -> new ArrayList<>()).add(tenant);
            }
        }
        return byEnvironment.values().stream().filter(tenants -> tenants.size() <= APART_AT_MOST).flatMap(List::stream).toList();
    }

    /** Whether every tenant the mix gives a cluster of its own is drawn in it ({@link #APART_AT_MOST}). */
    public boolean everyDedicatedApart() {
        long dedicated = applied.model().all(Tenant.class).stream().filter(t -> (t.option() != null ? t.option()
                : applied.model().environmentOf(t.id()).map(Environment::option).orElse(null)) == TenancyOption.DEDICATED).count();
        return drawnApart(applied.model()).size() == dedicated;
    }

    /** Where a row under an environment's contents starts: its left, its top, and the row's bottom so far. */
    private static double[] firstFree(Model model, Environment environment) {
        double bottom = ElementSizes.header(ElementKind.ENVIRONMENT);
        for (var child : model.children(environment.id())) {
            Geometry box = model.layoutOf(child.id()).map(ElementLayout::geometry).orElse(null);
            if (box != null) {
                bottom = Math.max(bottom, box.maxY() + ElementSizes.GAP);
            }
        }
        return new double[] {ElementSizes.padding(ElementKind.ENVIRONMENT), bottom, bottom};
    }

    /** An id for a tenant's own cluster that no element has: the tenant's with a suffix, where that fits. */
    private static ElementId clusterId(Model model, Tenant tenant) {
        String value = tenant.id().value() + "-cluster";
        if (value.length() <= 64 && model.find(ElementId.of(value)).isEmpty()) {
            return ElementId.of(value);
        }
        return ElementId.generate("cluster");
    }
}

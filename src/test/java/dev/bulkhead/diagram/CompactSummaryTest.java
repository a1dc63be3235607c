package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.diagram.fonts.InterMetrics;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.persistence.ModelReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A cluster too large to read on the page is drawn as a compact box sized by what it shows (its name, provider and
 * region, its tenants' placements, its agents), not as its full-size box with a small tag in an empty middle (the
 * architect's review of the report); a cluster small enough to read keeps its detail. Every text on the picture
 * prints at 6 pt or more. Drawn at the report's diagram area (745 × 463 points).
 */
class CompactSummaryTest {
    private static final double WIDTH = 745;
    private static final double HEIGHT = 463;

    private static Model sample(String name) throws Exception {
        return Placed.of(new ModelReader().read(Path.of("sample-models", name + ".bulkhead.json")));
    }

    private static DiagramPicture fitted(Model model) {
        return DiagramPicture.of(SceneLayout.of(model), Decorations.NONE, DiagramTheme.of(false), null, null, true)
                .fittedTo(WIDTH, HEIGHT);
    }

    /** A text drawn, with its size in points as printed (the surface's scale applied). */
    private record Printed(String text, double x, double y, double points, double width) {
    }

    private static List<Printed> printed(DiagramPicture picture) {
        RecordingSurface surface = new RecordingSurface();
        double scale = picture.printScale().orElseThrow();
        picture.draw(surface.surface(), scale, 0, 0);
        List<Printed> texts = new ArrayList<>();
        double current = 1;
        for (RecordingSurface.Call call : surface.log()) {
            if (call.method().equals("transform")) {
                current = call.number(0);
            } else if (call.method().equals("text")) {
                DiagramFont font = (DiagramFont) call.args()[1];
                String text = (String) call.args()[0];
                texts.add(new Printed(text, call.number(2), call.number(3), font.size() * current, InterMetrics.width(text, font)));
            }
        }
        return texts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ai-agent-saas", "internal-platform"})
    void eachSummarisedClusterIsABoxAboutAsLargeAsItsTextAndEveryTextPrintsAtSixPoints(String sample) throws Exception {
        Model model = sample(sample);
        DiagramPicture picture = fitted(model);
        List<Printed> texts = printed(picture);

        assertThat(picture.summarised()).as("the clusters summarised on the report's page").isNotEmpty();
        assertNamesPrintAtSixPoints(model, texts);
        for (ElementId id : picture.summarised()) {
            Cluster cluster = model.get(id, Cluster.class);
            ClusterSummary summary = ClusterSummary.of(model, cluster);
            Geometry box = picture.scene().bounds(id);
            List<Printed> lines = texts.stream().filter(t -> box.contains(t.x(), t.y())
                    && (t.text().equals(summary.name()) || summary.notes().contains(t.text()))).toList();
            assertThat(lines).as("%s's summary", cluster.name()).hasSize(1 + summary.notes().size()).allSatisfy(line -> assertThat(line.points())
                    .as("'%s' printed", line.text()).isGreaterThanOrEqualTo(DiagramPainter.READABLE_NAME - 1e-6));
            double widest = lines.stream().mapToDouble(Printed::width).max().orElseThrow();
            double lineHeights = lines.stream().mapToDouble(t -> t.points() / picture.printScale().orElseThrow() * 1.3).sum();
            assertThat(box.width()).as("%s's width for its widest line, %.0f", cluster.name(), widest)
                    .isLessThanOrEqualTo(1.5 * widest);
            assertThat(box.height()).as("%s's height for its lines, %.0f", cluster.name(), lineHeights)
                    .isLessThanOrEqualTo(1.5 * lineHeights);
            for (Printed line : lines) {
                assertThat(line.x() + line.width()).as("'%s' inside its box", line.text()).isLessThanOrEqualTo(box.maxX());
            }
            assertThat(SceneLayout.of(model).bounds(id).width()).as("the full-size box").isGreaterThan(2 * box.width());
        }
    }

    /**
     * Every name a reader looks for (tenant, cluster summary, the counts) prints at 6 pt or more; the small print of
     * cards drawn in full follows the tenants' names (the semantic-zoom rule, {@link DiagramPainter#summarises}).
     */
    private static void assertNamesPrintAtSixPoints(Model model, List<Printed> texts) {
        Set<String> names = new java.util.HashSet<>();
        model.all(Tenant.class).forEach(t -> names.add(t.name()));
        model.all(Cluster.class).forEach(c -> names.addAll(ClusterSummary.of(model, c).notes()));
        model.all(Cluster.class).forEach(c -> names.add(c.name()));
        List<Printed> named = texts.stream().filter(t -> names.contains(t.text()) || t.text().endsWith(" connections")).toList();
        assertThat(named).isNotEmpty().allSatisfy(text -> assertThat(text.points()).as("'%s' printed", text.text())
                .isGreaterThanOrEqualTo(DiagramPainter.READABLE_NAME - 1e-6));
    }

    @Test
    void theSummaryCountsEachPlacementAndTheSandboxedAgentsFromTheModel() throws Exception {
        Model model = sample("ai-agent-saas");
        Cluster dev = model.all(Cluster.class).stream().filter(c -> c.name().equals("eks-dev")).findFirst().orElseThrow();
        Cluster prod = model.all(Cluster.class).stream().filter(c -> c.name().equals("eks-prod")).findFirst().orElseThrow();

        // dev's tenants follow their environment's option, namespace; prod has none chosen; 2 of prod's agents run runc.
        // The connections inside: both ends in the cluster (the lines drawn from its box are only those leaving it).
        assertThat(ClusterSummary.of(model, dev).notes()).containsExactly("Amazon EKS · us-east-1", "7 tenants: 7 namespace",
                "3 agents, 3 sandboxed", inside(model, dev) + " connections inside");
        assertThat(ClusterSummary.of(model, prod).notes()).containsExactly("Amazon EKS · us-east-1", "40 tenants: 40 undecided",
                "36 agents, 34 sandboxed", inside(model, prod) + " connections inside");
        assertThat(inside(model, dev)).isEqualTo(5);
    }

    /** The cluster's connections whose two ends it holds. */
    private static long inside(Model model, Cluster cluster) {
        return model.all(dev.bulkhead.model.Connection.class).stream()
                .filter(c -> model.clusterOf(c.from()).map(Cluster::id).filter(cluster.id()::equals).isPresent()
                        && model.clusterOf(c.to()).map(Cluster::id).filter(cluster.id()::equals).isPresent())
                .count();
    }

    /** workshop-proposal with 60 more tenants in aks-prod: that cluster cannot be read on the page, aks-dev can. */
    @Test
    void onlyTheClusterTooLargeToReadIsSummarisedAndTheSmallOneKeepsItsDetail() throws Exception {
        Model small = new ModelReader().read(Path.of("sample-models", "workshop-proposal.bulkhead.json"));
        Cluster prod = small.all(Cluster.class).stream().filter(c -> c.name().equals("aks-prod")).findFirst().orElseThrow();
        Cluster dev = small.all(Cluster.class).stream().filter(c -> c.name().equals("aks-dev")).findFirst().orElseThrow();
        List<Element> elements = new ArrayList<>(small.elements().values());
        TenancyOption[] options = {TenancyOption.NAMESPACE, TenancyOption.VCLUSTER, TenancyOption.DEDICATED};
        for (int i = 0; i < 60; i++) {
            elements.add(new Tenant(ElementId.of("extra-" + i), "extra-" + i, prod.id(), TenantKind.INTERNAL_TEAM, "group",
                    new ResourceDemand(1, 2, 4, 0), Map.of(), options[i % 3]));
        }
        Map<ElementId, dev.bulkhead.model.ElementLayout> layout = new java.util.TreeMap<>(small.layout());
        layout.remove(prod.id()); // laid out again around its 64 tenants
        Model model = Placed.of(Model.of(small.settings(), elements, layout, small.scenarios()));

        DiagramPicture picture = fitted(model);
        List<Printed> texts = printed(picture);

        assertThat(picture.summarised()).containsExactly(prod.id());
        // Scenario "proposal A" (the file's active one) places code-tutor in a vCluster and partner-acme dedicated.
        assertThat(texts).extracting(Printed::text).contains("aks-prod",
                "64 tenants: 20 namespace, 21 vCluster, 21 dedicated, 2 undecided");
        for (Tenant tenant : model.children(dev.id(), Tenant.class)) {
            assertThat(texts).extracting(Printed::text).as("aks-dev's tenant %s in full", tenant.name()).contains(tenant.name());
        }
        assertThat(texts).extracting(Printed::text).doesNotContain("extra-0");
        assertNamesPrintAtSixPoints(model, texts);
        assertThat(Set.copyOf(model.children(dev.id(), Tenant.class)).stream().map(Tenant::id)
                .allMatch(id -> picture.scene().bounds(id) != null)).as("aks-dev's cards are laid out").isTrue();
    }
}

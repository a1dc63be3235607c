package dev.bulkhead.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.DiagramPicture;
import dev.bulkhead.diagram.PictureRoutes;
import dev.bulkhead.export.ExportBundle;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.terraform.TerraformExporter;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A review of the bank's report: the picture of the recommended mix drew the prod payments tenant, which the mix gives a
 * cluster of its own, inside the shared gke-prod (only a caption said otherwise). The mix's picture draws it in a cluster
 * box of its own, named as the Terraform export names that cluster, outside its host, its connections drawn to it.
 */
class MixDedicatedClusterTest {
    private static Analysis analysis;
    private static MixDiagram mix;
    private static DiagramPicture picture;

    @BeforeAll
    static void drawTheBanksMix() throws Exception {
        analysis = new Analyzer(ReferenceData.bundled()).analyze(new ModelReader().read(Path.of("sample-models/internal-platform.bulkhead.json")));
        mix = MixDiagram.of(analysis, null);
        picture = mix.picture(DiagramExport.Options.of(DiagramExport.Format.SVG));
    }

    private static Tenant payments(Model model) {
        Environment prod = model.all(Environment.class).stream().filter(e -> e.name().equals("prod")).findFirst().orElseThrow();
        return model.all(Tenant.class).stream().filter(t -> t.name().equals("payments")
                && model.environmentOf(t.id()).orElseThrow().id().equals(prod.id())).findFirst().orElseThrow();
    }

    @Test
    void theTenantTheMixGivesADedicatedClusterIsDrawnInItsOwnClusterOutsideItsHost() throws Exception {
        Model drawn = PictureRoutes.model(picture);
        Tenant payments = payments(drawn);
        assertThat(payments.option()).as("the sample still shows the case").isEqualTo(TenancyOption.DEDICATED);
        Cluster host = analysis.model().get(payments(analysis.model()).cluster(), Cluster.class);
        Cluster own = drawn.get(payments.cluster(), Cluster.class);

        assertThat(own.id()).isNotEqualTo(host.id());
        assertThat(own.environment()).isEqualTo(host.environment());
        ExportBundle terraform = new TerraformExporter().export(analysis, ExportSettings.of(ExportChoice.RECOMMENDED), f -> { });
        assertThat(own.name()).isEqualTo("gke-prod-payments-prod");
        assertThat(terraform.files().keySet().stream().map(terraform::file)).as("the cluster the Terraform export creates")
                .anyMatch(text -> text.contains("\"" + own.name() + "\""));
        assertThat(drawn.children(own.id(), Tenant.class)).containsExactly(payments);
        assertThat(drawn.children(host.id(), Tenant.class)).doesNotContain(payments).hasSize(11);

        Geometry ownBox = PictureRoutes.bounds(picture, own.id());
        assertThat(ownBox.intersects(PictureRoutes.bounds(picture, host.id()))).as("outside its host").isFalse();
        assertThat(PictureRoutes.bounds(picture, own.environment()).contains(ownBox)).as("in its environment").isTrue();
        assertThat(ownBox.contains(PictureRoutes.bounds(picture, payments.id()))).isTrue();
    }

    @Test
    void theDedicatedTenantsConnectionsAreDrawnToItInItsOwnCluster() {
        Model drawn = PictureRoutes.model(picture);
        Tenant payments = payments(drawn);
        Geometry card = PictureRoutes.bounds(picture, payments.id());
        List<Connection> connections = drawn.all(Connection.class).stream()
                .filter(c -> c.from().equals(payments.id()) || c.to().equals(payments.id())).toList();
        assertThat(connections).as("the sample still shows the case").isNotEmpty();
        for (Connection connection : connections) {
            double[] route = PictureRoutes.route(picture, connection.id());
            int end = connection.from().equals(payments.id()) ? 0 : route.length - 2;
            Geometry near = new Geometry(card.x() - 1, card.y() - 1, card.width() + 2, card.height() + 2);
            assertThat(near.contains(route[end], route[end + 1])).as("%s ends at payments' card", connection.id()).isTrue();
        }
        assertThat(mix.blocked()).as("a blocked flow of the mix is one of payments'")
                .containsAnyElementsOf(connections.stream().map(Connection::id).toList());
    }

    @Test
    void theDesignAsDrawnKeepsTheTenantInItsHost() {
        Model model = analysis.model();
        DiagramPicture asDrawn = DiagramExport.picture(analysis, DiagramExport.Options.of(DiagramExport.Format.SVG));
        Tenant payments = payments(model);
        assertThat(PictureRoutes.bounds(asDrawn, payments.cluster()).contains(PictureRoutes.bounds(asDrawn, payments.id()))).isTrue();
        assertThat(PictureRoutes.model(asDrawn).all(Cluster.class)).hasSameSizeAs(model.all(Cluster.class));
    }
}

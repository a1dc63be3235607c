package dev.bulkhead.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two connections never share a piece of line (the architect's review of the bank's whole-model SVG: payments → Card
 * network ran along checkout → identity's 8080 line and read as one): in the whole-model picture of every sample, no
 * run of one route lies along a run of another's for more than {@link RouteClearance#LONGEST_SHARED} units, unless
 * the two leave or reach the same box where there is no room beside (a trunk that branches, rare).
 */
class RoutesApartTest {

    @ParameterizedTest
    @ValueSource(strings = {"internal-platform", "ai-agent-saas", "workshop-proposal", "workshop-starter"})
    void noTwoConnectionsOfTheWholeModelsPictureShareARun(String sample) throws Exception {
        Model model = new ModelReader().read(Path.of("sample-models", sample + ".bulkhead.json"));
        DiagramPicture picture = DiagramExport.picture(new Analyzer(ReferenceData.bundled()).analyze(model),
                DiagramExport.Options.of(DiagramExport.Format.SVG));
        List<Connection> connections = picture.scene().model().all(Connection.class);
        int compared = 0;
        int trunks = 0;
        for (int a = 0; a < connections.size(); a++) {
            double[] first = picture.scene().route(connections.get(a).id());
            for (int b = a + 1; b < connections.size() && first != null; b++) {
                double[] second = picture.scene().route(connections.get(b).id());
                if (second == null) {
                    continue;
                }
                compared++;
                double shared = longestSharedRun(first, second);
                if (shareAnEnd(connections.get(a), connections.get(b))) {
                    // Lines out of one box may leave it together where the gap they run in has room for no more
                    // (ai-agent-saas's orchestrator to six tenants, along one 16-unit gap): a trunk that branches.
                    trunks += shared > RouteClearance.LONGEST_SHARED ? 1 : 0;
                    continue;
                }
                assertThat(shared).as("%s: %s %s and %s %s share a run", sample,
                        connections.get(a).id().value(), Arrays.toString(first), connections.get(b).id().value(),
                        Arrays.toString(second)).isLessThanOrEqualTo(RouteClearance.LONGEST_SHARED);
            }
        }
        System.out.printf("%s: %d pairs of routes compared, %d trunks out of a shared end%n", sample, compared, trunks);
        assertThat(compared).as("pairs of routes compared").isPositive();
    }

    private static boolean shareAnEnd(Connection a, Connection b) {
        return a.from().equals(b.from()) || a.from().equals(b.to()) || a.to().equals(b.from()) || a.to().equals(b.to());
    }

    @Test
    void theMeasureSeesTwoRoutesAlongOneLine() {
        double[] checkoutToIdentity = {100, 297, 400, 297};
        double[] paymentsToCardNetwork = {200, 120, 200, 297, 600, 297, 600, 500};

        assertThat(longestSharedRun(checkoutToIdentity, paymentsToCardNetwork)).isEqualTo(200);
        assertThat(longestSharedRun(checkoutToIdentity, new double[] {100, 303, 400, 303})).isZero();
    }

    @Test
    void aRunMovedAsideKeepsItsNeighboursDirectionAndItsEndsOnTheirBorders() {
        dev.bulkhead.model.Geometry from = new dev.bulkhead.model.Geometry(0, 0, 100, 100);
        dev.bulkhead.model.Geometry to = new dev.bulkhead.model.Geometry(150, 200, 100, 100);
        double[] elbow = {100, 50, 200, 50, 200, 200};

        assertThat(RouteClearance.shifted(elbow, 2, 6, from, to)).containsExactly(100, 50, 206, 50, 206, 200);
        assertThat(RouteClearance.shifted(elbow, 0, 6, from, to)).containsExactly(100, 56, 200, 56, 200, 200);
        assertThat(RouteClearance.shifted(elbow, 0, 60, from, to)).as("the start would leave its box's side").isNull();
        assertThat(RouteClearance.shifted(new double[] {100, 50, 200, 50, 200, 53, 300, 53}, 4, -6, from,
                new dev.bulkhead.model.Geometry(300, 0, 100, 100))).as("the run before it would turn back").isNull();
    }

    /** The longest piece two routes run along one line together. */
    static double longestSharedRun(double[] a, double[] b) {
        double longest = 0;
        for (int i = 0; i + 3 < a.length; i += 2) {
            for (int j = 0; j + 3 < b.length; j += 2) {
                longest = Math.max(longest, RouteClearance.sharedLength(a[i], a[i + 1], a[i + 2], a[i + 3], b[j], b[j + 1], b[j + 2], b[j + 3]));
            }
        }
        return longest;
    }
}

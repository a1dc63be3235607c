package dev.bulkhead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.ExternalEndpoint;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The address ranges the export names other clusters and host-name endpoints by are edited in the inspector. */
class AddressRangeEditingTest extends WindowTest {
    @Test
    void aClustersAddressRangeIsSetCheckedClearedAndUndone(FxRobot robot) throws Exception {
        onFx(() -> window.files().openSample("internal-platform.bulkhead.json"));
        waitForAnalysis();
        Cluster cluster = model().all(Cluster.class).get(0);
        onFx(() -> canvas().selection().select(cluster.id()));
        TextField range = fx(() -> (TextField) window.inspector().editor("Address range"));

        robot.doubleClickOn(range).eraseText(30).write("10.20.0.0/16").type(KeyCode.ENTER);
        assertThat(model().get(cluster.id(), Cluster.class).addressRange()).isEqualTo("10.20.0.0/16");

        TextField again = fx(() -> (TextField) window.inspector().editor("Address range"));
        robot.doubleClickOn(again).eraseText(30).write("the office").type(KeyCode.ENTER);
        assertThat(model().get(cluster.id(), Cluster.class).addressRange()).isEqualTo("10.20.0.0/16");
        Label error = fx(() -> (Label) again.getParent().lookup(".bh-field-error"));
        assertThat(fx(error::getText)).contains("CIDR block");

        robot.type(KeyCode.ESCAPE);
        onFx(() -> window.session().document().undo());
        assertThat(model().get(cluster.id(), Cluster.class).addressRange()).isNull();
    }

    @Test
    void anEndpointsAddressRangeIsSetAndClearedByEmptyingTheField(FxRobot robot) throws Exception {
        onFx(() -> window.files().openSample("internal-platform.bulkhead.json"));
        waitForAnalysis();
        ExternalEndpoint endpoint = model().all(ExternalEndpoint.class).stream().filter(e -> !e.addressIsCidr())
                .findFirst().orElseThrow();
        onFx(() -> canvas().selection().select(endpoint.id()));

        robot.doubleClickOn(fx(() -> (TextField) window.inspector().editor("Address range"))).eraseText(30)
                .write("203.0.113.0/24").type(KeyCode.ENTER);
        assertThat(model().get(endpoint.id(), ExternalEndpoint.class).cidr()).contains("203.0.113.0/24");

        robot.doubleClickOn(fx(() -> (TextField) window.inspector().editor("Address range"))).eraseText(30)
                .type(KeyCode.ENTER);
        assertThat(model().get(endpoint.id(), ExternalEndpoint.class).addressRange()).isNull();
    }
}

package dev.bulkhead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.CostCategory;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.model.Connection;
import java.math.BigDecimal;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A connection's monthly traffic is edited in the inspector and re-prices the data it carries. */
class ConnectionTrafficEditingTest extends WindowTest {
    @Test
    void aConnectionsTrafficIsSetPricedAndUndone(FxRobot robot) throws Exception {
        onFx(() -> window.files().openSample("ai-agent-saas.bulkhead.json"));
        waitForAnalysis();
        BigDecimal before = dataTransfer();
        Connection connection = model().all(Connection.class).stream()
                .filter(c -> model().find(c.to()).orElseThrow() instanceof dev.bulkhead.model.ExternalEndpoint)
                .findFirst().orElseThrow();
        onFx(() -> canvas().selection().select(connection.id()));

        TextField traffic = fx(() -> (TextField) window.inspector().editor("Traffic (GB/month)"));
        robot.doubleClickOn(traffic).eraseText(30).write("1100").type(KeyCode.ENTER);
        waitForAnalysis();

        assertThat(model().get(connection.id(), Connection.class).monthlyTrafficGB()).isEqualTo(1100.0);
        // AWS: the connection leaves through the NAT gateways; 1,000 GB more than the assumed 100 GB × $0.045/GB = $45.00.
        assertThat(dataTransfer().subtract(before)).isEqualByComparingTo("45.00");

        onFx(() -> window.session().document().undo());
        waitForAnalysis();
        assertThat(model().get(connection.id(), Connection.class).monthlyTrafficGB()).isNull();
        assertThat(dataTransfer()).isEqualByComparingTo(before);
    }

    private BigDecimal dataTransfer() {
        return window.analysis().latest().whole().option(OptionKey.NAMESPACE).byCategory()
                .getOrDefault(CostCategory.DATA_TRANSFER, BigDecimal.ZERO);
    }
}

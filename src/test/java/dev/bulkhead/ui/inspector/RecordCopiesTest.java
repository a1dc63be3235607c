package dev.bulkhead.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulkhead.model.ResourceDemand;
import org.junit.jupiter.api.Test;

class RecordCopiesTest {
    @Test
    void copiesARecordWithOneComponentReplaced() {
        ResourceDemand demand = new ResourceDemand(4, 8, 40, 50);

        assertThat(RecordCopies.with(demand, "pods", 60)).isEqualTo(new ResourceDemand(4, 8, 60, 50));
    }

    @Test
    void theRecordsOwnValidationMessageReachesTheUser() {
        ResourceDemand demand = new ResourceDemand(4, 8, 40, 50);

        assertThatThrownBy(() -> RecordCopies.with(demand, "cpu", -1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CPU (vCPU)");
    }

    @Test
    void anUnknownComponentIsAProgrammingError() {
        assertThatThrownBy(() -> RecordCopies.with(new ResourceDemand(1, 1, 1, 1), "gpus", 2))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("gpus");
    }
}

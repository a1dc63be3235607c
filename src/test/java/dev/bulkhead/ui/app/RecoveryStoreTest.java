package dev.bulkhead.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Model;
import dev.bulkhead.testing.TestModels;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
    @TempDir
    Path folder;

    @Test
    void whatACrashedSessionLeftIsOfferedBackToTheNextOneWithItsOriginalFile() throws Exception {
        // A process id that cannot be running: the session that wrote this is gone.
        RecoveryStore crashed = new RecoveryStore(folder, "2147483647");
        Model model = TestModels.small();
        crashed.write(model, Path.of("/work/payments.bulkhead.json"));
        RecoveryStore next = new RecoveryStore(folder, "1");

        assertThat(next.leftovers()).hasSize(1);
        RecoveryStore.Leftover leftover = next.leftovers().get(0);
        assertThat(leftover.originalFile()).isEqualTo(Path.of("/work/payments.bulkhead.json"));
        assertThat(leftover.describe()).isEqualTo("payments.bulkhead.json");
        assertThat(next.read(leftover)).isEqualTo(model);

        next.discard(leftover);
        assertThat(next.leftovers()).isEmpty();
    }

    @Test
    void aRunningSessionsOwnFileIsNotOfferedAndClearingRemovesIt() throws Exception {
        RecoveryStore mine = new RecoveryStore(folder, Long.toString(ProcessHandle.current().pid()));
        mine.write(TestModels.small(), null);
        RecoveryStore other = new RecoveryStore(folder, "1");

        assertThat(other.leftovers()).as("the owner is still running").isEmpty();
        mine.clear();
        assertThat(folder.toFile().list()).isEmpty();
    }
}

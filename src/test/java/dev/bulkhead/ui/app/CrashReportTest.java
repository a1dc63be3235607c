package dev.bulkhead.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Tenant;
import dev.bulkhead.testing.TestModels;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crash dialog promises recovered changes only when there were changes and they were kept. */
class CrashReportTest {
    @TempDir
    Path folder;
    private DocumentSession session;

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void withoutUnsavedChangesNothingIsWrittenAndNothingPromised() {
        session = new DocumentSession(new RecoveryStore(folder, "1"));
        session.load(TestModels.small(), null, false);

        boolean kept = session.writeRecoveryNow();

        assertThat(kept).isFalse();
        assertThat(BulkheadApp.crashMessage(new IllegalStateException("boom"), kept))
                .contains("boom").contains("no unsaved changes").doesNotContain("recovery file");
    }

    @Test
    void unsavedChangesAreWrittenAndOfferedBack() {
        RecoveryStore store = new RecoveryStore(folder, "1");
        session = new DocumentSession(store);
        session.load(TestModels.small(), null, false);
        Tenant tenant = session.document().snapshot().all(Tenant.class).get(0);
        session.document().edit("Rename", tx -> tx.replace(tenant.withName("renamed")));

        boolean kept = session.writeRecoveryNow();

        assertThat(kept).isTrue();
        assertThat(BulkheadApp.crashMessage(new IllegalStateException("boom"), kept)).contains("recovery file");
    }
}

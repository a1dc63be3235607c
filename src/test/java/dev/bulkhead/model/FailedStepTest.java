package dev.bulkhead.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulkhead.testing.TestModels;
import org.junit.jupiter.api.Test;

/**
 * A step whose changes no longer fit the document (here: an element changed behind the history's back) must
 * fail cleanly: the document stays as it was, the step stays where it was, and the next edit is accepted.
 */
class FailedStepTest {
    private static final ElementId SEARCH = ElementId.of("tenant-search");
    private static final ElementId PAYMENTS = ElementId.of("tenant-payments");

    private final ModelDocument document = new ModelDocument(TestModels.small());

    /** One step renaming both tenants: undo takes payments back first, then search. */
    private void renameBoth() {
        Model before = document.snapshot();
        document.edit("Rename both", tx -> {
            tx.replace(before.get(SEARCH, Tenant.class).withName("search-2"));
            tx.replace(before.get(PAYMENTS, Tenant.class).withName("payments-2"));
        });
    }

    /** Changes search without recording it, so that the recorded step no longer applies to it. */
    private void tamperWithSearch() {
        Tenant search = document.snapshot().get(SEARCH, Tenant.class);
        document.apply(new Change.ReplaceElement(search, search.withName("tampered")));
    }

    @Test
    void anUndoThatFailsHalfwayLeavesTheDocumentAndHistoryAsTheyWereAndAcceptsTheNextEdit() {
        renameBoth();
        tamperWithSearch();
        Model before = document.snapshot();

        assertThatThrownBy(document::undo).isInstanceOf(IllegalStateException.class).hasMessageContaining("changed since");

        assertThat(document.snapshot()).isEqualTo(before);
        assertThat(document.snapshot().get(PAYMENTS, Tenant.class).name()).isEqualTo("payments-2");
        assertThat(document.history().undoName()).contains("Rename both");
        assertThat(document.history().canRedo()).isFalse();
        Tenant payments = document.snapshot().get(PAYMENTS, Tenant.class);
        assertThat(document.edit("Rename payments", tx -> tx.replace(payments.withName("payments-3")))).isTrue();
        assertThat(document.snapshot().get(PAYMENTS, Tenant.class).name()).isEqualTo("payments-3");
    }

    @Test
    void aRedoThatFailsHalfwayLeavesTheDocumentAndHistoryAsTheyWereAndAcceptsTheNextEdit() {
        renameBoth();
        document.undo();
        // Redo applies search first, then payments: tampering with payments makes the second change fail.
        Tenant payments = document.snapshot().get(PAYMENTS, Tenant.class);
        document.apply(new Change.ReplaceElement(payments, payments.withName("tampered")));
        Model before = document.snapshot();

        assertThatThrownBy(document::redo).isInstanceOf(IllegalStateException.class);

        assertThat(document.snapshot()).isEqualTo(before);
        assertThat(document.snapshot().get(SEARCH, Tenant.class).name()).isEqualTo("search");
        assertThat(document.history().redoName()).contains("Rename both");
        document.undo(); // nothing left to undo: the failed redo did not push the step back
        assertThat(document.snapshot()).isEqualTo(before);
        Tenant search = document.snapshot().get(SEARCH, Tenant.class);
        assertThat(document.edit("Rename search", tx -> tx.replace(search.withName("search-3")))).isTrue();
    }

    @Test
    void anErrorInAStepsBodyUnlocksTheDocument() {
        Tenant search = document.snapshot().get(SEARCH, Tenant.class);

        assertThatThrownBy(() -> document.edit("Fail", tx -> {
            tx.replace(search.withName("search-2"));
            throw new AssertionError("injected");
        })).isInstanceOf(AssertionError.class);

        assertThat(document.snapshot().get(SEARCH, Tenant.class).name()).isEqualTo("search");
        assertThat(document.edit("Rename search", tx -> tx.replace(search.withName("search-3")))).isTrue();
    }

    @Test
    void markSavedRefusedDuringAnAnnouncementLeavesTheSaveStateAlone() {
        Tenant search = document.snapshot().get(SEARCH, Tenant.class);
        boolean[] refused = new boolean[1];
        document.addListener(event -> {
            try {
                document.markSaved();
            } catch (IllegalStateException e) {
                refused[0] = true;
            }
        });

        document.edit("Rename search", tx -> tx.replace(search.withName("search-2")));

        assertThat(refused[0]).isTrue();
        assertThat(document.history().isDirty()).isTrue();
    }
}

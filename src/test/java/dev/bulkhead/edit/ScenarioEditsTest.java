package dev.bulkhead.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.testing.TestModels;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioEditsTest {
    private final ModelDocument document = new ModelDocument(TestModels.small());
    private final ScenarioEdits scenarios = new ScenarioEdits(document);

    private Tenant firstTenant() {
        return document.snapshot().all(Tenant.class).get(0);
    }

    private void setOption(TenancyOption option) {
        document.edit("Set option", tx -> tx.replace(firstTenant().withOption(option)));
    }

    @Test
    void anEditLandsInTheActiveScenarioOnlyAndSwitchingBackShowsTheBaseUntouched() {
        Model original = document.snapshot();
        scenarios.duplicate("proposal A");
        setOption(TenancyOption.DEDICATED);

        assertThat(document.snapshot().scenarios().active()).isEqualTo("proposal A");
        assertThat(firstTenant().option()).isEqualTo(TenancyOption.DEDICATED);
        scenarios.switchTo("current");
        assertThat(firstTenant()).isEqualTo(original.all(Tenant.class).get(0));
        assertThat(document.snapshot().stateOf("proposal A").elements().get(firstTenant().id()))
                .isEqualTo(firstTenant().withOption(TenancyOption.DEDICATED));
        assertThat(document.snapshot().inScenario("proposal A").all(Tenant.class).get(0).option())
                .isEqualTo(TenancyOption.DEDICATED);
    }

    @Test
    void theActiveScenarioCanBeRenamedAndTheRenameUndone() {
        scenarios.create("proposal A");
        setOption(TenancyOption.VCLUSTER);
        Model before = document.snapshot();

        scenarios.rename("proposal A", "cheap");

        assertThat(document.snapshot().scenarios().active()).isEqualTo("cheap");
        assertThat(document.snapshot().scenarios().names()).containsExactly("current", "cheap");
        assertThat(document.snapshot().all(dev.bulkhead.model.Tenant.class))
                .isEqualTo(before.all(dev.bulkhead.model.Tenant.class));
        document.undo();
        assertThat(document.snapshot()).isEqualTo(before);
    }

    @Test
    void everyScenarioStepUndoesAndRedoesToEqualModels() {
        Model original = document.snapshot();
        scenarios.create("proposal A");
        setOption(TenancyOption.VCLUSTER);
        Model afterA = document.snapshot();
        scenarios.duplicate("proposal B");
        setOption(TenancyOption.DEDICATED);
        scenarios.rename("proposal A", "cheap");
        scenarios.switchTo("cheap");
        scenarios.delete("proposal B");
        Model last = document.snapshot();
        assertThat(document.history().undoSize()).isEqualTo(7);
        assertThat(last.scenarios().names()).containsExactly("current", "cheap");

        for (int i = 0; i < 7; i++) {
            document.undo();
        }
        assertThat(document.snapshot()).isEqualTo(original);
        for (int i = 0; i < 2; i++) {
            document.redo();
        }
        assertThat(document.snapshot()).isEqualTo(afterA);
        for (int i = 0; i < 5; i++) {
            document.redo();
        }
        assertThat(document.snapshot()).isEqualTo(last);
    }

    @Test
    void deletingTheActiveScenarioShowsTheBase() {
        scenarios.create("proposal A");
        scenarios.delete("proposal A");
        assertThat(document.snapshot().scenarios().names()).containsExactly("current");
        assertThat(document.snapshot().scenarios().active()).isEqualTo("current");
    }

    @Test
    void refusalsSayWhatToDo() {
        scenarios.create("proposal A");
        assertThatThrownBy(() -> scenarios.switchTo("proposal Z"))
                .hasMessage("no scenario named 'proposal Z'; this model has: current, proposal A");
        assertThatThrownBy(() -> scenarios.create("proposal A"))
                .hasMessage("a scenario named 'proposal A' already exists; choose another name");
        assertThatThrownBy(() -> scenarios.delete("current"))
                .hasMessage("'current' is the base scenario that the others overlay; it cannot be deleted");
        assertThatThrownBy(() -> scenarios.create("  ")).hasMessage("a scenario needs a name");
        assertThat(document.history().undoSize()).isEqualTo(1);
    }

    @Test
    void aNameThatDiffersOnlyInCaseIsRefusedButAScenarioMayChangeItsOwnCase() {
        scenarios.create("proposal A");
        scenarios.create("proposal B");
        assertThatThrownBy(() -> scenarios.create("Proposal A"))
                .hasMessage("a scenario named 'proposal A' already exists (names may not differ only in case); choose another name");
        assertThatThrownBy(() -> scenarios.duplicate("PROPOSAL a")).hasMessageContaining("names may not differ only in case");
        assertThatThrownBy(() -> scenarios.rename("proposal B", "Proposal A")).hasMessageContaining("'proposal A' already exists");
        assertThat(document.snapshot().scenarios().names()).containsExactly("current", "proposal A", "proposal B");

        scenarios.rename("proposal A", "Proposal A");
        assertThat(document.snapshot().scenarios().names()).containsExactly("current", "Proposal A", "proposal B");
    }

    @Test
    void resolvingANameIgnoresCaseOnlyWhenOneScenarioMatches() {
        scenarios.create("proposal A");
        var names = document.snapshot().scenarios();
        assertThat(names.resolve("proposal A")).isEqualTo("proposal A");
        assertThat(names.resolve("PROPOSAL a")).isEqualTo("proposal A");
        assertThatThrownBy(() -> names.resolve("proposal Z")).hasMessage("no scenario named 'proposal Z'; this model has: current, proposal A");

        // An older file may hold two names alike but for case: neither is guessed, the exact one still resolves.
        var older = new dev.bulkhead.model.Scenarios(List.of("current", "Proposal A", "proposal A"), "current",
                java.util.Map.of("Proposal A", names.stored().get("current"), "proposal A", names.stored().get("current")));
        assertThat(older.resolve("Proposal A")).isEqualTo("Proposal A");
        assertThatThrownBy(() -> older.resolve("PROPOSAL A"))
                .hasMessage("'PROPOSAL A' could be any of Proposal A, proposal A; give the name with its exact case");
    }

    @Test
    void aSwitchReportsTheElementsThatDifferAsUpdated() {
        scenarios.duplicate("proposal A");
        setOption(TenancyOption.VCLUSTER);
        List<dev.bulkhead.model.ModelEvent> events = new java.util.ArrayList<>();
        document.addListener(events::add);
        scenarios.switchTo("current");
        var edited = (dev.bulkhead.model.ModelEvent.Edited) events.get(0);
        assertThat(edited.summary().updated()).containsExactly(firstTenant().id());
        assertThat(edited.summary().added()).isEmpty();
    }
}

package dev.bulkhead.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.testing.TestModels;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any sequence of edits, undone completely, gives the original model; redone completely, the edited one. */
class UndoProperties {

    @Property(tries = 300)
    void undoAllRestoresTheOriginalAndRedoAllTheEdited(@ForAll("edits") List<EditOp> edits) {
        Model original = TestModels.small();
        ModelDocument document = new ModelDocument(original);
        int steps = 0;
        for (EditOp op : edits) {
            if (document.edit(op.toString(), tx -> op.apply(document.snapshot(), tx))) {
                steps++;
            }
        }
        Model edited = document.snapshot();
        assertThat(document.history().undoSize()).isEqualTo(steps);

        while (document.history().canUndo()) {
            document.undo();
        }
        assertThat(document.snapshot()).isEqualTo(original);

        while (document.history().canRedo()) {
            document.redo();
        }
        assertThat(document.snapshot()).isEqualTo(edited);
    }

    @Provide
    Arbitrary<List<EditOp>> edits() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1_000);
        Arbitrary<String> names = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8);
        Arbitrary<EditOp> op = Arbitraries.oneOf(
                Combinators.combine(pick, names).as(AddTenant::new),
                Combinators.combine(pick, names).as(Rename::new),
                pick.map(Remove::new),
                Combinators.combine(pick, Arbitraries.doubles().between(-500, 500)).as(Move::new),
                Combinators.combine(pick, pick).as(Connect::new),
                Combinators.combine(pick, Arbitraries.of(TenantKind.class)).as(SetKind::new),
                names.map(String::toLowerCase).map(RenameModel::new),
                Combinators.combine(pick, pick, names).as(AddAndConnectInOneStep::new),
                names.map(AddScenario::new),
                pick.map(SwitchScenario::new));
        return op.list().ofMaxSize(25);
    }

    /** One random edit, applied inside a transaction; indexes wrap around what exists. */
    interface EditOp {
        void apply(Model model, Transaction tx);
    }

    static <T extends Element> T pick(Model model, Class<T> type, int index) {
        List<T> all = model.all(type);
        return all.isEmpty() ? null : all.get(index % all.size());
    }

    /** A scenario copied from the one shown, then shown: later edits land in it. */
    record AddScenario(String name) implements EditOp {
        @Override
        public void apply(Model model, Transaction tx) {
            // Names differing only in case are refused (one scenario per name, whatever its case).
            if (tx.scenarios().names().stream().noneMatch(existing -> existing.equalsIgnoreCase(name))) {
                tx.setScenarios(tx.scenarios().withAdded(name, tx.currentState()));
                tx.switchScenario(name);
            }
        }
    }

    record SwitchScenario(int scenario) implements EditOp {
        @Override
        public void apply(Model model, Transaction tx) {
            java.util.List<String> names = tx.scenarios().names();
            tx.switchScenario(names.get(scenario % names.size()));
        }
    }

    record AddTenant(int cluster, String name) implements EditOp {
        @Override
        public void apply(Model model, Transaction tx) {
            Cluster c = pick(model, Cluster.class, cluster);
            if (c != null) {
                tx.add(new Tenant(ElementId.generate("tenant"), name, c.id(), TenantKind.INTERNAL_TEAM, "g",
                        new ResourceDemand(1, 2, 3, 4), java.util.Map.of(), null),
                        ElementLayout.at(new Geometry(1, 2, 100, 50)));
            }
        }
    }

    record Rename(int element, String name) implements EditOp {
        @Override
        public void apply(Model model, Transaction tx) {
            Tenant t = pick(model, Tenant.class, element);
            if (t != null) {
                tx.replace(t.withName(name));
            }
        }
    }

    record Remove(int element) implements EditOp {
        @Override
        public void apply(Model model, Transaction tx) {
            List<Element> all = List.copyOf(model.elements().values());
            if (!all.isEmpty()) {
                tx.remove(all.get(element % all.size()).id());
            }
        }
    }

    record Move(int element, double dx) implements EditOp {
        @Override
        public void apply(Model model, Transaction tx) {
            List<Element> all = List.copyOf(model.elements().values());
            if (!all.isEmpty()) {
                ElementId id = all.get(element % all.size()).id();
                ElementLayout layout = tx.layoutOf(id).orElse(ElementLayout.at(new Geometry(0, 0, 50, 50)));
                tx.setLayout(id, layout.withGeometry(layout.geometry().translated(dx, 1)));
            }
        }
    }

    record Connect(int from, int to) implements EditOp {
        @Override
        public void apply(Model model, Transaction tx) {
            Tenant a = pick(model, Tenant.class, from);
            Tenant b = pick(model, Tenant.class, to);
            if (a != null && b != null && !a.equals(b)) {
                tx.add(new Connection(ElementId.generate("conn"), "x", a.id(), b.id(), 8080, Protocol.TCP));
            }
        }
    }

    record SetKind(int tenant, TenantKind kind) implements EditOp {
        @Override
        public void apply(Model model, Transaction tx) {
            Tenant t = pick(model, Tenant.class, tenant);
            if (t != null) {
                tx.replace(t.withKind(kind));
            }
        }
    }

    record RenameModel(String name) implements EditOp {
        @Override
        public void apply(Model model, Transaction tx) {
            tx.setSettings(tx.settings().withName(name).withAssumption("hoursPerMonth", (double) name.length()));
        }
    }

    record AddAndConnectInOneStep(int cluster, int peer, String name) implements EditOp {
        @Override
        public void apply(Model model, Transaction tx) {
            new AddTenant(cluster, name).apply(model, tx);
            List<Tenant> tenants = model.all(Tenant.class);
            Cluster c = pick(model, Cluster.class, cluster);
            if (c == null || tenants.isEmpty()) {
                return;
            }
            ElementId added = tx.changes().stream().filter(ch -> ch instanceof Change.AddElement)
                    .map(ch -> ((Change.AddElement) ch).element().id()).reduce((x, y) -> y).orElseThrow();
            tx.add(new Connection(ElementId.generate("conn"), "y", added, tenants.get(peer % tenants.size()).id(),
                    443, Protocol.TCP));
        }
    }
}

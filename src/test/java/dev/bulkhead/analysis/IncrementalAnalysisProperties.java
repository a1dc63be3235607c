package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.Egress;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Protocol;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.SupportTier;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.model.TerraformLayout;
import dev.bulkhead.model.Transaction;
import dev.bulkhead.model.TrustLevel;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.ModelArbitraries;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Incremental equals fresh: the app keeps one {@link Analyzer} per document and re-analyses only what an edit
 * touched (the clusters it changed, per-tenant work kept in {@link TenantMemo}). Whatever sequence of edits,
 * undos and redos reaches a snapshot, and whichever snapshots the app skipped on the way (the newest result wins,
 * so not every snapshot is analysed), that analyzer must give the same figures, scores, findings and placements
 * as a new analyzer that sees the snapshot for the first time.
 */
class IncrementalAnalysisProperties {
    private static final ReferenceData DATA = ReferenceData.bundled();

    @Property(tries = 250)
    void anEditedModelAnalysedIncrementallyEqualsAFreshAnalysis(@ForAll("models") Model start,
                                                               @ForAll("edits") List<Step> steps) {
        ModelDocument document = new ModelDocument(start);
        Analyzer incremental = new Analyzer(DATA);
        incremental.analyze(document.snapshot());
        for (Step step : steps) {
            step.edit().applyTo(document);
            if (step.analyse()) {
                Model snapshot = document.snapshot();
                AnalysisComparison.assertSame(incremental.analyze(snapshot), new Analyzer(DATA).analyze(snapshot),
                        "after " + step.edit());
            }
        }
        Model last = document.snapshot();
        AnalysisComparison.assertSame(incremental.analyze(last), new Analyzer(DATA).analyze(last), "at the end");
    }

    @Provide
    Arbitrary<Model> models() {
        return ModelArbitraries.models();
    }

    @Provide
    Arbitrary<List<Step>> edits() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1_000);
        Arbitrary<Edit> edit = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Combinators.combine(pick, Arbitraries.doubles().between(0, 24).ofScale(2),
                        Arbitraries.doubles().between(0, 64).ofScale(2), Arbitraries.integers().between(0, 200))
                        .as(SetDemand::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(pick, Arbitraries.of(TenantKind.class)).as(SetKind::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(pick, Arbitraries.of(IsolationDimension.class),
                        Arbitraries.integers().between(-1, IsolationDimension.MAX_SCORE)).as(SetRequirement::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(pick, Arbitraries.integers().between(-1, 2)).as(SetOption::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(pick, pick).as(MoveTenant::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(pick, ModelArbitraries.tenants()).as(AddTenant::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(pick, Arbitraries.of(TrustLevel.class),
                        Arbitraries.of(SandboxRuntime.class), Arbitraries.integers().between(0, 12)).as(SetAgent::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(pick, Arbitraries.of(TrustLevel.class),
                        Arbitraries.of(SandboxRuntime.class)).as(AddAgent::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(pick, Arbitraries.of("m6i.xlarge", "m6i.2xlarge", "c6i.large",
                        "custom-8"), Arbitraries.integers().between(0, 4)).as(SetPool::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(pick, pick).as(DedicatePool::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(pick, Arbitraries.of(Criticality.class),
                        Arbitraries.integers().between(-1, 2)).as(SetEnvironment::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(pick, Arbitraries.of(Provider.class), Arbitraries.of(true, false),
                        Arbitraries.of(SandboxRuntime.class)).as(SetCluster::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.of(EnvironmentKind.class), Arbitraries.of(Provider.class))
                        .as(AddEnvironment::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(pick, pick).as(Connect::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(pick, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6))
                        .as(Rename::new)),
                // Few groups, so that tenants come to share one (a finding) and stop sharing it.
                net.jqwik.api.Tuple.of(1, Combinators.combine(pick, Arbitraries.of("team-a", "team-b", "platform"))
                        .as(SetOwnerGroup::new)),
                net.jqwik.api.Tuple.of(1, pick.map(Remove::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.of("aws-us-east-1", "gcp-us-central1", "azure-eastus",
                        "on-prem"), Arbitraries.of(0.0, 600.0, 730.0)).as(SetSettings::new)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(new Undo())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Redo())));
        // Most snapshots are analysed, as in the app; a skipped one makes the next analysis span several edits.
        return Combinators.combine(edit, Arbitraries.of(true, true, true, false)).as(Step::new).list().ofMaxSize(20);
    }

    /** One edit and whether the app analyses the snapshot it leaves. */
    record Step(Edit edit, boolean analyse) {
    }

    /** A user's edit; indexes wrap around what exists, and an edit the model refuses leaves it unchanged. */
    interface Edit {
        default void applyTo(ModelDocument document) {
            try {
                document.edit(toString(), tx -> apply(tx.view(), tx));
            } catch (IllegalArgumentException refused) {
                // The model's own validation refused it (say, a pool dedicated across clusters): nothing changed.
            }
        }

        void apply(Model model, Transaction tx);
    }

    static <T extends Element> T pick(Model model, Class<T> type, int index) {
        List<T> all = model.all(type);
        return all.isEmpty() ? null : all.get(index % all.size());
    }

    record SetDemand(int tenant, double cpu, double memory, int pods) implements Edit {
        @Override
        public void apply(Model model, Transaction tx) {
            Tenant t = pick(model, Tenant.class, tenant);
            if (t != null) {
                tx.replace(t.withDemand(new ResourceDemand(cpu, memory, pods, t.demand().storageGiB())));
            }
        }
    }

    record SetKind(int tenant, TenantKind kind) implements Edit {
        @Override
        public void apply(Model model, Transaction tx) {
            Tenant t = pick(model, Tenant.class, tenant);
            if (t != null) {
                tx.replace(t.withKind(kind));
            }
        }
    }

    /** A requirement of -1 removes the tenant's own minimum for that dimension (the kind's default applies). */
    record SetRequirement(int tenant, IsolationDimension dimension, int score) implements Edit {
        @Override
        public void apply(Model model, Transaction tx) {
            Tenant t = pick(model, Tenant.class, tenant);
            if (t != null) {
                tx.replace(t.withRequirement(dimension, score < 0 ? null : score));
            }
        }
    }

    /** An option of -1 clears the tenant's own choice. */
    record SetOption(int tenant, int option) implements Edit {
        @Override
        public void apply(Model model, Transaction tx) {
            Tenant t = pick(model, Tenant.class, tenant);
            if (t != null) {
                tx.replace(t.withOption(option < 0 ? null : TenancyOption.values()[option]));
            }
        }
    }

    record MoveTenant(int tenant, int cluster) implements Edit {
        @Override
        public void apply(Model model, Transaction tx) {
            Tenant t = pick(model, Tenant.class, tenant);
            Cluster c = pick(model, Cluster.class, cluster);
            if (t != null && c != null) {
                tx.replace(t.withParent(c.id()));
            }
        }
    }

    record AddTenant(int cluster, ModelArbitraries.TenantSpec spec) implements Edit {
        @Override
        public void apply(Model model, Transaction tx) {
            Cluster c = pick(model, Cluster.class, cluster);
            if (c == null) {
                return;
            }
            ElementId id = ElementId.generate("tenant");
            tx.add(new Tenant(id, "new", c.id(), spec.kind(), "g-" + id.value(),
                    new ResourceDemand(spec.cpu(), spec.memory(), spec.pods(), 0), Map.of(), null));
            for (ModelArbitraries.AgentSpec agent : spec.agents()) {
                tx.add(new Agent(ElementId.generate("agent"), "a", id, agent.trust(), agent.runtime(), agent.concurrency(),
                        agent.warm(), agent.cpu(), agent.cpu() * 2, Egress.NONE, false, List.of(), false, 1000));
            }
            if (spec.ownPool()) {
                tx.add(new NodePool(ElementId.generate("pool"), "own", c.id(), "m6i.xlarge", 4, 16, null, 1, 10_000,
                        new TreeMap<>(), List.of(), id));
            }
        }
    }

    record AddAgent(int tenant, TrustLevel trust, SandboxRuntime runtime) implements Edit {
        @Override
        public void apply(Model model, Transaction tx) {
            Tenant t = pick(model, Tenant.class, tenant);
            if (t != null) {
                tx.add(new Agent(ElementId.generate("agent"), "added", t.id(), trust, runtime, 4, 1, 0.5, 1,
                        Egress.NONE, false, List.of(), true, 1000));
            }
        }
    }

    record SetAgent(int agent, TrustLevel trust, SandboxRuntime runtime, int concurrency) implements Edit {
        @Override
        public void apply(Model model, Transaction tx) {
            Agent a = pick(model, Agent.class, agent);
            if (a != null) {
                tx.replace(a.withTrust(trust).withRuntime(runtime).withConcurrency(concurrency));
            }
        }
    }

    record SetPool(int pool, String instanceType, int minCount) implements Edit {
        @Override
        public void apply(Model model, Transaction tx) {
            NodePool p = pick(model, NodePool.class, pool);
            if (p != null) {
                tx.replace(p.withInstanceType(instanceType).withMinCount(minCount));
            }
        }
    }

    /** Dedicates a pool to a tenant of its cluster, or takes the dedication back when it has one. */
    record DedicatePool(int pool, int tenant) implements Edit {
        @Override
        public void apply(Model model, Transaction tx) {
            NodePool p = pick(model, NodePool.class, pool);
            if (p == null) {
                return;
            }
            if (p.dedicatedTo() != null) {
                tx.replace(p.withDedicatedTo(null));
                return;
            }
            List<Tenant> tenants = model.children(p.parentId(), Tenant.class);
            if (!tenants.isEmpty()) {
                tx.replace(p.withDedicatedTo(tenants.get(tenant % tenants.size()).id()));
            }
        }
    }

    record SetEnvironment(int environment, Criticality criticality, int option) implements Edit {
        @Override
        public void apply(Model model, Transaction tx) {
            Environment e = pick(model, Environment.class, environment);
            if (e != null) {
                tx.replace(e.withCriticality(criticality).withOption(option < 0 ? null : TenancyOption.values()[option]));
            }
        }
    }

    record SetCluster(int cluster, Provider provider, boolean policies, SandboxRuntime without) implements Edit {
        @Override
        public void apply(Model model, Transaction tx) {
            Cluster c = pick(model, Cluster.class, cluster);
            if (c == null) {
                return;
            }
            Set<SandboxRuntime> runtimes = EnumSet.allOf(SandboxRuntime.class);
            runtimes.remove(without);
            tx.replace(c.withProvider(provider).withNetworkPolicyDefaultDeny(policies).withSandboxRuntimes(runtimes));
        }
    }

    /** A second environment with a cluster and a pool, so that edits can cross environments. */
    record AddEnvironment(EnvironmentKind kind, Provider provider) implements Edit {
        @Override
        public void apply(Model model, Transaction tx) {
            ElementId environment = ElementId.generate("env");
            ElementId cluster = ElementId.generate("cluster");
            tx.add(new Environment(environment, "e-" + environment.value(), kind, Criticality.MEDIUM, null,
                    TerraformLayout.DIRECTORIES));
            tx.add(new Cluster(cluster, "c-" + cluster.value(), environment, provider, "r", SupportTier.STANDARD,
                    EnumSet.allOf(SandboxRuntime.class), false));
            tx.add(new NodePool(ElementId.generate("pool"), "p", cluster, "m6i.xlarge", 4, 16, null, 1, 10_000,
                    new TreeMap<>(), List.of(), null));
        }
    }

    /** Connects two tenants or agents. */
    record Connect(int from, int to) implements Edit {
        @Override
        public void apply(Model model, Transaction tx) {
            List<Element> ends = new ArrayList<>(model.all(Tenant.class));
            ends.addAll(model.all(Agent.class));
            if (ends.size() < 2) {
                return;
            }
            Element a = ends.get(from % ends.size());
            Element b = ends.get(to % ends.size());
            if (!a.id().equals(b.id())) {
                tx.add(new Connection(ElementId.generate("conn"), "x", a.id(), b.id(), 8080, Protocol.TCP));
            }
        }
    }

    /** Renames a tenant, cluster, environment or agent: names appear in findings and cost lines. */
    record Rename(int element, String name) implements Edit {
        @Override
        public void apply(Model model, Transaction tx) {
            List<Element> named = new ArrayList<>();
            named.addAll(model.all(Tenant.class));
            named.addAll(model.all(Cluster.class));
            named.addAll(model.all(Environment.class));
            named.addAll(model.all(Agent.class));
            if (named.isEmpty()) {
                return;
            }
            Element e = named.get(element % named.size());
            Element renamed = e instanceof Tenant t ? t.withName(name) : e instanceof Cluster c ? c.withName(name)
                    : e instanceof Environment v ? v.withName(name) : ((Agent) e).withName(name);
            tx.replace(renamed);
        }
    }

    record SetOwnerGroup(int tenant, String group) implements Edit {
        @Override
        public void apply(Model model, Transaction tx) {
            Tenant t = pick(model, Tenant.class, tenant);
            if (t != null) {
                tx.replace(t.withOwnerGroup(group));
            }
        }
    }

    record Remove(int element) implements Edit {
        @Override
        public void apply(Model model, Transaction tx) {
            List<Element> all = List.copyOf(model.elements().values());
            if (!all.isEmpty()) {
                tx.remove(all.get(element % all.size()).id());
            }
        }
    }

    /** Pricing profile and hours per month: every price changes, nothing computed before holds. */
    record SetSettings(String profile, double hours) implements Edit {
        @Override
        public void apply(Model model, Transaction tx) {
            tx.setSettings(tx.settings().withPricingProfile(profile).withAssumption("hoursPerMonth", hours == 0 ? null : hours));
        }
    }

    record Undo() implements Edit {
        @Override
        public void applyTo(ModelDocument document) {
            document.undo();
        }

        @Override
        public void apply(Model model, Transaction tx) {
            throw new UnsupportedOperationException("undo is not an edit");
        }
    }

    record Redo() implements Edit {
        @Override
        public void applyTo(ModelDocument document) {
            document.redo();
        }

        @Override
        public void apply(Model model, Transaction tx) {
            throw new UnsupportedOperationException("redo is not an edit");
        }
    }
}

package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.Egress;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.model.TrustLevel;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.TestModels;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsolationAndRecommendationTest {
    private static final ReferenceData DATA = ReferenceData.bundled();
    private static final ResourceDemand SMALL = new ResourceDemand(1, 2, 5, 0);

    private final TestModels b = TestModels.builder();
    private final ElementId cluster;

    IsolationAndRecommendationTest() {
        ElementId prod = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
        cluster = b.cluster(prod, "c", Provider.EKS);
        b.pool(cluster, "general", 4, 16, 3, 50);
    }

    private ScopeAnalysis analyse() {
        return new Analyzer(DATA).analyze(b.build()).whole();
    }

    private Agent agent(ElementId tenant, String name, TrustLevel trust, SandboxRuntime runtime) {
        return b.put(new Agent(ElementId.of("agent-" + name), name, tenant, trust, runtime, 2, 0, 0.5, 1, Egress.NONE, false,
                List.of(), false, 2000));
    }

    @Test
    void aRegulatedTenantFailsNamespaceOnComplianceAndIsRecommendedADedicatedCluster() {
        ElementId payments = b.tenant(cluster, "payments", TenantKind.REGULATED, SMALL);
        ScopeAnalysis scope = analyse();

        TenantIsolation asNamespace = scope.option(OptionKey.NAMESPACE).isolation().get(payments);
        assertThat(asNamespace.shortfalls()).extracting(Shortfall::dimension).contains(IsolationDimension.COMPLIANCE);
        assertThat(asNamespace.shortfalls().stream().filter(s -> s.dimension() == IsolationDimension.COMPLIANCE).findFirst()
                .orElseThrow().describe()).isEqualTo("Compliance boundary 1 < required 4: Shared cluster and audit scope");
        assertThat(scope.option(OptionKey.DEDICATED).isolation().get(payments).meetsRequirement()).isTrue();
        assertThat(scope.recommendation().placements().get(payments)).isEqualTo(Placement.DEDICATED);
        assertThat(scope.recommendation().reason(payments)).startsWith("dedicated cluster: the next cheaper placement");
    }

    @Test
    void anInternalTeamStaysANamespaceAndAnExternalCustomerGetsAVCluster() {
        ElementId team = b.tenant(cluster, "team", TenantKind.INTERNAL_TEAM, SMALL);
        ElementId customer = b.tenant(cluster, "customer", TenantKind.EXTERNAL_CUSTOMER, SMALL);
        ScopeAnalysis scope = analyse();

        assertThat(scope.recommendation().placements().get(team)).isEqualTo(Placement.NAMESPACE);
        assertThat(scope.recommendation().placements().get(customer)).isEqualTo(Placement.VCLUSTER);
        assertThat(scope.option(OptionKey.RECOMMENDED).unmetRequirements()).isZero();
    }

    @Test
    void networkPoliciesLiftTheNetworkScoreOfANamespace() {
        ElementId team = b.tenant(cluster, "team", TenantKind.INTERNAL_TEAM, SMALL);
        Model withPolicies = b.build();
        Model without = Model.of(withPolicies.settings(), withPolicies.elements().values().stream()
                .map(e -> e instanceof dev.bulkhead.model.Cluster c ? new dev.bulkhead.model.Cluster(c.id(), c.name(),
                        c.environment(), c.provider(), c.region(), c.supportTier(), c.sandboxRuntimes(), false) : e)
                .toList(), java.util.Map.of());

        int on = new Analyzer(DATA).analyze(withPolicies).whole().option(OptionKey.NAMESPACE).isolation().get(team)
                .scores().get(IsolationDimension.NETWORK);
        TenantIsolation off = new Analyzer(DATA).analyze(without).whole().option(OptionKey.NAMESPACE).isolation().get(team);

        assertThat(on).isEqualTo(2);
        assertThat(off.scores().get(IsolationDimension.NETWORK)).isEqualTo(1);
        assertThat(off.meetsRequirement()).isFalse();
    }

    @Test
    void anUntrustedAgentNeedsASandboxOnSharedNodes() {
        // The sandboxed tenant's own pods run under gVisor too: they count in its kernel score.
        ElementId sandboxed = b.put(new Tenant(ElementId.of("tenant-sandboxed"), "sandboxed", cluster, TenantKind.INTERNAL_TEAM,
                "team-sandboxed", SMALL, java.util.Map.of(), null, SandboxRuntime.GVISOR, dev.bulkhead.model.CodeOrigin.IN_HOUSE,
                null)).id();
        agent(sandboxed, "safe", TrustLevel.UNTRUSTED, SandboxRuntime.GVISOR);
        TenantIsolation withGvisor = analyse().option(OptionKey.NAMESPACE).isolation().get(sandboxed);
        assertThat(withGvisor.required().get(IsolationDimension.KERNEL)).isEqualTo(2);
        assertThat(withGvisor.scores().get(IsolationDimension.KERNEL)).isEqualTo(2);
        assertThat(withGvisor.meetsRequirement()).isTrue();

        ElementId bare = b.tenant(cluster, "bare", TenantKind.INTERNAL_TEAM, SMALL);
        agent(bare, "raw", TrustLevel.UNTRUSTED, SandboxRuntime.RUNC);
        OptionResult namespace = analyse().option(OptionKey.NAMESPACE);

        TenantIsolation withRunc = namespace.isolation().get(bare);
        assertThat(withRunc.shortfalls()).extracting(Shortfall::dimension).contains(IsolationDimension.KERNEL);
        // Beside untrusted runc code the gVisor tenant's own sandbox does not help: the shared kernel is exposed.
        assertThat(namespace.isolation().get(sandboxed).shortfalls()).singleElement()
                .satisfies(s -> assertThat(s.why()).startsWith("hard gate: agent 'raw' of 'bare' runs untrusted code under runc"));
    }

    @Test
    void untrustedCodeUnderRuncOnASharedKernelCapsEveryNeighbour() {
        ElementId neighbour = b.tenant(cluster, "neighbour", TenantKind.INTERNAL_TEAM, SMALL);
        ElementId culprit = b.tenant(cluster, "culprit", TenantKind.INTERNAL_TEAM, SMALL);
        agent(culprit, "raw", TrustLevel.UNTRUSTED, SandboxRuntime.RUNC);
        ScopeAnalysis scope = analyse();

        // As a vCluster on shared nodes the neighbour would score (3+3+3+2+0+1+2+2)/8 × 25 = 50; the gate caps it.
        TenantIsolation shared = scope.option(OptionKey.VCLUSTER).isolation().get(neighbour);
        assertThat(shared.gated()).isTrue();
        assertThat(shared.score()).isEqualTo(37.5);
        assertThat(scope.option(OptionKey.NAMESPACE).isolation().get(neighbour).gated()).isTrue();
        assertThat(scope.option(OptionKey.DEDICATED).isolation().get(neighbour).gated()).isFalse();
        assertThat(scope.option(OptionKey.NAMESPACE).blastRadius().tenants()).isEqualTo(2);
        assertThat(scope.option(OptionKey.NAMESPACE).blastRadius().viaKernel()).isEqualTo(1);
        assertThat(scope.option(OptionKey.DEDICATED).blastRadius().tenants()).isEqualTo(1);
    }

    @Test
    void aBlastRadiusCountsATenantOnceWhetherTheKernelOrAConnectionReachesIt() {
        ElementId neighbour = b.tenant(cluster, "neighbour", TenantKind.INTERNAL_TEAM, SMALL);
        ElementId culprit = b.tenant(cluster, "culprit", TenantKind.INTERNAL_TEAM, SMALL);
        Agent raw = agent(culprit, "raw", TrustLevel.UNTRUSTED, SandboxRuntime.RUNC);
        ElementId database = b.tenant(cluster, "database", TenantKind.INTERNAL_TEAM, SMALL);
        b.connect(raw.id(), neighbour, 443); // the kernel reaches this one already
        b.connect(neighbour, database, 5432);

        BlastRadius namespace = analyse().option(OptionKey.NAMESPACE).blastRadius();

        // Own (culprit) + 2 through the shared kernel (neighbour, database) + 0 more through connections = 3.
        assertThat(namespace.tenants()).isEqualTo(3);
        assertThat(namespace.viaKernel()).isEqualTo(2);
        assertThat(namespace.viaConnections()).isZero();
        assertThat(1 + namespace.viaKernel() + namespace.viaConnections()).isEqualTo(namespace.tenants());
        assertThat(namespace.explanation()).contains("could reach 3 tenants: its own, 2 through the kernel of nodes it "
                + "shares under runc and 0 more through allowed connections");
    }

    @Test
    void aTenantsOverrideReplacesTheDefaultOfItsKind() {
        ElementId team = b.tenant(cluster, "team", TenantKind.INTERNAL_TEAM, SMALL);
        Model base = b.build();
        Tenant strict = base.get(team, Tenant.class).withRequirement(IsolationDimension.COMPLIANCE, 4);
        Model model = Model.of(base.settings(), base.elements().values().stream().map(e -> e.id().equals(team) ? strict : e)
                .toList(), java.util.Map.of());

        ScopeAnalysis scope = new Analyzer(DATA).analyze(model).whole();

        assertThat(scope.option(OptionKey.NAMESPACE).isolation().get(team).required().get(IsolationDimension.COMPLIANCE)).isEqualTo(4);
        assertThat(scope.recommendation().placements().get(team)).isEqualTo(Placement.DEDICATED);
    }

    @Test
    void connectionsExtendTheBlastRadiusTransitively() {
        ElementId a = b.tenant(cluster, "a", TenantKind.INTERNAL_TEAM, SMALL);
        ElementId c = b.tenant(cluster, "b", TenantKind.INTERNAL_TEAM, SMALL);
        ElementId d = b.tenant(cluster, "d", TenantKind.INTERNAL_TEAM, SMALL);
        Agent agent = agent(a, "bot", TrustLevel.TRUSTED, SandboxRuntime.GVISOR);
        b.connect(agent.id(), c, 443);
        b.connect(c, d, 5432);

        BlastRadius dedicated = analyse().option(OptionKey.DEDICATED).blastRadius();

        assertThat(dedicated.agent()).isEqualTo(agent.id());
        assertThat(dedicated.tenants()).isEqualTo(3);
        assertThat(dedicated.viaConnections()).isEqualTo(2);
        assertThat(dedicated.explanation()).contains("could reach 3 tenants");
    }

    @Test
    void sandboxAdviceFollowsTheThreatAndTheStartUpBudget() {
        ElementId tenant = b.tenant(cluster, "t", TenantKind.INTERNAL_TEAM, SMALL);
        b.put(new Agent(ElementId.of("agent-fast"), "fast", tenant, TrustLevel.UNTRUSTED, SandboxRuntime.GVISOR, 4, 1, 0.5, 1,
                Egress.NONE, false, List.of(), true, 300));
        b.put(new Agent(ElementId.of("agent-batch"), "batch", tenant, TrustLevel.UNTRUSTED, SandboxRuntime.KATA, 4, 1, 0.5, 1,
                Egress.OPEN, true, List.of(), true, 120_000));
        b.put(new Agent(ElementId.of("agent-helper"), "helper", tenant, TrustLevel.TRUSTED, SandboxRuntime.RUNC, 4, 1, 0.5, 1,
                Egress.NONE, false, List.of(), false, 100));
        var advice = new Analyzer(DATA).analyze(b.build()).sandboxAdvice();

        SandboxAdvice fast = advice.get(ElementId.of("agent-fast"));
        assertThat(fast.recommended()).isEqualTo(SandboxChoice.FIRECRACKER);
        assertThat(fast.reasons()).contains("a start-up budget of 300 ms rules out Kata (about 0.9 s)");
        assertThat(fast.tradeOff()).contains("at most 125 ms").contains("Cluster 'c' does not offer Firecracker");
        assertThat(fast.currentIsEnough()).isFalse();
        assertThat(advice.get(ElementId.of("agent-batch")).recommended()).isEqualTo(SandboxChoice.DEDICATED_VM);
        // The helper's own threat is low, but its tenant needs kernel 2 (untrusted agents beside it), which
        // runc (0) does not reach: gVisor (2) does, and EKS lets you install it.
        SandboxAdvice helper = advice.get(ElementId.of("agent-helper"));
        assertThat(helper.recommended()).isEqualTo(SandboxChoice.GVISOR);
        assertThat(helper.reasons()).contains("its tenant needs kernel isolation 2 (runc with the RuntimeDefault seccomp profile scores 0)");
        assertThat(helper.currentIsEnough()).isFalse();
    }

    @Test
    void sensitivityFindsWhereDedicatedStopsBeingCheapest() {
        b.tenant(cluster, "team", TenantKind.INTERNAL_TEAM, SMALL);
        Analysis analysis = new Analyzer(DATA).analyze(b.build());

        SensitivityCurve curve = analysis.sensitivity(null, 50);

        assertThat(curve.points()).isNotEmpty();
        assertThat(curve.points().get(0).tenants()).isEqualTo(1);
        assertThat(curve.points().get(curve.points().size() - 1).tenants()).isEqualTo(50);
        SensitivityCurve.Point one = curve.at(1);
        SensitivityCurve.Point fifty = curve.at(50);
        assertThat(fifty.costs().get(OptionKey.DEDICATED)).isGreaterThan(fifty.costs().get(OptionKey.NAMESPACE));
        assertThat(one.costs().get(OptionKey.DEDICATED)).isEqualTo(one.costs().get(OptionKey.NAMESPACE));
        // From the second tenant on, the namespace option shares what a dedicated cluster pays once per tenant.
        SensitivityCurve.Point two = curve.at(2);
        assertThat(two.tenants()).isEqualTo(2);
        assertThat(two.costs().get(OptionKey.DEDICATED)).isGreaterThan(two.costs().get(OptionKey.NAMESPACE));
    }
}

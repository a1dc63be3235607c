package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.CodeOrigin;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.Egress;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelSettings;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.model.TrustLevel;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.TestModels;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases for the isolation rules of issue 10 (items 4 to 8): the hard gate as an unmet
 * requirement, a tenant's own runtime, advice that reaches the requirement on what the provider offers,
 * requirements by environment, third-party code, and reasons that name the deciding constraint. Scores
 * come from assets/isolation-rubric.json; the arithmetic is in the comments.
 */
class IsolationRulesGoldenTest {
    private static final ReferenceData DATA = ReferenceData.bundled();
    private static final ResourceDemand SMALL = new ResourceDemand(1, 2, 5, 0);

    private TestModels b = TestModels.builder();
    private ElementId cluster;

    private void prodOn(Provider provider) {
        ElementId prod = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
        cluster = b.cluster(prod, "c", provider);
        String type = switch (provider) {
            case GKE -> "e2-standard-4";
            case AKS -> "Standard_D4s_v5";
            default -> "m6i.xlarge";
        };
        b.put(new NodePool(ElementId.of("pool-general"), "general", cluster, type, 4, 16, null, 3, 50, new TreeMap<>(),
                List.of(), null));
    }

    private ScopeAnalysis analyse() {
        return new Analyzer(DATA).analyze(b.build()).whole();
    }

    /** The model with one tenant changed. */
    private static Model with(Model model, ElementId tenant, UnaryOperator<Tenant> change) {
        return Model.of(model.settings(), model.elements().values().stream()
                .map(e -> e.id().equals(tenant) ? change.apply((Tenant) e) : e).toList(), Map.of());
    }

    // --- item 4: the hard gate is an unmet requirement -------------------------------------------------

    @Test
    void untrustedCodeInATenantsOwnRuncPodsFailsEveryTenantOnThatKernel() {
        prodOn(Provider.EKS);
        ElementId team = b.tenant(cluster, "team", TenantKind.INTERNAL_TEAM, SMALL);
        ElementId other = b.tenant(cluster, "other", TenantKind.INTERNAL_TEAM, SMALL);
        ElementId customer = b.tenant(cluster, "customer", TenantKind.UNTRUSTED_CODE, SMALL);
        ScopeAnalysis scope = analyse();

        // An internal team as a namespace with default-deny policies scores cp 1, cp-noise 1, identity 1,
        // network 2, kernel 0, dp-noise 1, failure 0, compliance 1 and needs kernel 0: it met everything before.
        // The customer's own pods run untrusted code under runc (the default runtime) on the same nodes, so
        // the gate raises the team's kernel minimum to the rubric's 1 and holds its kernel at runc's 0.
        for (ElementId neighbour : List.of(team, other)) {
            TenantIsolation isolation = scope.option(OptionKey.NAMESPACE).isolation().get(neighbour);
            assertThat(isolation.gated()).isTrue();
            assertThat(isolation.shortfalls()).singleElement().satisfies(s -> {
                assertThat(s.dimension()).isEqualTo(IsolationDimension.KERNEL);
                assertThat(s.score()).isZero();
                assertThat(s.required()).isEqualTo(1);
                assertThat(s.why()).startsWith("hard gate: the own pods of 'customer' (kind runs untrusted code) run under runc");
            });
            // Aggregate (1+1+1+2+0+1+0+1)/8 × 25 = 21.875, below the 1.5/4 = 37.5 cap, so the cap changes nothing.
            assertThat(isolation.score()).isEqualTo(21.875);
        }
        // The customer fails its own kernel bar of 3 as well, and the gate names it too.
        assertThat(scope.option(OptionKey.NAMESPACE).isolation().get(customer).shortfalls())
                .anySatisfy(s -> assertThat(s.dimension()).isEqualTo(IsolationDimension.KERNEL));
        // A dedicated cluster shares no kernel: no gate, and the team meets its requirement.
        assertThat(scope.option(OptionKey.DEDICATED).isolation().get(team).gated()).isFalse();
        assertThat(scope.option(OptionKey.DEDICATED).isolation().get(team).meetsRequirement()).isTrue();
        // The recommended mix puts the customer on nodes of its own (kernel 3 needs them under runc), so
        // nobody is gated there.
        assertThat(scope.option(OptionKey.RECOMMENDED).isolation().values()).noneMatch(TenantIsolation::gated);
    }

    @Test
    void theCustomersOwnPodsUnderGVisorLiftTheGateAndCountInItsKernelScore() {
        prodOn(Provider.EKS);
        ElementId team = b.tenant(cluster, "team", TenantKind.INTERNAL_TEAM, SMALL);
        ElementId customer = b.tenant(cluster, "customer", TenantKind.UNTRUSTED_CODE, SMALL);
        b.put(new Agent(ElementId.of("agent-bot"), "bot", customer, TrustLevel.UNTRUSTED, SandboxRuntime.KATA, 2, 0, 0.5, 1,
                Egress.NONE, false, List.of(), false, 2000));
        Model model = with(b.build(), customer, t -> t.withRuntime(SandboxRuntime.GVISOR));

        ScopeAnalysis scope = new Analyzer(DATA).analyze(model).whole();
        TenantIsolation customerIsolation = scope.option(OptionKey.NAMESPACE).isolation().get(customer);

        // No untrusted runc code: the team is not gated and meets its requirement again.
        assertThat(scope.option(OptionKey.NAMESPACE).isolation().get(team).meetsRequirement()).isTrue();
        // Kernel on shared nodes = the weakest of its own pods (gVisor 2) and its agent (Kata 3) = 2 < 3.
        assertThat(customerIsolation.gated()).isFalse();
        assertThat(customerIsolation.scores().get(IsolationDimension.KERNEL)).isEqualTo(2);
        assertThat(customerIsolation.evidence().get(IsolationDimension.KERNEL)).startsWith("its own pods run under gVisor");
    }

    // --- item 5: advice meets the requirement with what the provider offers ------------------------------

    /** An untrusted agent reading no attacker input, without secrets or egress: likelihood 2, impact 0, high threat. */
    private void untrustedCustomerWithAgent(SandboxRuntime ownPods) {
        ElementId customer = b.tenant(cluster, "customer", TenantKind.UNTRUSTED_CODE, SMALL);
        b.put(new Agent(ElementId.of("agent-bot"), "bot", customer, TrustLevel.UNTRUSTED, SandboxRuntime.GVISOR, 2, 0, 0.5, 1,
                Egress.NONE, false, List.of(), false, 2000));
        Model model = with(b.build(), customer, t -> t.withRuntime(ownPods));
        b = TestModels.builder();
        model.elements().values().forEach(b::put);
        b.settings(model.settings());
    }

    @Test
    void onGkeNoRuntimeReachesKernelThreeSoTheAdviceNamesNodesOfItsOwnWithTheirPrice() {
        b.settings(ModelSettings.DEFAULT.withPricingProfile("gcp-us-central1"));
        prodOn(Provider.GKE);
        untrustedCustomerWithAgent(SandboxRuntime.GVISOR);

        SandboxAdvice advice = new Analyzer(DATA).analyze(b.build()).sandboxAdvice().get(ElementId.of("agent-bot"));

        // High threat would take Kata (2,000 ms ≥ 950 ms); the tenant needs kernel 3 (untrusted-code kind).
        // GKE offers gVisor only, which scores 2: the strongest offered runtime is advised, and the note says
        // what would reach 3, on the cluster's e2-standard-4 nodes at the profile's $0.134012/h.
        assertThat(advice.recommended()).isEqualTo(SandboxChoice.GVISOR);
        assertThat(advice.requiredKernel()).isEqualTo(3);
        assertThat(advice.meetsRequirement()).isFalse();
        assertThat(advice.reasons()).contains("GKE offers gVisor (GKE Sandbox) and no VM sandbox: neither Kata nor Firecracker "
                + "(cost-isolation-data.md 10c)");
        assertThat(advice.requirementNote()).contains("No runtime Google GKE offers reaches the tenant's kernel requirement of 3")
                .contains("What would: nodes of its own: a namespace on dedicated nodes (kernel 3) or a vCluster with private "
                        + "nodes (kernel 4), on e2-standard-4 nodes at $0.134012/h each.");
    }

    @Test
    void onAksKataThroughPodSandboxingReachesKernelThreeOnANestedVirtualisationSize() {
        b.settings(ModelSettings.DEFAULT.withPricingProfile("azure-eastus"));
        prodOn(Provider.AKS);
        untrustedCustomerWithAgent(SandboxRuntime.KATA);

        SandboxAdvice advice = new Analyzer(DATA).analyze(b.build()).sandboxAdvice().get(ElementId.of("agent-bot"));

        // Kata scores 3 = the requirement; the cluster lists runc and gVisor only, so the trade-off says how AKS
        // offers Kata and prices the node: Standard_D4s_v3 at $0.192/h × 730 h = $140.16 a month.
        assertThat(advice.recommended()).isEqualTo(SandboxChoice.KATA);
        assertThat(advice.meetsRequirement()).isTrue();
        assertThat(advice.requirementNote()).isEqualTo("Kata Containers (VM per pod) reaches the tenant's kernel requirement of 3.");
        assertThat(advice.tradeOff()).contains("Cluster 'c' does not offer Kata yet. On Azure AKS: Pod Sandboxing")
                .contains("nodes: Standard_D4s_v3 at $0.192/h (about $140.16 a month)");
    }

    @Test
    void onEksKataNeedsMetalOrNestedVirtualisationAndTheOwnRuncPodsAreNamed() {
        prodOn(Provider.EKS);
        untrustedCustomerWithAgent(SandboxRuntime.RUNC);

        SandboxAdvice advice = new Analyzer(DATA).analyze(b.build()).sandboxAdvice().get(ElementId.of("agent-bot"));

        // m8i.xlarge $0.21/h (the higher of two conflicting public figures) × 730 = $153.30; m5.metal $4.608/h × 730 = $3,363.84.
        assertThat(advice.recommended()).isEqualTo(SandboxChoice.KATA);
        assertThat(advice.tradeOff()).contains("nodes: m8i.xlarge at $0.21/h (about $153.30 a month) or m5.metal at "
                + "$4.608/h (about $3,363.84 a month)");
        // Kata reaches 3 for the agent, but the tenant's own pods under runc (0) would still fail it.
        assertThat(advice.meetsRequirement()).isFalse();
        assertThat(advice.requirementNote()).contains("The tenant's own pods run under runc, below its kernel requirement of 3: "
                + "run them under Kata Containers (VM per pod) as well, or give the tenant nodes of its own");
    }

    // --- item 6: requirements by environment -------------------------------------------------------------

    @Test
    void aRegulatedTenantsFullRequirementAppliesInProdAndWhereItSaysItHoldsRegulatedData() {
        ElementId dev = b.environment("dev", EnvironmentKind.DEV, Criticality.LOW);
        ElementId devCluster = b.cluster(dev, "d", Provider.EKS);
        b.pool(devCluster, "dev-general", 4, 16, 2, 20);
        prodOn(Provider.EKS);
        ElementId payDev = b.tenant(devCluster, "payments-dev", TenantKind.REGULATED, SMALL);
        ElementId payProd = b.tenant(cluster, "payments", TenantKind.REGULATED, SMALL);
        Model model = b.build();

        ScopeAnalysis scope = new Analyzer(DATA).analyze(model).whole();
        // Rubric environmentScope: regulated applies in prod and other; in dev the tenant is held to an
        // internal team's requirement (compliance 1, kernel 0), which a namespace meets.
        assertThat(scope.option(OptionKey.NAMESPACE).isolation().get(payDev).required().get(IsolationDimension.COMPLIANCE)).isEqualTo(1);
        assertThat(scope.recommendation().placements().get(payDev)).isEqualTo(Placement.NAMESPACE);
        assertThat(scope.option(OptionKey.NAMESPACE).isolation().get(payProd).required().get(IsolationDimension.COMPLIANCE)).isEqualTo(4);

        // Saying dev holds regulated data brings back compliance 4 there; saying prod holds none drops it.
        Model devHoldsData = with(with(model, payDev, t -> t.withRegulatedData(true)), payProd, t -> t.withRegulatedData(false));
        ScopeAnalysis changed = new Analyzer(DATA).analyze(devHoldsData).whole();
        assertThat(changed.option(OptionKey.NAMESPACE).isolation().get(payDev).required().get(IsolationDimension.COMPLIANCE)).isEqualTo(4);
        assertThat(changed.recommendation().placements().get(payDev)).isEqualTo(Placement.DEDICATED);
        assertThat(changed.recommendation().placements().get(payProd)).isEqualTo(Placement.NAMESPACE);
    }

    // --- item 7: third-party code ------------------------------------------------------------------------

    @Test
    void aPartnerThatDeploysItsOwnCodeNeedsKernelTwo() {
        prodOn(Provider.EKS);
        // A team beside it keeps the shared cluster (alone, the partner would be cheaper on a cluster of its own).
        b.tenant(cluster, "team", TenantKind.INTERNAL_TEAM, SMALL);
        ElementId partner = b.tenant(cluster, "partner", TenantKind.EXTERNAL_CUSTOMER, SMALL);
        Model inHouse = b.build();
        Model thirdParty = with(inHouse, partner, t -> t.withCodeOrigin(CodeOrigin.THIRD_PARTY));

        ScopeAnalysis before = new Analyzer(DATA).analyze(inHouse).whole();
        ScopeAnalysis after = new Analyzer(DATA).analyze(thirdParty).whole();

        // An external customer needs kernel 0 by kind; the rubric's thirdPartyCodeKernelRequirement raises it to 2.
        assertThat(before.option(OptionKey.VCLUSTER).isolation().get(partner).required().get(IsolationDimension.KERNEL)).isZero();
        assertThat(before.recommendation().placements().get(partner)).isEqualTo(Placement.VCLUSTER);
        TenantIsolation shared = after.option(OptionKey.VCLUSTER).isolation().get(partner);
        assertThat(shared.required().get(IsolationDimension.KERNEL)).isEqualTo(2);
        assertThat(shared.shortfalls()).singleElement().satisfies(s -> assertThat(s.describe())
                .startsWith("Kernel / runtime 0 < required 2: its own pods run under runc on shared nodes"));
        // Under runc on shared nodes it fails; the cheapest placement that passes is a vCluster on private nodes
        // (control plane 3 ≥ 3, kernel 4 ≥ 2), and the reason names the kernel as the deciding constraint.
        assertThat(after.recommendation().placements().get(partner)).isEqualTo(Placement.VCLUSTER_PRIVATE_NODES);
        assertThat(after.recommendation().reason(partner)).startsWith("vCluster with private nodes: the next cheaper placement, "
                + "vCluster (").contains("falls short on Kernel / runtime 0 < 2 because its own pods run under runc");
        // With its own pods under gVisor (2 ≥ 2) a vCluster on shared nodes is enough again.
        Model sandboxed = with(thirdParty, partner, t -> t.withRuntime(SandboxRuntime.GVISOR));
        assertThat(new Analyzer(DATA).analyze(sandboxed).whole().recommendation().placements().get(partner))
                .isEqualTo(Placement.VCLUSTER);
    }

    // --- item 8: reasons name the deciding constraint ----------------------------------------------------

    @Test
    void aRegulatedTenantsDedicatedClusterIsExplainedByWhyPrivateNodesWereNotEnough() {
        prodOn(Provider.EKS);
        ElementId payments = b.tenant(cluster, "payments", TenantKind.REGULATED, SMALL);

        String reason = analyse().recommendation().reason(payments);

        // Regulated needs compliance 4. Of the placements that fail, the dearest one below the dedicated
        // cluster is a vCluster with private nodes (own nodes plus a control plane), whose only shortfall is
        // compliance 3 < 4; the namespace's five shortfalls are not the reason.
        assertThat(reason).startsWith("dedicated cluster: the next cheaper placement, vCluster with private nodes ($")
                .contains("), falls short on Compliance boundary 3 < 4 because the vCluster's control plane runs as pods of the host cluster")
                .doesNotContain("Control plane / API");
    }
}

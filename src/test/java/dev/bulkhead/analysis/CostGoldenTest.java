package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelSettings;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.model.TrustLevel;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.TestModels;
import org.junit.jupiter.api.Test;

/**
 * Costs computed by hand, to the cent, for each pricing profile. The model: one prod environment (high
 * criticality), one cluster with one shared m6i.xlarge pool (4 vCPU, 16 GiB, minimum 3 nodes) and one
 * internal tenant requesting 2 vCPU, 4 GiB and 10 pods.
 *
 * <p>Shared arithmetic, with the default assumptions (730 h, 75% utilisation, 8 ops hours per cluster and
 * 2 per vCluster at $100/h, CoreDNS 2 × 100m/70Mi); the provider's node sizing is worked out in
 * {@link NodeModelGoldenTest}:
 * <ul>
 * <li>reserved per 4 vCPU node (EKS nodeadm and GKE, §10a/§10c): 0.06 + 0.01 + 2 × 0.005 = 0.08 vCPU; memory on EKS
 *     11 MiB × 58 pods + 255 MiB + 100 MiB eviction = 0.9697265625 GiB, on GKE 0.25×4 + 0.20×4 + 0.10×8 = 2.6 GiB
 *     + 100 MiB = 2.69765625 GiB</li>
 * <li>operations per cluster: 8 h × $100 = $800.00; per vCluster: 2 h × $100 = $200.00</li>
 * <li>namespace demand: CoreDNS 0.2 vCPU + tenant 2 vCPU = 2.2 vCPU ≤ 3 nodes of capacity, so 3 nodes</li>
 * <li>vCluster demand: the tenant (10 pods, 2 vCPU, 4 GiB) is light (within the chart's default quota, §2d), so its
 *     prod control plane is 3 replicas of P1 (§2b): 3 × 1 vCPU / 2 GiB; 2.2 + 3 = 5.2 vCPU</li>
 * </ul>
 */
class CostGoldenTest {
    private static final ReferenceData DATA = ReferenceData.bundled();

    static Model model(String profile) {
        TestModels b = TestModels.builder().settings(ModelSettings.DEFAULT.withPricingProfile(profile));
        ElementId prod = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
        ElementId cluster = b.cluster(prod, "c", Provider.EKS);
        b.pool(cluster, "general", 4, 16, 3, 10);
        b.tenant(cluster, "team-a", TenantKind.INTERNAL_TEAM, new ResourceDemand(2, 4, 10, 0));
        return b.build();
    }

    static java.math.BigDecimal cost(Model model, OptionKey option) {
        return new Analyzer(DATA).analyze(model).whole().option(option).monthlyCost();
    }

    static long cents(java.math.BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }

    static long cents(double amount) {
        return Math.round(amount * 100);
    }

    @Test
    void awsNamespace() {
        // EKS fee 0.10 × 730 = 73.00; NAT 3 × 0.045 × 730 = 98.55; NLB 0.0225 × 730 = 16.425; ops 800.00;
        // usable vCPU per node (4 − 0.08 − 0.025 aws-node) × 0.75 = 2.92125 → ⌈2.2 / 2.92125⌉ = 1 < minimum 3;
        // nodes 3 × 0.192 × 730 = 420.48. Total 73 + 98.55 + 16.425 + 800 + 420.48 = 1,408.455
        assertThat(cents(cost(model("aws-us-east-1"), OptionKey.NAMESPACE))).isEqualTo(140846);
    }

    @Test
    void awsVCluster() {
        // Same fixed costs 73 + 98.55 + 16.425 + 800 = 987.975; vCluster ops 200.00;
        // ⌈5.2 / 2.92125⌉ = ⌈1.78⌉ = 2 < minimum 3 (memory: 10.137 GiB / 11.273 = 0.9) → 3 × 0.192 × 730 = 420.48.
        // Total 987.975 + 200 + 420.48 = 1,608.455 (it was 1,888.775 when every prod vCluster got P3: 5 nodes)
        assertThat(cents(cost(model("aws-us-east-1"), OptionKey.VCLUSTER))).isEqualTo(160846);
    }

    @Test
    void awsDedicatedEqualsOneClusterOfItsOwn() {
        // The only tenant leaves the shared cluster, which is then not needed: one cluster with 3 nodes,
        // the same arithmetic as the namespace case = 1,408.455
        assertThat(cents(cost(model("aws-us-east-1"), OptionKey.DEDICATED))).isEqualTo(140846);
    }

    @Test
    void gcpPricesTheAwsInstanceAsTheClosestShape() {
        // m6i.xlarge is not in the GCP profile; it is x86_64 and general purpose, so n2-standard-4 (general purpose)
        // stands in, not the cheaper cost-optimized e2-standard-4: 0.194236. GKE fee 0.10 × 730 = 73.00; one
        // forwarding rule 0.025 × 730 = 18.25; ops 800; nodes 3 × 0.194236 × 730 = 425.37684. Total 1,316.62684
        assertThat(cents(cost(model("gcp-us-central1"), OptionKey.NAMESPACE))).isEqualTo(131663);
    }

    @Test
    void azureNamespace() {
        // AKS standard 0.10 × 730 = 73.00; load balancer 0.025 × 730 = 18.25; ops 800;
        // closest shape Standard_D4s_v5 3 × 0.192 × 730 = 420.48. Total 1,311.73
        assertThat(cents(cost(model("azure-eastus"), OptionKey.NAMESPACE))).isEqualTo(131173);
    }

    @Test
    void onPremPaysForItsOwnControlPlaneMachines() {
        // Self-managed: 3 machines × 0.096 × 730 = 210.24; no network items; ops 800;
        // nodes priced as onprem-4x16: 3 × 0.192 × 730 = 420.48. Total 1,430.72
        assertThat(cents(cost(model("on-prem"), OptionKey.NAMESPACE))).isEqualTo(143072);
    }

    @Test
    void sandboxOverheadIsCostedPerPod() {
        // Add an agent: 8 running + 2 warm = 10 Kata sandbox pods of 0.5 vCPU / 1 GiB each.
        // Requests: 10 × 0.5 = 5 vCPU; RuntimeClass overhead 10 × 0.25 = 2.5 vCPU (kata-qemu podFixed).
        // On AWS Kata runs on nested-virtualisation m8i.xlarge nodes (§10g, $0.21/h): ⌈7.5 / 2.92125⌉ = ⌈2.567⌉ = 3 nodes
        // = 3 × 0.21 × 730 = 459.90; the shared pool keeps 2.2 vCPU → minimum 3 nodes = 420.48.
        // Total 987.975 + 420.48 + 459.90 = 1,868.355. Sandbox overhead line: 459.90 × 2.5 / 7.5 = 153.30
        TestModels b = TestModels.builder();
        Model base = model("aws-us-east-1");
        base.elements().values().forEach(b::put);
        b.put(new dev.bulkhead.model.Agent(ElementId.of("agent-runner"), "runner", ElementId.of("tenant-team-a"),
                TrustLevel.UNTRUSTED, SandboxRuntime.KATA, 8, 2, 0.5, 1, dev.bulkhead.model.Egress.NONE, false,
                java.util.List.of(), false, 1000));
        Model model = b.build();
        var cluster = model.get(ElementId.of("cluster-c"), dev.bulkhead.model.Cluster.class);
        b = TestModels.builder();
        for (var element : model.elements().values()) {
            b.put(element.equals(cluster) ? cluster.withRuntime(SandboxRuntime.KATA) : element);
        }
        OptionResult namespace = new Analyzer(DATA).analyze(b.build()).whole().option(OptionKey.NAMESPACE);

        assertThat(cents(namespace.monthlyCost())).isEqualTo(186836);
        assertThat(cents(namespace.byCategory().get(CostCategory.SANDBOX_OVERHEAD))).isEqualTo(15330);
    }

    @Test
    void everyLineExplainsItsArithmetic() {
        OptionResult namespace = new Analyzer(DATA).analyze(model("aws-us-east-1")).whole().option(OptionKey.NAMESPACE);

        assertThat(namespace.formula(CostCategory.CONTROL_PLANES, "$"))
                .contains("1 cluster × $0.10/h × 730 h = $73.00").contains("AWS Containers blog");
        // team-a requests 2 vCPU; CoreDNS (2 × 0.1 vCPU) is the only add-on; 3 nodes × 0.192 × 730 = 420.48 a month:
        // workloads 420.48 × 2 / 2.2 = 382.2545… → 382.25; add-ons 420.48 × 0.2 / 2.2 = 38.2254… → 38.23;
        // 382.25 + 38.23 = 420.48, the whole bill.
        assertThat(namespace.formula(CostCategory.WORKER_NODES, "$"))
                .contains("3 m6i.xlarge nodes × $0.192/h × 730 h × 2 vCPU ÷ 2.2 vCPU = $382.25")
                .contains("3 × m6i.xlarge = max(minimum 3");
        assertThat(namespace.formula(CostCategory.TENANCY_OVERHEAD, "$"))
                .contains("3 m6i.xlarge nodes × $0.192/h × 730 h × 0.2 vCPU ÷ 2.2 vCPU = $38.23");
        assertThat(namespace.formula(CostCategory.OPERATIONS, "$")).contains("1 cluster × 8 h × $100.00/h = $800.00")
                .contains("operations hours per cluster a month");
    }

    /** Two teams on one EKS cluster; team-a sends 250 GB a month to team-b and the model's assumed volume to an API. */
    private static Model talkingTeams(Double licence) {
        TestModels b = TestModels.builder();
        if (licence != null) {
            b.settings(dev.bulkhead.model.ModelSettings.DEFAULT.withAssumption(Assumptions.PLATFORM_LICENCE, licence));
        }
        ElementId prod = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
        ElementId cluster = b.cluster(prod, "c", Provider.EKS);
        b.pool(cluster, "general", 4, 16, 3, 10);
        ElementId a = b.tenant(cluster, "team-a", TenantKind.INTERNAL_TEAM, new ResourceDemand(2, 4, 10, 0));
        ElementId teamB = b.tenant(cluster, "team-b", TenantKind.INTERNAL_TEAM, new ResourceDemand(2, 4, 10, 0),
                dev.bulkhead.model.TenancyOption.VCLUSTER);
        b.put(new dev.bulkhead.model.NodePool(ElementId.of("pool-b-own"), "b-own", cluster, "m6i.xlarge", 4, 16, null, 1, 3,
                new java.util.TreeMap<>(), java.util.List.of(), teamB));
        ElementId api = b.endpoint("api", "api.example.com");
        b.put(new dev.bulkhead.model.Connection(ElementId.of("conn-a-b"), "orders", a, teamB, 443,
                dev.bulkhead.model.Protocol.TCP, 250.0));
        b.connect(a, api, 443);
        return b.build();
    }

    private static java.util.List<CostLine> lines(OptionResult option, CostCategory category) {
        return option.lines().stream().filter(l -> l.category() == category).toList();
    }

    @Test
    void dataCrossingClustersAndLeavingThroughNatIsPriced() {
        Analysis analysis = new Analyzer(DATA).analyze(talkingTeams(null));

        // Namespaces: team-a and team-b share the cluster, so only the API call leaves, through the NAT gateways:
        // 100 GB (the assumed volume) × $0.045/GB = $4.50.
        assertThat(lines(analysis.whole().option(OptionKey.NAMESPACE), CostCategory.DATA_TRANSFER))
                .extracting(l -> l.formula("$")).containsExactly("100 GB × $0.045/GB = $4.50");
        // Dedicated clusters: team-a's 250 GB to team-b now cross clusters: 250 × $0.02/GB (inter-AZ, $0.01 each way) = $5.00.
        assertThat(lines(analysis.whole().option(OptionKey.DEDICATED), CostCategory.DATA_TRANSFER))
                .extracting(l -> l.formula("$")).containsExactlyInAnyOrder("100 GB × $0.045/GB = $4.50",
                        "250 GB × $0.02/GB = $5.00");
        assertThat(cents(analysis.whole().option(OptionKey.DEDICATED).byCategory().get(CostCategory.DATA_TRANSFER)))
                .isEqualTo(950);
        // What no price covers is said, not shown as a zero: internet egress everywhere, NAT where not found.
        assertThat(analysis.findings()).filteredOn(f -> f.code() == FindingCode.EGRESS_NOT_PRICED).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("internet data transfer out is not priced")
                        .contains("NAT gateway processing is priced"));
        Model onGcp = Model.of(talkingTeams(null).settings().withPricingProfile("gcp-us-central1"),
                talkingTeams(null).elements().values(), java.util.Map.of());
        assertThat(new Analyzer(DATA).analyze(onGcp).findings()).filteredOn(f -> f.code() == FindingCode.EGRESS_NOT_PRICED)
                .singleElement().satisfies(f -> assertThat(f.message()).contains("neither is NAT processing (NOT FOUND)"));
    }

    @Test
    void privateNodesCarryALicenceLineThatSaysNotPricedUntilAPriceIsSet() {
        Analysis unpriced = new Analyzer(DATA).analyze(talkingTeams(null));
        // The design puts team-b in a vCluster on its own pool: private nodes, a vCluster Platform feature.
        OptionResult current = unpriced.whole().option(OptionKey.CURRENT);
        assertThat(lines(current, CostCategory.LICENCES)).singleElement().satisfies(line -> {
            // One bracket: "(private nodes, not priced)", not "(private nodes) (not priced)".
            assertThat(line.item()).contains("vCluster Platform (private nodes, not priced)").doesNotContain(") (not priced)");
            assertThat(line.formula("$")).isEqualTo("1 vCluster × $0.00/vCluster-month (not priced) = $0.00");
            assertThat(line.explanation("$")).contains("NOT SET: not priced");
        });
        assertThat(unpriced.findings()).anySatisfy(f -> assertThat(f.code()).isEqualTo(FindingCode.LICENCE_NOT_PRICED));

        Analysis priced = new Analyzer(DATA).analyze(talkingTeams(50.0));
        // 1 vCluster × $50.00 a month = $50.00, and no finding.
        assertThat(lines(priced.whole().option(OptionKey.CURRENT), CostCategory.LICENCES)).singleElement()
                .satisfies(line -> assertThat(line.formula("$")).isEqualTo("1 vCluster × $50.00/vCluster-month = $50.00"));
        assertThat(priced.findings()).noneSatisfy(f -> assertThat(f.code()).isEqualTo(FindingCode.LICENCE_NOT_PRICED));
        assertThat(priced.whole().option(OptionKey.CURRENT).monthlyCost().subtract(current.monthlyCost()))
                .isEqualByComparingTo("50.00");
    }

    @Test
    void infrastructureAndOperationsAreApartAndOperationsCanBeLeftOut() {
        OptionResult namespace = new Analyzer(DATA).analyze(model("aws-us-east-1")).whole().option(OptionKey.NAMESPACE);
        // Operations: 1 cluster × 8 h × $100/h = $800.00; infrastructure: 1,408.46 − 800.00 = 608.46.
        assertThat(namespace.operations()).isEqualByComparingTo("800.00");
        assertThat(namespace.infrastructure()).isEqualByComparingTo("608.46");
        assertThat(namespace.totalFormula("$")).isEqualTo("infrastructure $608.46 + operations $800.00 = $1,408.46");

        OptionResult without = new Analyzer(DATA).analyze(OperationsLeftOut.apply(model("aws-us-east-1"))).whole()
                .option(OptionKey.NAMESPACE);
        // The hours stay visible; an hour costs nothing: 1 cluster × 8 h × $0.00/h = $0.00.
        assertThat(without.operations()).isEqualByComparingTo("0.00");
        assertThat(without.monthlyCost()).isEqualByComparingTo("608.46");
        assertThat(lines(without, CostCategory.OPERATIONS)).extracting(l -> l.formula("$"))
                .containsExactly("1 cluster × 8 h × $0.00/h = $0.00");
    }

    @Test
    void aTenantsOwnPodsUnderKataAreBilledOnNodesThatCanRunKata() {
        Model runc = model("aws-us-east-1");
        TestModels b = TestModels.builder();
        runc.elements().values().forEach(e -> b.put(e instanceof dev.bulkhead.model.Tenant t ? t.withRuntime(SandboxRuntime.KATA) : e));
        Model kata = b.build();

        OptionResult before = new Analyzer(DATA).analyze(runc).whole().option(OptionKey.NAMESPACE);
        OptionResult after = new Analyzer(DATA).analyze(kata).whole().option(OptionKey.NAMESPACE);

        // team-a's 10 pods under Kata: 2 vCPU + 10 × 0.25 vCPU overhead = 4.5 vCPU on m8i.xlarge (nested virtualisation,
        // cost-isolation-data.md 10g), usable (4 − 0.08 − 0.025) × 0.75 = 2.92125 vCPU → ⌈4.5 / 2.92125⌉ = 2 nodes,
        // 2 × $0.21/h × 730 h = $306.60. The shared pool keeps its minimum of 3 nodes for CoreDNS: the bill rises by $306.60.
        assertThat(after.monthlyCost().subtract(before.monthlyCost())).isEqualByComparingTo("306.60");
        assertThat(after.lines()).anySatisfy(line -> assertThat(line.explanation("$")).contains("m8i.xlarge"));
        assertThat(after.byCategory().get(CostCategory.SANDBOX_OVERHEAD)).isPositive();
    }

    @Test
    void costPerTenantSpreadsSharedCosts() {
        OptionResult namespace = new Analyzer(DATA).analyze(model("aws-us-east-1")).whole().option(OptionKey.NAMESPACE);
        TenantCost tenant = namespace.tenantCosts().get(ElementId.of("tenant-team-a"));

        // The only tenant carries everything: its nodes directly, the cluster's fixed costs and add-ons as shared.
        assertThat(cents(tenant.total())).isEqualTo(140846);
        assertThat(tenant.shared()).isGreaterThan(tenant.direct());
    }
}

package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.Egress;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelSettings;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.model.TrustLevel;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.TestModels;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases for the node and control-plane cost model (issue 10, items 9, 10, 11, 14 and the
 * sandbox nodes of item 5). Every figure is worked out in the comments from
 * ../shared/reference/cost-isolation-data.md (the section is named) and the bundled pricing profiles.
 *
 * <p>The base model is {@link CostGoldenTest}'s: one prod (high criticality) cluster, a shared pool of 4 vCPU /
 * 16 GiB nodes (minimum 3), one internal tenant of 2 vCPU, 4 GiB, 10 pods; 730 h, 75% utilisation; CoreDNS
 * 2 × 100m / 70Mi; operations 8 h per cluster and 2 h per vCluster at $100.
 */
class NodeModelGoldenTest {
    private static final ReferenceData DATA = ReferenceData.bundled();
    /** A decimal megabyte in GiB. */
    private static final double MB = 1e6 / (1L << 30);

    static Analysis analyse(Model model) {
        return new Analyzer(DATA).analyze(model);
    }

    static long cents(java.math.BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }

    static long cents(double amount) {
        return Math.round(amount * 100);
    }

    static TestModels base(String profile, Criticality criticality, ResourceDemand demand) {
        TestModels b = TestModels.builder().settings(ModelSettings.DEFAULT.withPricingProfile(profile));
        ElementId env = b.environment("prod", EnvironmentKind.PROD, criticality);
        ElementId cluster = b.cluster(env, "c", Provider.EKS);
        b.pool(cluster, "general", 4, 16, 3, 10);
        b.tenant(cluster, "team-a", TenantKind.INTERNAL_TEAM, demand);
        return b;
    }

    static Model model(String profile) {
        return base(profile, Criticality.HIGH, new ResourceDemand(2, 4, 10, 0)).build();
    }

    static NodeShape shape(Model model) {
        Analysis analysis = analyse(model);
        return analysis.pricing().shapeOf(analysis.sizingPool(ElementId.of("cluster-c")).orElseThrow());
    }

    static Model withPool(String profile, String type, double vcpu, double memoryGiB) {
        TestModels b = TestModels.builder().settings(ModelSettings.DEFAULT.withPricingProfile(profile));
        ElementId env = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
        ElementId cluster = b.cluster(env, "c", Provider.EKS);
        b.put(new NodePool(ElementId.of("pool-general"), "general", cluster, type, vcpu, memoryGiB, null, 3, 10,
                new TreeMap<>(), List.of(), null));
        b.tenant(cluster, "team-a", TenantKind.INTERNAL_TEAM, new ResourceDemand(2, 4, 10, 0));
        return b.build();
    }

    /** The base model with an agent of 8 running + 2 warm sandboxes of 0.5 vCPU / 1 GiB under {@code runtime}. */
    static Model withSandboxes(Model base, SandboxRuntime runtime) {
        TestModels b = TestModels.builder().settings(base.settings());
        for (var element : base.elements().values()) {
            b.put(element instanceof Cluster c ? c.withRuntime(runtime) : element);
        }
        b.put(new Agent(ElementId.of("agent-runner"), "runner", ElementId.of("tenant-team-a"), TrustLevel.UNTRUSTED,
                runtime, 8, 2, 0.5, 1, Egress.NONE, false, List.of(), false, 1000));
        return b.build();
    }

    @Nested
    class ProviderAccurateNodes {
        @Test
        void eksRunsTheVpcCnisPodsAndReservesByNodeadmsFormula() {
            // §10a: m6i.xlarge has 4 ENIs × 15 IPv4: 4 × (15 − 1) + 2 = 58 pods; aws-node and kube-proxy (the +2) run on
            // every node, leaving 56 for tenants. kube-reserved memory 11 MiB × 58 + 255 MiB = 893 MiB, + 100 MiB eviction
            // = 993 MiB = 0.9697265625 GiB (not GKE's 2.70 GiB). CPU 60 + 10 + 5 + 5 = 80m, and aws-node's 25m (§3a).
            // Usable: (4 − 0.08 − 0.025) × 0.75 = 2.92125 vCPU; (16 − 0.9697265625) × 0.75 = 11.272705078125 GiB.
            NodeShape node = shape(model("aws-us-east-1"));

            assertThat(node.podsPerNode()).isEqualTo(56);
            assertThat(node.usableCpu()).isCloseTo(2.92125, within(1e-12));
            assertThat(node.usableMemoryGiB()).isCloseTo(11.272705078125, within(1e-12));
        }

        @Test
        void onEksThePodLimitDecidesTheNodesForManySmallPods() {
            // 200 pods of 1m CPU / 5 MiB each plus CoreDNS's 2 pods = 202 pods: ⌈202 ÷ 56⌉ = ⌈3.607⌉ = 4 nodes (with
            // kubelet's 110 it was ⌈202 ÷ 110⌉ = 2, so the minimum of 3). Fixed costs: EKS 0.10 × 730 = 73.00, NAT
            // 3 × 0.045 × 730 = 98.55, NLB 0.0225 × 730 = 16.425, operations 800: 987.975.
            // Nodes 4 × 0.192 × 730 = 560.64. Total 1,548.615.
            Model model = base("aws-us-east-1", Criticality.HIGH, new ResourceDemand(0.2, 1, 200, 0)).build();
            OptionResult namespace = analyse(model).whole().option(OptionKey.NAMESPACE);

            assertThat(cents(namespace.monthlyCost())).isEqualTo(154862);
            assertThat(namespace.formula(CostCategory.WORKER_NODES, "$")).contains("4 × m6i.xlarge").contains("pods");
        }

        @Test
        void eksKeepsReservingForTheVpcCnisPodsWhenMaxPodsIsOverridden() {
            // §10a: "When maxPods is set directly, kubeReserved is still computed from the ENI-based value". With 110
            // set: 110 − 2 = 108 pods for tenants, memory still (16 − 0.9697265625) × 0.75 = 11.272705078125 GiB.
            Model model = base("aws-us-east-1", Criticality.HIGH, new ResourceDemand(2, 4, 10, 0))
                    .settings(ModelSettings.DEFAULT.withPricingProfile("aws-us-east-1").withAssumption(Assumptions.MAX_PODS, 110.0))
                    .build();
            NodeShape node = shape(model);

            assertThat(node.podsPerNode()).isEqualTo(108);
            assertThat(node.usableMemoryGiB()).isCloseTo(11.272705078125, within(1e-12));
        }

        @Test
        void aksReservesByItsOwnTableAndMemoryFormula() {
            // §10b, AKS 1.29+ with Azure CNI Overlay's 250 pods: CPU 140m on 4 cores. Memory: the lesser of
            // 20 MB × 250 + 50 MB = 5,050 MB (4.703 GiB) and 25% of 16 GiB = 4 GiB → 4 GiB, + 100 MiB eviction
            // = 4.09765625 GiB. Usable: (4 − 0.14) × 0.75 = 2.895 vCPU; (16 − 4.09765625) × 0.75 = 8.9267578125 GiB.
            // m6i.xlarge is priced as Standard_D4s_v5 (x86_64, general purpose, listed first).
            NodeShape node = shape(model("azure-eastus"));

            assertThat(node.podsPerNode()).isEqualTo(250);
            assertThat(node.usableCpu()).isCloseTo(2.895, within(1e-12));
            assertThat(node.usableMemoryGiB()).isCloseTo(8.9267578125, within(1e-12));
        }

        @Test
        void aksWithMaxPodsSetTo110ReservesLessMemory() {
            // §10b: 20 MB × 110 + 50 MB = 2,250 MB = 2,250,000,000 / 2^30 = 2.0954757928848267 GiB < 4 GiB;
            // + 0.09765625 = 2.1931320428848267; usable (16 − 2.1931320428848267) × 0.75 = 10.35515096783638 GiB
            // ("setting max pods to 110 on Overlay frees ~1.8 GB per node").
            Model model = base("azure-eastus", Criticality.HIGH, new ResourceDemand(2, 4, 10, 0))
                    .settings(ModelSettings.DEFAULT.withPricingProfile("azure-eastus").withAssumption(Assumptions.MAX_PODS, 110.0))
                    .build();
            NodeShape node = shape(model);

            assertThat(node.podsPerNode()).isEqualTo(110);
            assertThat(node.usableMemoryGiB()).isCloseTo((16 - (2250 * MB + 100.0 / 1024)) * 0.75, within(1e-12))
                    .isCloseTo(10.35515096783638, within(1e-9));
        }

        @Test
        void aksInterpolatesItsCpuTableBetweenRows() {
            // §10b table: 2 cores 100m, 4 cores 140m; 3 cores lie halfway: 120m.
            Pricing pricing = analyse(model("azure-eastus")).pricing();

            assertThat(pricing.reservedCpu(3)).isCloseTo(0.12, within(1e-12));
            assertThat(pricing.reservedCpu(64)).isCloseTo(0.74, within(1e-12));
            assertThat(pricing.reservedCpu(96)).isCloseTo(0.74 + 0.32, within(1e-12));
        }

        @Test
        void gkeKeepsItsTiersAndKubeletsPodLimit() {
            // §10c: 0.25 × 4 + 0.20 × 4 + 0.10 × 8 = 2.6 GiB + 100 MiB = 2.69765625 GiB; usable (16 − 2.69765625) × 0.75
            // = 9.9767578125 GiB; CPU (4 − 0.08) × 0.75 = 2.94; 110 pods.
            NodeShape node = shape(model("gcp-us-central1"));

            assertThat(node.podsPerNode()).isEqualTo(110);
            assertThat(node.usableCpu()).isCloseTo(2.94, within(1e-12));
            assertThat(node.usableMemoryGiB()).isCloseTo(9.9767578125, within(1e-12));
        }

        @Test
        void aFixedReservationTheUserSetsStillReplacesTheFormula() {
            // Overrides: 0.5 vCPU and 2 GiB per node. EKS: (4 − 0.5 − 0.025) × 0.75 = 2.60625; (16 − 2) × 0.75 = 10.5.
            Model model = base("aws-us-east-1", Criticality.HIGH, new ResourceDemand(2, 4, 10, 0))
                    .settings(ModelSettings.DEFAULT.withPricingProfile("aws-us-east-1")
                            .withAssumption(Assumptions.RESERVED_CPU, 0.5).withAssumption(Assumptions.RESERVED_MEMORY, 2.0))
                    .build();
            NodeShape node = shape(model);

            assertThat(node.usableCpu()).isCloseTo(2.60625, within(1e-12));
            assertThat(node.usableMemoryGiB()).isCloseTo(10.5, within(1e-12));
        }
    }

    @Nested
    class RecostingKeepsTheArchitecture {
        @Test
        void anX86GeneralPurposeTypeOnGcpBecomesN2NotE2() {
            // m6i.xlarge is x86_64, general purpose. On GCP e2-standard-4 ($0.134012) is cost-optimized, n2-standard-4
            // ($0.194236) general purpose: n2 stands in. Nodes 3 × 0.194236 × 730 = 425.37684.
            NodeShape node = shape(model("gcp-us-central1"));

            assertThat(node.hourlyPrice()).isEqualTo(0.194236);
            assertThat(node.priceSource()).contains("priced as n2-standard-4")
                    .contains("same architecture (x86_64) and family (general-purpose)");
        }

        @Test
        void anX86DesignOnAwsStaysX86InsteadOfBecomingGraviton() {
            // n2-standard-4 (GCP, x86_64, general purpose) on AWS: m7g.xlarge ($0.1632) is arm64; the x86 general-purpose
            // 4 vCPU / 16 GiB types are m6i.xlarge and m5.xlarge at $0.192 (m6i listed first), m7i/m8i dearer.
            NodeShape node = shape(withPool("aws-us-east-1", "n2-standard-4", 4, 16));

            assertThat(node.hourlyPrice()).isEqualTo(0.192);
            assertThat(node.priceSource()).contains("priced as m6i.xlarge").contains("x86_64");
        }

        @Test
        void aCostOptimizedTypeWithoutAnEquivalentKeepsItsArchitectureAndSaysSo() {
            // e2-standard-4 (x86_64, cost-optimized) on AWS: no cost-optimized type is listed, so the x86 general-purpose
            // m6i.xlarge ($0.192), not the cheaper Graviton.
            NodeShape node = shape(withPool("aws-us-east-1", "e2-standard-4", 4, 16));

            assertThat(node.hourlyPrice()).isEqualTo(0.192);
            assertThat(node.priceSource()).contains("priced as m6i.xlarge").contains("no cost-optimized type listed");
        }

        @Test
        void aLargerSizeIsPricedAsAMultipleOfTheStandIn() {
            // Standard_D8s_v5-like 8 vCPU / 32 GiB "n2-standard-8" is not known anywhere: closest 4/16 of any architecture,
            // cheapest: m7g.xlarge × max(8/4, 32/16) = 2 × 0.1632 = 0.3264; a known x86 8/32 pool (onprem-8x32) gets
            // 2 × m6i.xlarge = 0.384.
            assertThat(shape(withPool("aws-us-east-1", "n2-standard-8", 8, 32)).hourlyPrice()).isCloseTo(0.3264, within(1e-12));
            NodeShape x86 = shape(withPool("aws-us-east-1", "onprem-8x32", 8, 32));
            assertThat(x86.hourlyPrice()).isCloseTo(0.384, within(1e-12));
            assertThat(x86.priceSource()).contains("priced as 2 x m6i.xlarge");
        }
    }

    @Nested
    class GVisorOverheadInDecimalMegabytes {
        @Test
        void gVisorsNineteenPointSixMegabytesAreDecimal() {
            // §6a: 23.7 MB − 4.09 MB ≈ 19.6 MB per container, decimal: 19,600,000 bytes / 2^30 = 0.01825392246246338 GiB
            // (it was read as 19.6 MiB = 0.019140625 GiB).
            Assumptions assumptions = analyse(model("aws-us-east-1")).pricing().assumptions();

            assertThat(assumptions.sandboxOverhead(SandboxRuntime.GVISOR).memoryGiB()).isEqualTo(19.6e6 / (1L << 30));
            assertThat(assumptions.sourced("sandbox.gvisor.memoryGiB").unit()).contains("19.6 MB decimal");
        }
    }

    @Nested
    class VClusterControlPlanesSizedByTenant {
        VClusterControlPlane plane(Criticality criticality, ResourceDemand demand) {
            Analysis analysis = analyse(base("aws-us-east-1", criticality, demand).build());
            return analysis.pricing().assumptions().vclusterControlPlane(analysis.load(ElementId.of("tenant-team-a")));
        }

        @Test
        void aLightProductionTenantGetsThreeReplicasOfP2() {
            // 10 pods, 2 vCPU, 4 GiB fit the chart's default quota (20 pods, 10 vCPU, 20 GiB; §2d): light. Prod: 3 replicas
            // (§2b) of at least P2 (2 vCPU / 4 GiB; P1 is "dev / sandbox, light single-team CI") = 6 vCPU / 12 GiB, not P3's
            // 12 vCPU / 24 GiB; the 3 replicas share a deployed etcd of 3 members at the chart's 20m / 150Mi each:
            // + 0.06 vCPU, + 450/1024 = 0.439453125 GiB, + 3 pods.
            VClusterControlPlane plane = plane(Criticality.HIGH, new ResourceDemand(2, 4, 10, 0));

            assertThat(plane.profile()).isEqualTo("P2");
            assertThat(plane.total()).isEqualTo(new Resources(6.06, 12.439453125, 6));
            assertThat(plane.explain()).startsWith("P2 × 3 replicas (2 vCPU / 4 GiB each, with a deployed etcd of 3 members at "
                    + "20m / 150Mi each): 10 pods, 2.00 vCPU fit the chart's "
                    + "default vCluster quota").contains("§2d").contains("at least P2").contains("3 replicas for high availability");
        }

        @Test
        void profilesGrowWithTheTenantsPods() {
            // 100 pods (> 20, ≤ 300: "up to a few hundred long-running services"): P2 2 vCPU / 4 GiB × 3.
            // 400 pods: P3 4 vCPU / 8 GiB × 3 = 12 vCPU / 24 GiB. A tenant of 10 pods but 12 vCPU exceeds the quota: P2.
            // Each with the deployed etcd of 3 replicas: + 0.06 vCPU, + 0.439453125 GiB, + 3 pods.
            assertThat(plane(Criticality.HIGH, new ResourceDemand(10, 20, 100, 0)).total())
                    .isEqualTo(new Resources(6.06, 12.439453125, 6));
            assertThat(plane(Criticality.HIGH, new ResourceDemand(40, 80, 400, 0)).total())
                    .isEqualTo(new Resources(12.06, 24.439453125, 6));
            assertThat(plane(Criticality.HIGH, new ResourceDemand(12, 4, 10, 0)).profile()).isEqualTo("P2");
        }

        @Test
        void lowCriticalityIsOneStepSmallerWithOneReplica() {
            // Dev: light → chart defaults 0.22 vCPU / 0.3125 GiB × 1 (§2a); 100 pods → P1 × 1; 400 pods → P2 × 1.
            // Staging (medium): same profiles as prod, 1 replica: light → P1 × 1.
            assertThat(plane(Criticality.LOW, new ResourceDemand(2, 4, 10, 0)).total()).isEqualTo(new Resources(0.22, 0.3125, 1));
            assertThat(plane(Criticality.LOW, new ResourceDemand(10, 20, 100, 0)).profile()).isEqualTo("P1");
            assertThat(plane(Criticality.LOW, new ResourceDemand(40, 80, 400, 0)).profile()).isEqualTo("P2");
            assertThat(plane(Criticality.MEDIUM, new ResourceDemand(2, 4, 10, 0)).total()).isEqualTo(new Resources(1, 2, 1));
        }

        @Test
        void theVClusterBillChargesTheTenantsProfileAndNamesIt() {
            // Demand: CoreDNS 0.2 vCPU + tenant 2 + P2 × 3 = 6 + etcd 3 × 0.02 = 0.06 → 8.26 vCPU; ⌈8.26 ÷ 2.92125⌉ = 3 nodes
            // (the minimum) = 3 × 0.192 × 730 = 420.48. Total 987.975 + vCluster ops 200 + 420.48 = 1,608.455, in lines
            // rounded once each 1,608.46 (with P3: 5 nodes, 1,888.775).
            OptionResult vcluster = analyse(model("aws-us-east-1")).whole().option(OptionKey.VCLUSTER);

            assertThat(cents(vcluster.monthlyCost())).isEqualTo(160846);
            assertThat(vcluster.formula(CostCategory.TENANCY_OVERHEAD, "$"))
                    .contains("vCluster control planes (P2 × 3 replicas (2 vCPU / 4 GiB each, with a deployed etcd of 3 members at "
                            + "20m / 150Mi each): 1 tenant)");
        }

        @Test
        void overridesStoredUnderTheOldCriticalityKeysSetTheProfilesTheyMeant() {
            // Files from before stored prod's size as vcluster.high.cpu (P3); it now sets P3's CPU, and is not "unknown".
            Model model = base("aws-us-east-1", Criticality.HIGH, new ResourceDemand(40, 80, 400, 0))
                    .settings(ModelSettings.DEFAULT.withPricingProfile("aws-us-east-1").withAssumption("vcluster.high.cpu", 2.0))
                    .build();
            Analysis analysis = analyse(model);

            assertThat(analysis.pricing().assumptions().unknownOverrides()).isEmpty();
            VClusterControlPlane plane = analysis.pricing().assumptions().vclusterControlPlane(analysis.load(ElementId.of("tenant-team-a")));
            assertThat(plane.perReplica()).isEqualTo(new Resources(2, 8, 1));
            assertThat(plane.replicas()).isEqualTo(3);
        }
    }

    @Nested
    class SandboxNodesPricedAsTheTypesThatRunThem {
        @Test
        void kataOnEksRunsOnNestedVirtualisationM8iNodes() {
            // §10g: Kata needs /dev/kvm; EC2 nested virtualization on M8i at no extra cost; m8i.xlarge $0.21/h.
            // 10 Kata pods: 10 × 0.5 = 5 vCPU + overhead 10 × 0.25 = 2.5 → 7.5 vCPU; 10 × 1 + 10 × 0.15625 = 11.5625 GiB.
            // m8i.xlarge (4 ENIs × 15 IPv4, like m6i): 2.92125 vCPU, 11.272705078125 GiB usable.
            // ⌈7.5 ÷ 2.92125⌉ = ⌈2.567⌉ = 3 nodes × 0.21 × 730 = 459.90. Shared pool: 2.2 vCPU → minimum 3 × 0.192 × 730
            // = 420.48. Total 987.975 + 420.48 + 459.90 = 1,868.355. Sandbox overhead: 2.5 of 7.5 vCPU of 459.90 = 153.30.
            OptionResult namespace = analyse(withSandboxes(model("aws-us-east-1"), SandboxRuntime.KATA)).whole()
                    .option(OptionKey.NAMESPACE);

            assertThat(cents(namespace.monthlyCost())).isEqualTo(186836);
            assertThat(cents(namespace.byCategory().get(CostCategory.SANDBOX_OVERHEAD))).isEqualTo(15330);
            assertThat(namespace.lines()).anySatisfy(line -> assertThat(line.explanation("$"))
                    .contains("3 × m8i.xlarge").contains("nested virtualization"));
        }

        @Test
        void firecrackerOnEksIsPricedAsBareMetal() {
            // §10g: Firecracker on nested M8i is UNCONFIRMED upstream: m5.metal, 96 vCPU / 384 GiB, $4.608/h.
            // 10 pods: 7.5 vCPU (overhead 250m each), 10 + 10 × 0.126953125 = 11.26953125 GiB: one node (usable
            // (96 − 0.31 − 0.025) × 0.75 = 71.74875 vCPU) = 4.608 × 730 = 3,363.84.
            // Total 987.975 + 420.48 + 3,363.84 = 4,772.295.
            OptionResult namespace = analyse(withSandboxes(model("aws-us-east-1"), SandboxRuntime.FIRECRACKER)).whole()
                    .option(OptionKey.NAMESPACE);

            assertThat(cents(namespace.monthlyCost())).isBetween(477229L, 477230L);
            assertThat(namespace.lines()).anySatisfy(line -> assertThat(line.explanation("$")).contains("1 × m5.metal"));
        }

        @Test
        void kataOnAksRunsOnNestedVirtualisationSizes() {
            // §10d: AKS pod sandboxing needs generation-2 sizes with nested virtualization (Dsv3); Standard_D4s_v3 $0.192/h.
            // 10 pods: 5 + 2.5 = 7.5 vCPU; 10 + 10 × 0.5859375 (600Mi, the AKS profile's Kata overhead) = 15.859375 GiB.
            // D4s_v3 usable: 2.895 vCPU, 8.9267578125 GiB: ⌈7.5 ÷ 2.895⌉ = ⌈2.59⌉ = 3 (memory ⌈1.78⌉ = 2) → 3 × 0.192 × 730
            // = 420.48. Fixed: AKS 0.10 × 730 = 73.00, load balancer 0.025 × 730 = 18.25, ops 800; shared 3 × 0.192 × 730
            // = 420.48. Total 73 + 18.25 + 800 + 420.48 + 420.48 = 1,732.21.
            OptionResult namespace = analyse(withSandboxes(model("azure-eastus"), SandboxRuntime.KATA)).whole()
                    .option(OptionKey.NAMESPACE);

            assertThat(cents(namespace.monthlyCost())).isEqualTo(173221);
            assertThat(namespace.lines()).anySatisfy(line -> assertThat(line.explanation("$")).contains("3 × Standard_D4s_v3"));
        }

        @Test
        void gVisorOnGkeRunsInANodePoolOfItsOwnOfTheGeneralType() {
            // §10c: GKE Sandbox runs gVisor only on sandbox-enabled pools, which GKE taints, so nothing else lands there.
            // The pool (m6i.xlarge priced as n2-standard-4, $0.194236/h) has 2.94 vCPU and 9.9767578125 GiB usable.
            // Sandbox pool: 10 pods × 0.5 = 5 vCPU (gVisor adds no CPU) → ⌈1.70⌉ = 2; memory 10 × 1 + 10 × 0.01825392246
            // = 10.18 GiB → ⌈1.02⌉ = 2. 2 × 0.194236 × 730 = 283.58456. General pool: the tenant's 2 + 0.2 add-ons vCPU →
            // its minimum of 3 nodes, 3 × 0.194236 × 730 = 425.37684. Lumped together (as before GKE Sandbox was priced),
            // 2.2 + 5 = 7.2 vCPU fitted the same 3 nodes and the sandbox pool cost nothing.
            OptionResult gke = analyse(withSandboxes(model("gcp-us-central1"), SandboxRuntime.GVISOR)).whole()
                    .option(OptionKey.NAMESPACE);

            List<CostLine> sandboxNodes = gke.lines().stream().filter(line -> line.item().contains("gVisor sandbox nodes")).toList();
            assertThat(sandboxNodes).isNotEmpty();
            assertThat(sandboxNodes.stream().map(CostLine::monthly).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                    .isEqualByComparingTo("283.58");
            assertThat(sandboxNodes).anySatisfy(line -> assertThat(line.explanation("$"))
                    .contains("2 × m6i.xlarge").contains("GKE Sandbox"));
            assertThat(gke.formula(CostCategory.WORKER_NODES, "$")).contains("3 × m6i.xlarge");
        }

        @Test
        void whereTheProviderRunsTheSandboxOnItsGeneralNodesNothingIsSplitOff() {
            // GKE profile names no node type for Kata: 10 Kata pods stay in the pool. n2-standard-4 usable 2.94 vCPU:
            // 2.2 + 7.5 = 9.7 → ⌈3.299⌉ = 4 nodes. And a pool that already is the sandbox type (m8i.xlarge on EKS) runs them.
            OptionResult gke = analyse(withSandboxes(model("gcp-us-central1"), SandboxRuntime.KATA)).whole().option(OptionKey.NAMESPACE);
            assertThat(gke.lines()).noneSatisfy(line -> assertThat(line.item()).contains("sandbox nodes"));
            assertThat(gke.formula(CostCategory.WORKER_NODES, "$")).contains("4 × m6i.xlarge");

            OptionResult m8i = analyse(withSandboxes(withPool("aws-us-east-1", "m8i.xlarge", 4, 16), SandboxRuntime.KATA))
                    .whole().option(OptionKey.NAMESPACE);
            assertThat(m8i.lines()).noneSatisfy(line -> assertThat(line.item()).contains("sandbox nodes"));
        }

        @Test
        void aDedicatedClusterAlsoPricesItsSandboxNodesApart() {
            // The dedicated cluster's own 3 general nodes plus its 3 m8i.xlarge sandbox nodes: the same 1,868.355 as the
            // namespace option, since the shared cluster then holds nobody.
            OptionResult dedicated = analyse(withSandboxes(model("aws-us-east-1"), SandboxRuntime.KATA)).whole()
                    .option(OptionKey.DEDICATED);

            assertThat(cents(dedicated.monthlyCost())).isEqualTo(186836);
            assertThat(dedicated.lines()).anySatisfy(line -> assertThat(line.item()).matches(".*dedicated cluster of \\S+ in \\S+: Kata sandbox nodes.*"));
        }
    }

    @Nested
    class LinesThatSayWhy {
        @Test
        void aSandboxOverheadThatAddsOnlyMemoryWhereVcpuDecidesHasALineOfZeroThatSaysSo() {
            // gVisor adds no CPU (§6a) and 19.6 MB per pod: 10 pods × 0.01825392246246338 = 0.1825 GiB. Three nodes for
            // 2.2 + 5 vCPU: vCPU decides, so the overhead costs 0 × ... = $0.00, and the line says why rather than
            // leaving a bare $0.00 that reads as "free".
            OptionResult namespace = analyse(withSandboxes(model("aws-us-east-1"), SandboxRuntime.GVISOR)).whole()
                    .option(OptionKey.NAMESPACE);

            assertThat(namespace.lines()).filteredOn(line -> line.category() == CostCategory.SANDBOX_OVERHEAD)
                    .singleElement().satisfies(line -> {
                        assertThat(line.monthly()).isEqualByComparingTo("0.00");
                        assertThat(line.formula("$")).contains("× 0 vCPU ÷ ").endsWith("= $0.00");
                        assertThat(line.explanation("$"))
                                .contains("they ask for 0.1825 GiB memory on the group, but vCPU decides its node count");
                    });
        }

        @Test
        void aCategoryThatAsksForNothingHasNoLine() {
            OptionResult namespace = analyse(model("aws-us-east-1")).whole().option(OptionKey.NAMESPACE);

            assertThat(namespace.lines()).noneMatch(line -> line.category() == CostCategory.SANDBOX_OVERHEAD);
        }

        @Test
        void theGrowingPoolIsCalledByItsNameBesideAFixedPool() {
            // Two shared pools: 'burst' may grow to 50 nodes, so it grows; 'general' counts at its minimum of 3.
            TestModels b = TestModels.builder().settings(ModelSettings.DEFAULT.withPricingProfile("aws-us-east-1"));
            ElementId env = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
            ElementId cluster = b.cluster(env, "c", Provider.EKS);
            b.pool(cluster, "general", 4, 16, 3, 10);
            b.pool(cluster, "burst", 4, 16, 1, 50);
            b.tenant(cluster, "team-a", TenantKind.INTERNAL_TEAM, new ResourceDemand(20, 40, 50, 0));

            OptionResult namespace = analyse(b.build()).whole().option(OptionKey.NAMESPACE);

            assertThat(namespace.lines()).extracting(CostLine::item)
                    .anyMatch(item -> item.contains("c shared nodes · pool burst"))
                    .anyMatch(item -> item.contains("c shared nodes · pool general"))
                    .noneMatch(item -> item.contains("pool growth"));
        }
    }
}

package dev.bulkhead.export.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.PlacementPlan;
import dev.bulkhead.export.PolicyFlavour;
import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.export.VClusterEdition;
import dev.bulkhead.export.kubernetes.TenantObjects;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceQuotaBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The direct reading of a tenant's objects into HCL gives exactly what the Jackson tree gives (the reference
 * the Terraform export was built and checked on), for every object of every tenant of the sample models and a
 * generated one, under every option, vCluster edition and policy flavour; and it steps aside for what it does not
 * know.
 */
class DirectHclValuesTest {
    @ParameterizedTest
    @ValueSource(strings = {"workshop-starter", "internal-platform", "ai-agent-saas", "generated"})
    void everyTenantObjectReadsTheSameAsThroughJackson(String sample) throws Exception {
        Model model = sample.equals("generated") ? GeneratedModels.platform(3, 2, 60, 300, 60, 7)
                : new ModelReader().read(Path.of("sample-models", sample + ".bulkhead.json"));
        Analysis analysis = new Analyzer(ReferenceData.bundled()).analyze(model);
        int compared = 0;
        for (ExportChoice choice : ExportChoice.values()) {
            PlacementPlan plan = PlacementPlan.of(analysis, choice);
            for (VClusterEdition edition : VClusterEdition.values()) {
                for (PolicyFlavour policies : PolicyFlavour.values()) {
                    ExportSettings settings = ExportSettings.of(choice).withEdition(edition).withPolicies(policies);
                    TenantObjects objects = new TenantObjects(plan, settings);
                    for (Object object : objectsOf(model, plan, objects)) {
                        Hcl.Obj direct = DirectHclValues.of(object);
                        assertThat(direct).as("%s %s: read directly", sample, object).isNotNull();
                        assertThat(text(direct)).as("%s %s %s %s", sample, choice, edition, object)
                                .isEqualTo(text(HclValues.viaJackson(object)));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).as("objects compared").isGreaterThan(100);
    }

    @Test
    void whatItDoesNotKnowGoesThroughJackson() {
        var owned = new NamespaceBuilder().withNewMetadata().withName("team-a").withOwnerReferences(new OwnerReferenceBuilder()
                .withKind("Thing").withName("owner").withUid("1").withApiVersion("v1").build()).endMetadata().build();
        var extra = new ResourceQuotaBuilder().withNewMetadata().withName("q").endMetadata().withNewSpec()
                .addToHard("pods", new Quantity("10")).endSpec().build();
        extra.getSpec().setAdditionalProperty("unknownField", "x");
        for (Object object : List.of(owned, extra, new IntOrString(8080))) {
            assertThat(DirectHclValues.of(object)).as("%s", object).isNull();
        }
        assertThat(text(HclValues.of(owned))).contains("owner_references").isEqualTo(text(HclValues.viaJackson(owned)));
        assertThat(text(HclValues.of(extra))).contains("unknown_field").isEqualTo(text(HclValues.viaJackson(extra)));
    }

    @Test
    void portsByNumberAndByNameAndQuantitiesWithFormats() {
        NetworkPolicy policy = new NetworkPolicyBuilder().withNewMetadata().withName("p").withNamespace("n")
                .addToLabels("b", "2").addToLabels("a", "1").endMetadata().withNewSpec().withNewPodSelector().endPodSelector()
                .addNewEgress().addNewPort().withPort(new IntOrString(53)).withProtocol("UDP").endPort()
                .addNewPort().withPort(new IntOrString("dns")).withEndPort(60).endPort()
                .addNewTo().withNewIpBlock().withCidr("0.0.0.0/0").withExcept("10.0.0.0/8").endIpBlock().endTo().endEgress()
                .withPolicyTypes("Egress").endSpec().build();
        var quota = new ResourceQuotaBuilder().withNewMetadata().withName("q").endMetadata().withNewSpec()
                .addToHard(Map.of("requests.cpu", new Quantity("1500", "m"), "pods", new Quantity("10"))).endSpec().build();
        for (HasMetadata object : List.of(policy, quota)) {
            assertThat(text(DirectHclValues.of(object))).isEqualTo(text(HclValues.viaJackson(object)));
        }
        assertThat(text(DirectHclValues.of(policy))).contains("port     = 53").contains("port     = \"dns\"");
        assertThat(text(DirectHclValues.of(quota))).contains("\"requests.cpu\" = \"1500m\"");
    }

    /** Every object the Terraform export passes to its tenant modules: guard-rails, policies, RuntimeClass metadata. */
    private static List<Object> objectsOf(Model model, PlacementPlan plan, TenantObjects objects) {
        List<Object> all = new ArrayList<>();
        for (Cluster cluster : model.all(Cluster.class)) {
            List<TenantPlan> tenants = plan.tenantsOf(cluster);
            for (TenantPlan tenant : tenants) {
                TenantObjects.Namespace namespace = objects.namespaceOf(tenant);
                all.addAll(namespace.guardRails());
                all.addAll(namespace.policies());
            }
            objects.runtimeClasses(tenants, cluster.provider(), model.children(cluster.id(), NodePool.class))
                    .forEach(runtimeClass -> all.add(runtimeClass.getMetadata()));
        }
        return all;
    }

    private static String text(Hcl.Value value) {
        StringBuilder out = new StringBuilder();
        value.render(out, "");
        return out.toString();
    }
}

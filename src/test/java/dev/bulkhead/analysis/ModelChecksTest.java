package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelSettings;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.TestModels;
import org.junit.jupiter.api.Test;

class ModelChecksTest {
    @Test
    void tenantsWhoseNamesCollideGetDeterministicSuffixesAndAWarning() {
        TestModels b = TestModels.builder();
        ElementId env = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
        ElementId cluster = b.cluster(env, "c", Provider.EKS);
        b.pool(cluster, "p", 4, 16, 1, 3);
        ElementId first = b.tenant(cluster, "Payments", TenantKind.REGULATED, ResourceDemand.NONE);
        ElementId second = b.tenant(cluster, "PAYMENTS", TenantKind.REGULATED, ResourceDemand.NONE);
        var model = b.build();

        TenantNamespaces namespaces = TenantNamespaces.of(model);

        // In id order 'tenant-PAYMENTS' comes first and keeps the name.
        assertThat(namespaces.of(second)).isEqualTo("payments-prod");
        assertThat(namespaces.of(first)).isEqualTo("payments-prod-2");
        assertThat(ModelChecks.run(model)).extracting(Finding::code).containsExactly(FindingCode.NAMESPACE_COLLISION);
    }

    @Test
    void aTenantThatWouldGetASystemNamespaceIsAnError() {
        TestModels b = TestModels.builder().settings(ModelSettings.DEFAULT.withNamespacePattern("{tenant}"));
        ElementId env = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
        ElementId cluster = b.cluster(env, "c", Provider.EKS);
        b.pool(cluster, "p", 4, 16, 1, 3);
        b.tenant(cluster, "kube-system", TenantKind.INTERNAL_TEAM, ResourceDemand.NONE);

        assertThat(ModelChecks.run(b.build())).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("system namespace 'kube-system'");
        });
    }

    @Test
    void aClusterWithoutNodePoolsCannotBeCosted() {
        TestModels b = TestModels.builder();
        ElementId env = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
        b.cluster(env, "c", Provider.EKS);

        assertThat(ModelChecks.run(b.build())).extracting(Finding::code).containsExactly(FindingCode.CLUSTER_WITHOUT_POOL);
    }

    @Test
    void tenantsOfDifferentNamesSharingAnOwnerGroupAreWarnedAbout() {
        TestModels b = TestModels.builder();
        ElementId[] clusters = prodAndDevClusters(b);
        ElementId prodCluster = clusters[0];
        ElementId devCluster = clusters[1];
        ElementId search = b.tenant(prodCluster, "search", TenantKind.INTERNAL_TEAM, ResourceDemand.NONE);
        ElementId payments = b.tenant(devCluster, "payments", TenantKind.INTERNAL_TEAM, ResourceDemand.NONE);
        var built = b.build();
        var shared = built.get(payments, Tenant.class)
                .withOwnerGroup(built.get(search, Tenant.class).ownerGroup());
        var model = Model.of(built.settings(), built.elements().values().stream()
                .map(e -> e.id().equals(payments) ? shared : e).toList(), built.layout());

        assertThat(ModelChecks.run(model)).filteredOn(f -> f.code() == FindingCode.SHARED_OWNER_GROUP)
                .extracting(Finding::element).containsExactlyInAnyOrder(search, payments);
        assertThat(new Analyzer(ReferenceData.bundled()).analyze(model).findings())
                .filteredOn(f -> f.code() == FindingCode.SHARED_OWNER_GROUP).hasSize(2)
                .allSatisfy(f -> assertThat(f.message()).contains("shares owner group 'team-search'"));
        assertThat(ModelChecks.run(built)).extracting(Finding::code).doesNotContain(FindingCode.SHARED_OWNER_GROUP);
    }

    @Test
    void oneTenantsStagesMayShareTheirOwnerGroup() {
        TestModels b = TestModels.builder();
        ElementId[] clusters = prodAndDevClusters(b);
        ElementId prodCluster = clusters[0];
        ElementId devCluster = clusters[1];
        b.tenant(prodCluster, "search", TenantKind.INTERNAL_TEAM, ResourceDemand.NONE);
        var withProd = b.build();
        var devSearch = new Tenant(ElementId.of("tenant-search-dev"), "search", devCluster,
                TenantKind.INTERNAL_TEAM, "team-search", ResourceDemand.NONE, java.util.Map.of(), null);
        var elements = new java.util.ArrayList<Element>(withProd.elements().values());
        elements.add(devSearch);
        var model = Model.of(withProd.settings(), elements, withProd.layout());

        assertThat(ModelChecks.run(model)).extracting(Finding::code).doesNotContain(FindingCode.SHARED_OWNER_GROUP);
    }

    /** A prod and a dev environment with a costed cluster each: prod's, then dev's. */
    private static ElementId[] prodAndDevClusters(TestModels b) {
        ElementId prod = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
        ElementId staging = b.environment("dev", EnvironmentKind.DEV, Criticality.LOW);
        ElementId prodCluster = b.cluster(prod, "p", Provider.EKS);
        ElementId devCluster = b.cluster(staging, "d", Provider.EKS);
        b.pool(prodCluster, "prod-pool", 4, 16, 1, 3);
        b.pool(devCluster, "dev-pool", 4, 16, 1, 3);
        return new ElementId[] {prodCluster, devCluster};
    }
}

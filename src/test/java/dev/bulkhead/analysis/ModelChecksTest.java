package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.ModelSettings;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.TenantKind;
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
}

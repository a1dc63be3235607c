package dev.bulkhead.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.bulkhead.analysis.KubernetesNames;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelSettings;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.testing.TestModels;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KubernetesExportTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @ParameterizedTest
    @EnumSource(ExportChoice.class)
    void theSameModelExportsTheSameBytesEveryTime(ExportChoice choice) throws Exception {
        Model model = Exports.sample("ai-agent-saas");

        assertThat(Exports.k8s(model, choice).files()).isEqualTo(Exports.k8s(model, choice).files());
    }

    @Test
    void everyAgentsSandboxesAreSelectedByItsPoliciesWarmPoolIncluded() throws Exception {
        ExportBundle bundle = Exports.k8s(Exports.sample("ai-agent-saas"), ExportChoice.NAMESPACE);
        int templates = 0;
        for (Map.Entry<String, ExportFile> file : bundle.files().entrySet()) {
            if (!file.getKey().endsWith("agents.yaml")) {
                continue;
            }
            String folder = file.getKey().substring(0, file.getKey().lastIndexOf('/'));
            List<JsonNode> policies = documents(bundle.file(folder + "/network-policies.yaml"));
            for (JsonNode object : documents(file.getValue().text())) {
                String kind = object.get("kind").asText();
                if (kind.equals("SandboxTemplate")) {
                    templates++;
                    JsonNode podLabels = object.at("/spec/podTemplate/metadata/labels");
                    String agent = podLabels.get("bulkhead.dev/agent").asText();
                    assertThat(policies).as("default deny selects every pod of %s", folder)
                            .anySatisfy(p -> assertThat(p.at("/metadata/name").asText()).isEqualTo("default-deny"));
                    assertThat(policies).filteredOn(p -> p.at("/spec/podSelector/matchLabels/bulkhead.dev~1agent").asText()
                            .equals(agent)).allSatisfy(p -> assertThat(p.at("/metadata/namespace").asText())
                            .isEqualTo(object.at("/metadata/namespace").asText()));
                }
                if (kind.equals("SandboxWarmPool")) {
                    String template = object.at("/spec/sandboxTemplateRef/name").asText();
                    // A warm pool makes its sandboxes from the template, so they carry the same pod labels.
                    assertThat(documents(file.getValue().text())).anySatisfy(t -> {
                        assertThat(t.get("kind").asText()).isEqualTo("SandboxTemplate");
                        assertThat(t.at("/metadata/name").asText()).isEqualTo(template);
                    });
                }
            }
        }
        assertThat(templates).isEqualTo(45);
    }

    @Test
    void anAgentWithAnAllowListGetsAnEgressPolicyOnItsOwnPods() throws Exception {
        ExportBundle bundle = Exports.k8s(Exports.sample("ai-agent-saas"), ExportChoice.NAMESPACE);
        List<JsonNode> policies = documents(bundle.file("prod/eks-prod/tenants/acme-analytics-prod/network-policies.yaml"));

        JsonNode egress = policies.stream().filter(p -> p.at("/metadata/name").asText().equals("agent-analyst-egress"))
                .findFirst().orElseThrow();
        assertThat(egress.at("/spec/podSelector/matchLabels/bulkhead.dev~1agent").asText()).isEqualTo("analyst");
        assertThat(egress.at("/metadata/annotations/bulkhead.dev~1destination").asText())
                .isEqualTo("api.openai.com, 10.64.0.0/12 (host names as HTTPS to any public address)");
        assertThat(egress.toString()).contains("10.64.0.0/12").contains("\"port\":443");
    }

    @Test
    void exactlyTheModelsConnectionsAreAllowedBetweenNamespaces() throws Exception {
        ExportBundle bundle = Exports.k8s(Exports.sample("internal-platform"), ExportChoice.NAMESPACE);
        List<JsonNode> checkout = documents(bundle.file("prod/gke-prod/tenants/checkout-prod/network-policies.yaml"));
        List<JsonNode> payments = documents(bundle.file("prod/gke-prod/tenants/payments-prod/network-policies.yaml"));

        assertThat(names(checkout)).contains("allow-to-payments-8443-tcp", "allow-to-pricing-8080-tcp",
                "allow-to-loyalty-8080-tcp", "allow-from-mobile-bff-8080-tcp");
        assertThat(names(payments)).contains("allow-from-checkout-8443-tcp", "allow-to-fraud-detection-9090-tcp",
                "allow-to-card-network-gateway-443-tcp").doesNotContain("allow-from-search-8080-tcp");
    }

    @Test
    void hostileNamesNeverLeaveTheExportFolder() throws Exception {
        TestModels b = TestModels.builder().settings(ModelSettings.DEFAULT.withNamespacePattern("{tenant}-{environment}"));
        ElementId env = b.environment("..", EnvironmentKind.PROD, Criticality.HIGH);
        ElementId cluster = b.cluster(env, "slash", Provider.EKS);
        b.pool(cluster, "p", 4, 16, 1, 10);
        b.put(new dev.bulkhead.model.Tenant(ElementId.of("tenant-evil"), "../../../etc/passwd", cluster,
                TenantKind.INTERNAL_TEAM, "g", new ResourceDemand(1, 1, 1, 0), Map.of(), null));
        Model model = b.build();

        for (ExportChoice choice : ExportChoice.values()) {
            for (String path : Exports.k8s(model, choice).files().keySet()) {
                assertThat(path).doesNotContain("..").doesNotStartWith("/");
                for (String part : path.split("/")) {
                    assertThat(part.equals("README.md") || part.endsWith(".yaml") || KubernetesNames.isLabel(part))
                            .as(path).isTrue();
                }
            }
        }
    }

    @Test
    void aModelThatAsksForASystemNamespaceIsRefusedClearly() {
        TestModels b = TestModels.builder().settings(ModelSettings.DEFAULT.withNamespacePattern("{tenant}"));
        ElementId env = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
        ElementId cluster = b.cluster(env, "c", Provider.EKS);
        b.pool(cluster, "p", 4, 16, 1, 10);
        b.tenant(cluster, "kube-system", TenantKind.INTERNAL_TEAM, new ResourceDemand(1, 1, 1, 0));

        assertThatThrownBy(() -> Exports.k8s(b.build(), ExportChoice.NAMESPACE)).isInstanceOf(ExportException.class)
                .hasMessage("cannot export: the model has 1 error, first: tenant 'kube-system' would get the system "
                        + "namespace 'kube-system'; rename the tenant or change the namespace pattern (run 'bulkhead "
                        + "validate' for all of them)");
    }

    @Test
    void collidingNamesAreResolvedDeterministically() throws Exception {
        TestModels b = TestModels.builder();
        ElementId env = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
        ElementId cluster = b.cluster(env, "c", Provider.EKS);
        b.pool(cluster, "p", 4, 16, 1, 10);
        b.tenant(cluster, "Payments", TenantKind.INTERNAL_TEAM, new ResourceDemand(1, 1, 1, 0));
        b.tenant(cluster, "payments_", TenantKind.INTERNAL_TEAM, new ResourceDemand(1, 1, 1, 0));

        ExportBundle bundle = Exports.k8s(b.build(), ExportChoice.NAMESPACE);

        assertThat(bundle.files().keySet()).contains("prod/c/tenants/payments-prod/guard-rails.yaml",
                "prod/c/tenants/payments-prod-2/guard-rails.yaml");
    }

    @Test
    void onAksKataPodsNameTheProvidersRuntimeClassAndTheExportWritesNone() throws Exception {
        ExportBundle bundle = Exports.k8s(Exports.sample("workshop-starter"), ExportChoice.DEDICATED);

        assertThat(bundle.files()).containsKeys("prod/dedicated-code-tutor-prod/kustomization.yaml",
                "prod/dedicated-code-tutor-prod/admission/admission-policies.yaml",
                "prod/dedicated-code-tutor-prod/tenants/code-tutor-prod/agents.yaml");
        // AKS pod sandboxing installs kata-vm-isolation itself; an object of ours would clash with it.
        assertThat(bundle.files().keySet()).noneMatch(p -> p.contains("runtimeclasses"));
        assertThat(bundle.file("prod/dedicated-code-tutor-prod/tenants/code-tutor-prod/agents.yaml"))
                .contains("runtimeClassName: kata-vm-isolation");
        assertThat(bundle.file("README.md")).contains("AKS installs the `kata-vm-isolation` RuntimeClass");
    }

    @Test
    void whereNoProviderInstallsTheRuntimeTheExportWritesItsClassWithTheCostedOverhead() throws Exception {
        Model model = Exports.sample("ai-agent-saas");
        ExportBundle bundle = Exports.k8s(model, ExportChoice.DEDICATED);
        String runtimeClass = bundle.file("prod/dedicated-acme-analytics-prod/runtimeclasses/runtimeclasses.yaml");

        // EKS has no managed gVisor: the class is ours, with the overhead the cost model charges.
        var overhead = Exports.analyse(model).pricing().assumptions().sandboxOverhead(dev.bulkhead.model.SandboxRuntime.GVISOR);
        assertThat(runtimeClass).contains("name: gvisor").contains("handler: runsc")
                .contains("cpu: " + Math.round(overhead.cpu() * 1000) + "m")
                .contains("memory: " + Math.round(overhead.memoryGiB() * 1024) + "Mi");
    }

    @Test
    void vClusterValuesFollowCriticalityAndForceTheSandboxForUntrustedAgents() throws Exception {
        ExportBundle bundle = Exports.k8s(Exports.sample("workshop-starter"), ExportChoice.VCLUSTER);
        JsonNode prod = YAML.readTree(bundle.file("prod/aks-prod/tenants/code-tutor-prod/vcluster.yaml"));
        JsonNode dev = YAML.readTree(bundle.file("dev/aks-dev/tenants/web-shop-dev/vcluster.yaml"));

        assertThat(prod.at("/controlPlane/statefulSet/highAvailability/replicas").asInt()).isEqualTo(3);
        // code-tutor is a light prod tenant: the cost model charges it 3 replicas of P2 (2 vCPU / 4 GiB; prod gets no
        // less than P2), and the values request exactly that, with limits at twice the profile.
        var analysis = Exports.analyse(Exports.sample("workshop-starter"));
        var tenant = analysis.model().all(dev.bulkhead.model.Tenant.class).stream()
                .filter(t -> t.name().equals("code-tutor") && analysis.model().get(t.cluster(), dev.bulkhead.model.Cluster.class)
                        .name().equals("aks-prod")).findFirst().orElseThrow();
        var charged = analysis.pricing().assumptions().vclusterControlPlane(analysis.load(tenant.id()));
        assertThat(charged.profile()).isEqualTo("P2");
        assertThat(prod.at("/controlPlane/statefulSet/highAvailability/replicas").asInt()).isEqualTo(charged.replicas());
        assertThat(prod.at("/controlPlane/statefulSet/resources/limits/cpu").asText()).isEqualTo("4000m");
        assertThat(prod.at("/controlPlane/statefulSet/resources/requests/cpu").asText()).isEqualTo("2000m");
        assertThat(prod.at("/sync/toHost/pods/runtimeClassName").asText()).isEqualTo("kata-vm-isolation");
        assertThat(prod.at("/sync/fromHost/runtimeClasses/enabled").asBoolean()).isTrue();
        assertThat(dev.at("/controlPlane/statefulSet/resources/requests/cpu").asText()).isEqualTo("220m");
        assertThat(dev.at("/controlPlane/statefulSet/highAvailability").isMissingNode()).isTrue();
        assertThat(bundle.file("prod/aks-prod/tenants/code-tutor-prod/kustomization.yaml"))
                .contains("name: code-tutor-vcluster-values").contains("- vcluster.yaml");
    }

    @Test
    void oneEnvironmentCanBeExportedAlone() throws Exception {
        Model model = Exports.sample("internal-platform");
        ElementId prod = ElementId.of("env-prod");

        ExportBundle bundle = Exports.k8s(model, ExportSettings.of(ExportChoice.NAMESPACE).forEnvironment(prod));

        assertThat(bundle.files().keySet()).allSatisfy(p -> assertThat(p).matches("prod/.*|kustomization.yaml|README.md"));
        assertThat(bundle.file("kustomization.yaml")).contains("- prod").doesNotContain("- dev");
    }

    @Test
    void theReadmeListsEveryTenantWithItsNamespace() throws Exception {
        String readme = Exports.k8s(Exports.sample("workshop-starter"), ExportChoice.RECOMMENDED).file("README.md");

        assertThat(readme).contains("# Kubernetes manifests: Workshop starter").contains("Recommended mix")
                .contains("| code-tutor | prod | vCluster with private nodes | `code-tutor-prod` |").doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\d");
    }

    @Test
    void agentsRunUnderTheirRuntimeClassWithARestrictedSecurityContext() throws Exception {
        ExportBundle bundle = Exports.k8s(Exports.sample("ai-agent-saas"), ExportChoice.DEDICATED);
        List<JsonNode> agents = documents(bundle.file("prod/dedicated-acme-analytics-prod/tenants/acme-analytics-prod/agents.yaml"));
        JsonNode template = agents.stream().filter(a -> a.get("kind").asText().equals("SandboxTemplate")).findFirst().orElseThrow();

        assertThat(template.at("/spec/podTemplate/spec/runtimeClassName").asText()).isEqualTo("gvisor");
        assertThat(template.at("/spec/podTemplate/spec/automountServiceAccountToken").asBoolean(true)).isFalse();
        JsonNode container = template.at("/spec/podTemplate/spec/containers/0");
        assertThat(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(container.at("/resources/limits/cpu").asText()).isEqualTo("1000m");
        assertThat(bundle.file("prod/dedicated-acme-analytics-prod/runtimeclasses/runtimeclasses.yaml")).contains("handler: runsc");
    }

    static List<JsonNode> documents(String yaml) throws Exception {
        List<JsonNode> documents = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(yaml)) {
            Iterator<JsonNode> values = YAML.readValues(parser, JsonNode.class);
            values.forEachRemaining(documents::add);
        }
        return documents;
    }

    private static List<String> names(List<JsonNode> objects) {
        return objects.stream().map(o -> o.at("/metadata/name").asText()).toList();
    }
}

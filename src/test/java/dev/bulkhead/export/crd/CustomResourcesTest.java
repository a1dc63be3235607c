package dev.bulkhead.export.crd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.export.ExportBundle;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportFile;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.ExportTarget;
import dev.bulkhead.export.PolicyFlavour;
import dev.bulkhead.export.VClusterEdition;
import dev.bulkhead.export.behaviour.EdgeModels;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.Egress;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.model.TrustLevel;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.TestModels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every custom resource (and kustomization) of every export, for every sample, every option, both vCluster
 * editions, and models with long and hostile names, is accepted by the CRD of its apiVersion as the API server
 * would accept it, in a version the CRD serves and does not deprecate. A kind without a CRD in the shared
 * folder fails the test: its CRD must be added there, with its provenance, before an export may write it.
 */
class CustomResourcesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String LONG_NAMES = "long and hostile names";
    private static CustomResourceSchemas schemas;

    @BeforeAll
    static void loadCrds() throws Exception {
        schemas = CustomResourceSchemas.load(Path.of("../shared/schemas/crds"));
    }

    static Stream<Arguments> exports() {
        List<Arguments> cases = new ArrayList<>();
        for (String model : List.of("workshop-starter", "internal-platform", "ai-agent-saas", LONG_NAMES,
                EdgeModels.TWO_CLUSTERS_WITH_RANGES, EdgeModels.CLASHING_AGENTS)) {
            for (ExportChoice choice : ExportChoice.values()) {
                for (VClusterEdition edition : VClusterEdition.values()) {
                    cases.add(Arguments.of(model, choice, edition, PolicyFlavour.KUBERNETES));
                }
                cases.add(Arguments.of(model, choice, VClusterEdition.OPEN_SOURCE, PolicyFlavour.CILIUM));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}, {2}, {3}")
    @MethodSource("exports")
    void everyCustomResourceIsAcceptedByItsCrd(String name, ExportChoice choice, VClusterEdition edition,
                                               PolicyFlavour policies) throws Exception {
        ExportBundle bundle = ExportTarget.K8S.exporter().export(new Analyzer(ReferenceData.bundled()).analyze(model(name)),
                ExportSettings.of(choice).withEdition(edition).withPolicies(policies), f -> { });
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, ExportFile> file : bundle.files().entrySet()) {
            if (!file.getKey().endsWith(".yaml") || file.getKey().endsWith("vcluster.yaml")) {
                continue;
            }
            for (JsonNode object : documents(file.getValue().text())) {
                String apiVersion = object.path("apiVersion").asText();
                if (CustomResourceSchemas.builtIn(apiVersion)) {
                    continue;
                }
                checked++;
                schemas.problems(object).forEach(p -> problems.add(file.getKey() + ": " + object.path("kind").asText() + " "
                        + object.at("/metadata/name").asText() + ": " + p));
            }
        }
        assertThat(checked).as("custom resources and kustomizations checked").isPositive();
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckRefusesWhatTheApiServerRefuses() throws Exception {
        JsonNode release = YAML.readTree("""
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata: {name: r, namespace: n}
                spec:
                  interval: 10m
                  releaseName: northwind-traders-international-holdings-analytics-platform-team
                  chart: {spec: {chart: vcluster, sourceRef: {kind: HelmRepository, name: loft}}}
                  colour: blue
                """);
        JsonNode neither = YAML.readTree("""
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata: {name: r, namespace: n}
                spec: {interval: 10m}
                """);
        JsonNode deprecated = YAML.readTree("""
                apiVersion: extensions.agents.x-k8s.io/v1alpha1
                kind: SandboxWarmPool
                metadata: {name: w, namespace: n}
                spec: {replicas: 1, sandboxTemplateRef: {name: t}}
                """);
        JsonNode unknownKind = YAML.readTree("""
                apiVersion: projectcalico.org/v3
                kind: NetworkPolicy
                metadata: {name: p, namespace: n}
                """);
        JsonNode badFqdn = YAML.readTree("""
                apiVersion: cilium.io/v2
                kind: CiliumNetworkPolicy
                metadata: {name: p, namespace: n}
                spec:
                  endpointSelector: {matchLabels: {app: x}}
                  egress: [{toFQDNs: [{matchName: "api.example.com/v1"}], toPorts: [{ports: [{port: "443", protocol: HTTPS}]}]}]
                """);

        assertThat(String.join("\n", schemas.problems(release))).contains("releaseName").contains("colour");
        assertThat(schemas.problems(neither)).anySatisfy(p -> assertThat(p).contains("either chart or chartRef must be set"));
        assertThat(schemas.problems(deprecated)).anySatisfy(p -> assertThat(p).contains("deprecated"));
        assertThat(schemas.problems(unknownKind)).anySatisfy(p -> assertThat(p).contains("no CRD"));
        assertThat(String.join("\n", schemas.problems(badFqdn))).contains("matchName").contains("protocol");
    }

    /** A vCluster tenant whose name makes a 62-character label, and one whose name is mostly punctuation. */
    private static Model longNames() {
        TestModels b = TestModels.builder();
        ElementId prod = b.environment("production-environment-with-a-long-name", EnvironmentKind.PROD, Criticality.HIGH);
        ElementId cluster = b.cluster(prod, "shared-cluster", Provider.EKS);
        b.pool(cluster, "pool", 16, 64, 1, 20);
        ElementId longTenant = b.put(new Tenant(ElementId.of("tenant-long"),
                "Northwind Traders International Holdings Analytics Platform Team", cluster, TenantKind.EXTERNAL_CUSTOMER,
                "northwind-owners", new ResourceDemand(2, 4, 4, 20), Map.of(), TenancyOption.VCLUSTER)).id();
        ElementId hostile = b.put(new Tenant(ElementId.of("tenant-hostile"), "../<script>\"quoted\" 'tenant'; DROP", cluster,
                TenantKind.UNTRUSTED_CODE, "hostile-owners", new ResourceDemand(1, 1, 1, 0), Map.of(), TenancyOption.VCLUSTER)).id();
        b.put(new Agent(ElementId.of("agent-long"), "An Agent With A Remarkably Long Descriptive Name For Its Sandbox Pool",
                longTenant, TrustLevel.UNTRUSTED, SandboxRuntime.GVISOR, 3, 2, 0.5, 1, Egress.NONE, false, List.of(), true, 500));
        b.put(new Agent(ElementId.of("agent-hostile"), "$(rm -rf /) ${jndi:ldap://x}", hostile, TrustLevel.UNTRUSTED,
                SandboxRuntime.GVISOR, 1, 1, 0.25, 0.5, Egress.OPEN, false, List.of(), true, 500));
        return b.build();
    }

    private static Model model(String name) throws Exception {
        if (name.equals(LONG_NAMES)) {
            return longNames();
        }
        if (name.startsWith("edge:")) {
            return EdgeModels.build(name);
        }
        return new ModelReader().read(Path.of("sample-models", name + ".bulkhead.json"));
    }

    private static List<JsonNode> documents(String yaml) throws Exception {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(yaml)) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(documents::add);
        }
        return documents;
    }
}

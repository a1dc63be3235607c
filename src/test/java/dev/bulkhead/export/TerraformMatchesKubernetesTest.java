package dev.bulkhead.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.bulkhead.model.Model;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Terraform export's tenants and the Kubernetes export of the same model and option describe the same
 * namespaces, quotas, limit ranges, service accounts, roles, bindings, NetworkPolicies and vCluster values: read
 * back from the two exports' files (HCL parsed by OpenRewrite, YAML by Jackson) and compared field by field in
 * Kubernetes' own field names.
 */
class TerraformMatchesKubernetesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"workshop-starter", "internal-platform", "ai-agent-saas"})
    void bothExportsDescribeTheSameTenants(String sample) throws Exception {
        Model model = Exports.sample(sample);
        for (ExportChoice choice : ExportChoice.values()) {
            for (LayoutChoice layout : List.of(LayoutChoice.DIRECTORIES, LayoutChoice.WORKSPACES)) {
                ExportBundle terraform = Exports.terraform(model, ExportSettings.of(choice).withLayout(layout));
                ExportBundle kubernetes = Exports.k8s(model, choice);
                Map<String, JsonNode> expected = tenantsOf(kubernetes);
                Map<String, JsonNode> actual = tenantsOf(terraform);
                assertThat(actual.keySet()).as("%s %s %s: namespaces", sample, choice, layout).isEqualTo(expected.keySet());
                expected.forEach((namespace, objects) -> assertThat(actual.get(namespace))
                        .as("%s %s %s: namespace %s", sample, choice, layout, namespace).isEqualTo(objects));
            }
        }
    }

    @Test
    void aChangedQuotaIsNoticed() throws Exception {
        ExportBundle kubernetes = Exports.k8s(Exports.sample("workshop-starter"), ExportChoice.NAMESPACE);
        Map<String, JsonNode> tenants = tenantsOf(kubernetes);
        String path = kubernetes.files().keySet().stream().filter(p -> p.endsWith("/guard-rails.yaml")).findFirst().orElseThrow();
        TreeMap<String, ExportFile> files = new TreeMap<>(kubernetes.files());
        files.put(path, ExportFile.text(kubernetes.file(path).replace("pods: \"", "pods: \"1")));
        assertThat(tenantsOf(new ExportBundle(files, List.of()))).isNotEqualTo(tenants);
    }

    /** Each tenant namespace's objects as the Kubernetes export writes them, by namespace, in Kubernetes' field names. */
    private static Map<String, JsonNode> tenantsOf(ExportBundle bundle) throws Exception {
        return bundle.files().keySet().stream().anyMatch(p -> p.endsWith(".tf")) ? fromTerraform(bundle) : fromKubernetes(bundle);
    }

    private static Map<String, JsonNode> fromKubernetes(ExportBundle bundle) throws Exception {
        Map<String, JsonNode> tenants = new TreeMap<>();
        for (String path : bundle.files().keySet()) {
            if (!path.endsWith("/guard-rails.yaml") || path.contains("/inside/")) {
                continue;
            }
            String dir = path.substring(0, path.lastIndexOf('/'));
            ObjectNode tenant = JSON.createObjectNode();
            List<JsonNode> objects = documents(bundle.file(path));
            objects.addAll(documents(bundle.file(dir + "/network-policies.yaml")));
            List<JsonNode> policies = new ArrayList<>();
            for (JsonNode object : objects) {
                ObjectNode copy = object.deepCopy();
                copy.remove("apiVersion");
                String kind = copy.remove("kind").asText();
                ((ObjectNode) copy.get("metadata")).remove("namespace");
                if (kind.equals("NetworkPolicy")) {
                    policies.add(copy);
                } else {
                    tenant.set(kind, copy);
                }
            }
            tenant.set("NetworkPolicy", JSON.valueToTree(policies));
            if (bundle.files().containsKey(dir + "/vcluster.yaml")) {
                tenant.put("vcluster.yaml", bundle.file(dir + "/vcluster.yaml"));
            }
            String namespace = tenant.get("Namespace").get("metadata").get("name").asText();
            assertThat(tenants.put(namespace, tenant)).as("namespace %s exported twice", namespace).isNull();
        }
        return tenants;
    }

    private static Map<String, JsonNode> fromTerraform(ExportBundle bundle) {
        Map<String, JsonNode> tenants = new TreeMap<>();
        Map<String, String> valuesByNamespaceModule = new HashMap<>();
        TerraformFiles.of(bundle).forEach((path, blocks) -> {
            if (!path.endsWith("/main.tf") && !path.equals("main.tf") || path.startsWith("modules/")) {
                return;
            }
            String root = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
            for (TerraformFiles.Block block : blocks) {
                String source = String.valueOf(block.attributes().get("source"));
                if (block.type().equals("module") && source.endsWith("/tenant-vcluster")) {
                    String module = ((TerraformFiles.Expr) block.attributes().get("namespace")).source()
                            .replace("module.", "").replace("[0]", "").replace(".namespace", "");
                    String file = ((TerraformFiles.Expr) block.attributes().get("values_file")).source()
                            .replace("\"${path.module}/", "").replace("\"", "");
                    valuesByNamespaceModule.put(root + module, bundle.file(root + file));
                }
            }
            for (TerraformFiles.Block block : blocks) {
                if (!block.type().equals("module") || !String.valueOf(block.attributes().get("source")).endsWith("/tenant-namespace")) {
                    continue;
                }
                ObjectNode tenant = JSON.createObjectNode();
                Map<String, String> kinds = Map.of("namespace", "Namespace", "resource_quota", "ResourceQuota",
                        "limit_range", "LimitRange", "default_service_account", "ServiceAccount", "role", "Role",
                        "role_binding", "RoleBinding");
                kinds.forEach((input, kind) -> {
                    ObjectNode object = (ObjectNode) camelCase(block.attributes().get(input), "");
                    ((ObjectNode) object.get("metadata")).remove("namespace");
                    tenant.set(kind, object);
                });
                List<JsonNode> policies = new ArrayList<>();
                for (Object policy : (List<?>) block.attributes().get("network_policies")) {
                    ObjectNode object = (ObjectNode) camelCase(policy, "");
                    ((ObjectNode) object.get("metadata")).remove("namespace");
                    policies.add(object);
                }
                tenant.set("NetworkPolicy", JSON.valueToTree(policies));
                String values = valuesByNamespaceModule.get(root + block.labels().get(0));
                if (values != null) {
                    tenant.put("vcluster.yaml", values);
                }
                String namespace = tenant.get("Namespace").get("metadata").get("name").asText();
                assertThat(tenants.put(namespace, tenant)).as("namespace %s exported twice", namespace).isNull();
            }
        });
        return tenants;
    }

    /** An HCL value back in Kubernetes' field names (snake_case to camelCase; label and quota keys kept). */
    private static JsonNode camelCase(Object value, String field) {
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = JSON.createObjectNode();
            boolean data = List.of("labels", "annotations", "matchLabels", "hard", "default", "defaultRequest", "max", "min")
                    .contains(field);
            map.forEach((key, inner) -> {
                String name = data ? String.valueOf(key) : camel(String.valueOf(key));
                object.set(name, camelCase(inner, name));
            });
            return object;
        }
        if (value instanceof List<?> list) {
            return JSON.valueToTree(list.stream().map(item -> camelCase(item, field)).toList());
        }
        return JSON.valueToTree(value);
    }

    private static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static List<JsonNode> documents(String yaml) throws Exception {
        List<JsonNode> documents = new ArrayList<>();
        try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(yaml)) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(node -> {
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    documents.add(node);
                }
            });
        }
        return documents;
    }
}

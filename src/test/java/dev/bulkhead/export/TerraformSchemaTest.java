package dev.bulkhead.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every module input, node-pool key, resource argument and provider setting the Terraform export writes exists in
 * the pinned version, per the shared tf-schema.json (extracted from the modules' and providers' own sources): an
 * input that is not listed there does not exist in that version. Readonly arguments are refused, required ones
 * demanded, and values with a documented set (sku_tier, os_sku, workload_runtime) must be in it.
 */
class TerraformSchemaTest {
    private static final Path SCHEMA = Path.of("../shared/schemas/terraform/tf-schema.json");
    private static final Set<String> META = Set.of("source", "version", "providers", "count", "for_each", "depends_on",
            "provider", "lifecycle");
    private static JsonNode schema;

    @BeforeAll
    static void load() throws Exception {
        boolean required = System.getenv("BULKHEAD_REQUIRE_VALIDATORS") != null;
        if (required) {
            assertThat(SCHEMA).as("the shared Terraform schema is required here").exists();
        }
        assumeTrue(Files.exists(SCHEMA), "tf-schema.json missing: skipped");
        schema = new ObjectMapper().readTree(SCHEMA.toFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"workshop-starter", "internal-platform", "ai-agent-saas"})
    void everyInputAndArgumentExistsInThePinnedVersion(String sample) throws Exception {
        for (ExportChoice choice : ExportChoice.values()) {
            for (LayoutChoice layout : List.of(LayoutChoice.DIRECTORIES, LayoutChoice.WORKSPACES)) {
                for (TenantsMode mode : TenantsMode.values()) {
                    ExportBundle bundle = Exports.terraform(Exports.sample(sample),
                            ExportSettings.of(choice).withLayout(layout).withTenants(mode));
                    List<String> problems = problems(TerraformFiles.of(bundle));
                    assertThat(problems).as("%s %s %s %s", sample, choice, layout, mode).isEmpty();
                }
            }
        }
    }

    @Test
    void aRenamedInputIsCaught() {
        // v20's cluster_name became name in v21: the check must know that.
        List<TerraformFiles.Block> file = TerraformFiles.parse("main.tf", """
                module "eks" {
                  source       = "terraform-aws-modules/eks/aws"
                  cluster_name = "x"
                }
                resource "kubernetes_namespace_v1" "this" {
                  metadata {
                    uid = "x"
                  }
                }
                """);
        assertThat(problems(Map.of("modules/cluster-eks/main.tf", file)))
                .anyMatch(p -> p.contains("cluster_name")).anyMatch(p -> p.contains("uid"));
    }

    static List<String> problems(Map<String, List<TerraformFiles.Block>> files) {
        List<String> problems = new ArrayList<>();
        String gkePath = files.getOrDefault("modules/cluster-gke/main.tf", List.of()).stream()
                .map(b -> String.valueOf(b.attributes().get("source"))).filter(s -> s.contains("//"))
                .map(s -> s.substring(s.indexOf("//") + 2)).findFirst().orElse("");
        files.forEach((path, blocks) -> {
            for (TerraformFiles.Block block : blocks) {
                String where = path + ": " + block.type() + " " + block.labels();
                switch (block.type()) {
                    case "resource" -> resource(block, where, problems);
                    case "module" -> module(block, where, gkePath, problems);
                    case "provider" -> provider(block, where, problems);
                    default -> { }
                }
            }
        });
        return problems;
    }

    private static void resource(TerraformFiles.Block block, String where, List<String> problems) {
        String type = block.labels().get(0);
        // The namespace's default ServiceAccount has its own resource, whose arguments are the ServiceAccount's.
        String documented = type.equals("kubernetes_default_service_account_v1") ? "kubernetes_service_account_v1" : type;
        JsonNode args = null;
        for (JsonNode provider : schema.get("providers")) {
            for (JsonNode version : provider.get("versions")) {
                if (version.get("resources").has(documented) && isPinned(version)) {
                    args = version.get("resources").get(documented).get("args");
                }
            }
        }
        if (args == null) {
            problems.add(where + ": no such resource in the pinned providers");
            return;
        }
        body(block, args, where, problems);
    }

    /** The versions the export pins: azurerm 4.x, kubernetes 3.x, helm 3.x. */
    private static boolean isPinned(JsonNode version) {
        String v = version.get("source").get("version").asText();
        return v.startsWith("4.") || v.startsWith("3.");
    }

    private static void body(TerraformFiles.Block block, JsonNode args, String where, List<String> problems) {
        List<String> present = new ArrayList<>(block.attributes().keySet());
        for (Map.Entry<String, Object> attribute : block.attributes().entrySet()) {
            String name = attribute.getKey();
            if (META.contains(name)) {
                continue;
            }
            JsonNode arg = args.get(name);
            if (arg == null || !arg.get("kind").asText().equals("attr")) {
                problems.add(where + ": no argument " + name);
            } else if (arg.path("readonly").asBoolean()) {
                problems.add(where + ": " + name + " is read-only");
            } else {
                allowed(arg, attribute.getValue(), where + "." + name, problems);
            }
        }
        for (TerraformFiles.Block nested : block.blocks()) {
            boolean dynamic = nested.type().equals("dynamic");
            String name = dynamic ? nested.labels().get(0) : nested.type();
            present.add(name);
            JsonNode arg = args.get(name);
            if (arg == null || !arg.get("kind").asText().equals("block")) {
                problems.add(where + ": no block " + name);
                continue;
            }
            body(dynamic ? nested.child("content") : nested, arg.path("nested"), where + "." + name, problems);
        }
        args.fields().forEachRemaining(arg -> {
            if (arg.getValue().path("required").asBoolean() && !present.contains(arg.getKey())) {
                problems.add(where + ": required " + arg.getKey() + " missing");
            }
        });
    }

    /** A literal must be one of the documented values; a list of objects must use only the nested attributes. */
    private static void allowed(JsonNode arg, Object value, String where, List<String> problems) {
        if (value instanceof String text && arg.has("values")) {
            List<String> values = new ArrayList<>();
            arg.get("values").forEach(v -> values.add(v.asText()));
            if (!values.contains(text)) {
                problems.add(where + ": '" + text + "' is not one of " + values);
            }
        }
        if (value instanceof List<?> items && arg.has("nested")) {
            items.forEach(item -> keys(item, arg.get("nested"), where, problems));
        }
        if (value instanceof Map<?, ?> && arg.has("nested")) {
            keys(value, arg.get("nested"), where, problems);
        }
    }

    private static void keys(Object value, JsonNode nested, String where, List<String> problems) {
        if (!(value instanceof Map<?, ?> map)) {
            return;
        }
        map.forEach((key, inner) -> {
            JsonNode arg = nested.get(String.valueOf(key));
            if (arg == null) {
                problems.add(where + ": no attribute " + key);
            } else {
                allowed(arg, inner, where + "." + key, problems);
            }
        });
    }

    private static void module(TerraformFiles.Block block, String where, String gkePath, List<String> problems) {
        String source = String.valueOf(block.attributes().get("source"));
        JsonNode modules = schema.get("modules");
        if (source.startsWith("terraform-aws-modules/eks/aws")) {
            inputs(block, modules.get("terraform-aws-modules/eks/aws").get("paths").get(""), where, problems);
        } else if (source.startsWith("terraform-google-modules/kubernetes-engine/google")) {
            String path = source.contains("//") ? source.substring(source.indexOf("//") + 2) : "";
            inputs(block, modules.get("terraform-google-modules/kubernetes-engine/google").get("paths").get(path), where, problems);
        } else if (source.endsWith("/cluster-eks")) {
            JsonNode keys = modules.get("terraform-aws-modules/eks/aws").get("paths").get("").get("eks_managed_node_groups_keys");
            ((Map<?, ?>) block.attributes().get("node_groups")).values()
                    .forEach(group -> listed((Map<?, ?>) group, keys, where + " node group", problems));
        } else if (source.endsWith("/cluster-gke")) {
            JsonNode module = modules.get("terraform-google-modules/kubernetes-engine/google").get("paths").get(gkePath);
            ((List<?>) block.attributes().get("node_pools"))
                    .forEach(pool -> listed((Map<?, ?>) pool, module.get("node_pools_keys"), where + " node pool", problems));
            ((Map<?, ?>) block.attributes().get("node_pools_taints")).values().forEach(taints -> ((List<?>) taints)
                    .forEach(t -> listed((Map<?, ?>) t, module.get("node_pools_taints_keys"), where + " taint", problems)));
        } else if (source.endsWith("/cluster-aks")) {
            JsonNode cluster = aks("azurerm_kubernetes_cluster");
            allowed(cluster.get("sku_tier"), block.attributes().get("sku_tier"), where + " sku_tier", problems);
            JsonNode pool = aks("azurerm_kubernetes_cluster_node_pool");
            ((Map<?, ?>) block.attributes().get("node_pools")).values().forEach(p -> {
                Map<?, ?> settings = (Map<?, ?>) p;
                allowed(pool.get("os_sku"), settings.get("os_sku"), where + " os_sku", problems);
                allowed(pool.get("workload_runtime"), settings.get("workload_runtime"), where + " workload_runtime", problems);
            });
        }
    }

    private static JsonNode aks(String resource) {
        return schema.get("providers").get("hashicorp/azurerm").get("versions").get("4.81.0").get("resources").get(resource)
                .get("args");
    }

    private static void inputs(TerraformFiles.Block block, JsonNode module, String where, List<String> problems) {
        JsonNode variables = module.get("variables");
        block.attributes().forEach((name, value) -> {
            if (!META.contains(name) && !variables.has(name)) {
                problems.add(where + ": no input " + name + " in the pinned module");
            } else if (variables.has(name)) {
                typed(value, variables.get(name).get("type"), where + "." + name, problems);
            }
        });
    }

    /** Object keys checked against the module's type constraint, where the type says what they may be. */
    private static void typed(Object value, JsonNode type, String where, List<String> problems) {
        if (type == null || value instanceof TerraformFiles.Expr) {
            return;
        }
        switch (type.path("t").asText()) {
            case "object" -> {
                if (value instanceof Map<?, ?> map) {
                    map.forEach((key, inner) -> {
                        JsonNode attr = type.get("attrs").get(String.valueOf(key));
                        if (attr == null) {
                            problems.add(where + ": no attribute " + key);
                        } else {
                            typed(inner, attr.get("type"), where + "." + key, problems);
                        }
                    });
                }
            }
            case "map" -> {
                if (value instanceof Map<?, ?> map) {
                    map.values().forEach(inner -> typed(inner, type.get("elem"), where, problems));
                }
            }
            case "list", "set" -> {
                if (value instanceof List<?> list) {
                    list.forEach(inner -> typed(inner, type.get("elem"), where, problems));
                }
            }
            default -> { }
        }
    }

    private static void listed(Map<?, ?> entry, JsonNode keys, String where, List<String> problems) {
        List<String> known = new ArrayList<>();
        keys.forEach(k -> known.add(k.asText()));
        entry.keySet().forEach(key -> {
            if (!known.contains(String.valueOf(key))) {
                problems.add(where + ": no key " + key);
            }
        });
    }

    private static void provider(TerraformFiles.Block block, String where, List<String> problems) {
        if (block.labels().get(0).equals("helm")) {
            JsonNode config = schema.get("providers").get("hashicorp/helm").get("versions").get("3.1.2").get("provider_config")
                    .get("args");
            block.attributes().forEach((name, value) -> {
                if (!name.equals("alias") && !config.has(name)) {
                    problems.add(where + ": no setting " + name);
                } else if (config.has(name)) {
                    allowed(config.get(name), value, where + "." + name, problems);
                }
            });
        }
    }
}

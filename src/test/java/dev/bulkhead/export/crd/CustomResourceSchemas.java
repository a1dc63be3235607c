package dev.bulkhead.export.crd;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CustomResourceDefinitions in ../shared/schemas/crds (and schemas derived by hand, with their provenance,
 * for kinds not vendored there yet), indexed by apiVersion and kind, checking objects
 * the way the API server does with strict field validation: the {@code openAPIV3Schema} of the object's
 * version (unknown fields refused wherever the schema does not preserve them, required fields, types, enums,
 * lengths, patterns), its {@code x-kubernetes-validations} CEL rules ({@link CelRules}), the object's name as a
 * DNS subdomain, and the version's status in the CRD (served, not deprecated).
 */
final class CustomResourceSchemas {
    /** API groups Kubernetes serves itself; everything else an export writes must have a CRD here. */
    static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "policy", "autoscaling", "rbac.authorization.k8s.io",
            "networking.k8s.io", "node.k8s.io", "admissionregistration.k8s.io", "storage.k8s.io", "scheduling.k8s.io",
            "coordination.k8s.io", "discovery.k8s.io");
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One served version of a kind. */
    record Version(JsonSchema schema, JsonNode openApi, boolean served, boolean deprecated, String warning) {
    }

    private final Map<String, Version> versions = new HashMap<>();

    /** Reads every vendored CRD listed in {@code index.json}, and kustomize's derived Kustomization schema. */
    static CustomResourceSchemas load(Path crds) throws IOException {
        CustomResourceSchemas schemas = new CustomResourceSchemas();
        JsonNode index = JSON.readTree(crds.resolve("index.json").toFile());
        JsonSchemaFactory draft4 = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        for (JsonNode kind : index.get("kinds")) {
            if (kind.get("vendored").isNull()) {
                continue;
            }
            JsonNode crd = YAML.readTree(crds.resolve(kind.get("vendored").asText()).toFile());
            String group = crd.at("/spec/group").asText();
            for (JsonNode version : crd.at("/spec/versions")) {
                JsonNode openApi = version.at("/schema/openAPIV3Schema");
                JsonSchema schema = draft4.getSchema(toJsonSchema(openApi));
                schemas.versions.put(key(group + "/" + version.get("name").asText(), crd.at("/spec/names/kind").asText()),
                        new Version(schema, openApi, version.path("served").asBoolean(), version.path("deprecated").asBoolean(),
                                version.path("deprecationWarning").asText("")));
            }
        }
        schemas.derived("kustomize.config.k8s.io/v1beta1", "Kustomization",
                crds.resolve("kustomize/kustomization.v1beta1.derived.json"));
        // Not in the shared folder yet: derived here, with its provenance beside it.
        schemas.derived("cilium.io/v2", "CiliumNetworkPolicy",
                Path.of("src/test/resources/crds/cilium/ciliumnetworkpolicy.v2.derived.json"));
        return schemas;
    }

    /** A hand-derived draft-07 schema of a kind (documented in a PROVENANCE.md beside it). */
    private void derived(String apiVersion, String kind, Path schema) throws IOException {
        versions.put(key(apiVersion, kind), new Version(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(JSON.readTree(schema.toFile())), null, true, false, ""));
    }

    /** Whether Kubernetes serves this apiVersion itself (so no CRD is needed). */
    static boolean builtIn(String apiVersion) {
        return BUILT_IN_GROUPS.contains(apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "");
    }

    /** What is wrong with one custom resource (or Kustomization), as the API server would say it; empty when nothing. */
    List<String> problems(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        Version version = versions.get(key(apiVersion, kind));
        if (version == null) {
            return List.of(apiVersion + " " + kind + ": no CRD to check it against; add the CRD to ../shared/schemas/crds "
                    + "with its provenance");
        }
        List<String> problems = new ArrayList<>();
        if (!version.served()) {
            problems.add(apiVersion + " " + kind + " is not served by its CRD");
        }
        if (version.deprecated()) {
            problems.add(apiVersion + " " + kind + " is deprecated: " + version.warning());
        }
        version.schema().validate(object).forEach(message -> problems.add(message.getMessage()));
        if (version.openApi() != null) {
            String name = object.at("/metadata/name").asText();
            if (name.length() > 253 || !DNS_SUBDOMAIN.matcher(name).matches()) {
                problems.add("metadata.name '" + name + "' is not a DNS subdomain");
            }
            problems.addAll(CelRules.check(version.openApi(), object, "$"));
        }
        return problems;
    }

    private static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }

    /**
     * An OpenAPI v3 structural schema as a draft-4 JSON Schema with the API server's meaning: objects with
     * properties refuse other fields unless they preserve unknown fields, int-or-string takes both, nullable
     * takes null. Kubernetes' own keywords are dropped once applied.
     */
    static JsonNode toJsonSchema(JsonNode openApi) {
        ObjectNode schema = openApi.deepCopy();
        convert(schema);
        return schema;
    }

    private static void convert(ObjectNode schema) {
        boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            schema.remove("type");
            ArrayNode anyOf = schema.putArray("anyOf");
            anyOf.addObject().put("type", "integer");
            anyOf.addObject().put("type", "string");
        }
        if (schema.path("nullable").asBoolean(false) && schema.has("type")) {
            ArrayNode types = JsonNodeFactory.instance.arrayNode().add(schema.get("type").asText()).add("null");
            schema.set("type", types);
        }
        if (schema.has("properties") && !schema.has("additionalProperties") && !preserve) {
            schema.put("additionalProperties", false);
        }
        // Formats such as int64 or date-time are not draft-4 formats; the types already constrain the values.
        schema.remove("format");
        for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.startsWith("x-kubernetes-") || name.equals("nullable")) {
                names.remove();
            }
        }
        schema.path("properties").forEach(child -> convert((ObjectNode) child));
        if (schema.path("items").isObject()) {
            convert((ObjectNode) schema.get("items"));
        }
        if (schema.path("additionalProperties").isObject()) {
            convert((ObjectNode) schema.get("additionalProperties"));
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            schema.path(combinator).forEach(child -> convert((ObjectNode) child));
        }
    }
}

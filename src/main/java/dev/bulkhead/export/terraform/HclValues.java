package dev.bulkhead.export.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the fabric8 objects the Kubernetes export writes into HCL object values with the Kubernetes provider's
 * field names ({@code snake_case}), so the Terraform export passes the very same content to its modules.
 * {@code apiVersion} and {@code kind} are left out (the resource type says them); the keys of label maps,
 * quotas and limits are data, not field names, and are kept as they are.
 * <p>
 * The objects the tenant modules take are read field by field ({@link DirectHclValues}), which is several times
 * faster than serialising them into a Jackson tree; anything else, or any object with a field that reader does
 * not know, goes through the tree ({@link #viaJackson}), which defines the result.
 */
final class HclValues {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Fields whose value is a map from free-form keys (label keys, resource names) to strings. */
    private static final Set<String> STRING_MAPS = Set.of("labels", "annotations", "matchLabels", "hard", "default",
            "defaultRequest", "max", "min", "maxLimitRequestRatio", "nodeSelector");

    private HclValues() {
    }

    /** A Kubernetes object (or any part of one) as an HCL object. */
    static Hcl.Obj of(Object kubernetesObject) {
        Hcl.Obj direct = DirectHclValues.of(kubernetesObject);
        return direct != null ? direct : viaJackson(kubernetesObject);
    }

    /** The same through Jackson's tree of the object, as its YAML would be written: the reference for {@link DirectHclValues}. */
    static Hcl.Obj viaJackson(Object kubernetesObject) {
        ObjectNode tree = MAPPER.valueToTree(kubernetesObject);
        tree.remove("apiVersion");
        tree.remove("kind");
        return object(tree);
    }

    private static Hcl.Obj object(JsonNode node) {
        Hcl.Obj object = new Hcl.Obj();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                continue;
            }
            if (STRING_MAPS.contains(field.getKey()) && field.getValue().isObject()) {
                // Sorted: the builders fill some of these from Map.of, whose order changes from run to run.
                TreeMap<String, String> entries = new TreeMap<>();
                field.getValue().fields().forEachRemaining(e -> entries.put(e.getKey(), e.getValue().asText()));
                object.put(snakeCase(field.getKey()), Hcl.stringMap(entries));
            } else {
                object.put(snakeCase(field.getKey()), value(field.getValue()));
            }
        }
        return object;
    }

    private static Hcl.Value value(JsonNode node) {
        if (node.isObject()) {
            return object(node);
        }
        if (node.isArray()) {
            List<Hcl.Value> items = new ArrayList<>();
            node.forEach(item -> items.add(value(item)));
            return Hcl.list(items);
        }
        if (node.isNumber() || node.isBoolean()) {
            return Hcl.raw(node.asText());
        }
        return Hcl.str(node.asText());
    }

    /** {@code matchLabels} to {@code match_labels}, as the Kubernetes provider names fields. */
    static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package dev.bulkhead.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulkhead.model.ValueRange;
import dev.bulkhead.model.ValueRanges;
import dev.bulkhead.testing.FileRanges;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON Schema states the same range for every number as the reader enforces ({@link ValueRanges}). */
class ModelSchemaRangesTest {
    private static final JsonNode SCHEMA = read();

    @Test
    void everyNumberInTheSchemaHasTheReadersRange() {
        Map<String, JsonNode> numbers = numbersOf(SCHEMA);

        assertThat(numbers).as("numbers the schema documents").hasSizeGreaterThan(40);
        numbers.forEach((path, schema) -> {
            Optional<ValueRange> range = FileRanges.at(path);
            assertThat(range).as("the reader's range for %s", path).isPresent();
            assertThat(bounds(schema)).as("the schema's range of %s", path).isEqualTo(bounds(range.get()));
        });
    }

    @Test
    void everyRangeOfTheReaderIsInTheSchema() {
        Map<String, JsonNode> numbers = numbersOf(SCHEMA);

        FileRanges.BY_PATH.forEach((pattern, range) -> assertThat(numbers.keySet().stream()
                .anyMatch(path -> FileRanges.at(path).filter(r -> r == range).isPresent()))
                .as("the schema documents %s", pattern).isTrue());
        List<ValueRange> placed = new ArrayList<>(FileRanges.BY_PATH.values());
        assertThat(placed).as("every range has a place in the file").containsAll(ValueRanges.FIELDS)
                .containsAll(ValueRanges.assumptionRanges().values());
    }

    /** What a schema says about a number: whole or not, and its bounds. */
    private static String bounds(JsonNode schema) {
        boolean exclusive = schema.has("exclusiveMinimum");
        return schema.path("type").asText() + " " + (exclusive ? "(" : "[")
                + schema.path(exclusive ? "exclusiveMinimum" : "minimum").asDouble(Double.NaN) + ", "
                + schema.path("maximum").asDouble(Double.NaN) + "]";
    }

    private static String bounds(ValueRange range) {
        return (range.whole() ? "integer" : "number") + " " + (range.minExclusive() ? "(" : "[") + range.min() + ", "
                + range.max() + "]";
    }

    /** Every number the schema describes, by path such as {@code tenants[].demand.cpu}. */
    private static Map<String, JsonNode> numbersOf(JsonNode schema) {
        Map<String, JsonNode> numbers = new LinkedHashMap<>();
        walk(schema, "", numbers);
        return numbers;
    }

    private static void walk(JsonNode node, String path, Map<String, JsonNode> numbers) {
        JsonNode schema = resolve(node);
        String type = schema.path("type").asText();
        if (type.equals("number") || type.equals("integer")) {
            numbers.put(path, schema);
            return;
        }
        schema.path("properties").fields().forEachRemaining(e -> walk(e.getValue(), join(path, e.getKey()), numbers));
        if (schema.path("additionalProperties").isObject()) {
            walk(schema.get("additionalProperties"), join(path, "*"), numbers);
        }
        if (schema.has("items")) {
            // A scenario overlay holds the top level's fields, read by the same mapping: check them under their top-level paths.
            String items = path + "[]";
            walk(schema.get("items"), items.equals("scenarios.variants[]") ? "" : items, numbers);
        }
    }

    /** A schema with its {@code $ref} replaced by the definition, keeping keywords written beside it. */
    private static JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        ObjectNode merged = ((ObjectNode) resolve(SCHEMA.at(node.get("$ref").asText().substring(1)))).deepCopy();
        node.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("$ref")) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return merged;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(Path.of("assets/schema/bulkhead-model.schema.json").toFile());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.bulkhead.export.crd;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a CRD schema's {@code x-kubernetes-validations} rules on an object, each with {@code self} bound to
 * the value at the rule's place, as the API server does for every node that is present.
 */
final class CelRules {
    private static final CelCompiler COMPILER = CelCompilerFactory.standardCelCompilerBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS).addVar("self", SimpleType.DYN).build();
    private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().build();

    private CelRules() {
    }

    /** The messages of every rule that fails under {@code schema} at {@code value}. */
    static List<String> check(JsonNode schema, JsonNode value, String path) {
        List<String> problems = new ArrayList<>();
        for (JsonNode rule : schema.path("x-kubernetes-validations")) {
            try {
                CelAbstractSyntaxTree ast = COMPILER.compile(rule.get("rule").asText()).getAst();
                Object result = RUNTIME.createProgram(ast).eval(Map.of("self", toJava(value)));
                if (!Boolean.TRUE.equals(result)) {
                    problems.add(path + ": " + rule.path("message").asText(rule.get("rule").asText()));
                }
            } catch (Exception e) {
                problems.add(path + ": rule '" + rule.get("rule").asText() + "' could not be evaluated: " + e.getMessage());
            }
        }
        if (value.isObject()) {
            schema.path("properties").fields().forEachRemaining(property -> {
                if (value.has(property.getKey())) {
                    problems.addAll(check(property.getValue(), value.get(property.getKey()), path + "." + property.getKey()));
                }
            });
            if (schema.path("additionalProperties").isObject()) {
                value.fields().forEachRemaining(field -> problems.addAll(check(schema.get("additionalProperties"),
                        field.getValue(), path + "." + field.getKey())));
            }
        }
        if (value.isArray() && schema.path("items").isObject()) {
            for (int i = 0; i < value.size(); i++) {
                problems.addAll(check(schema.get("items"), value.get(i), path + "[" + i + "]"));
            }
        }
        return problems;
    }

    /** JSON as CEL's Java values: maps, lists, longs, doubles, strings, booleans. */
    private static Object toJava(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> map.put(field.getKey(), toJava(field.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(toJava(item)));
            return list;
        }
        if (node.isIntegralNumber()) {
            return node.asLong();
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return node.isNull() ? dev.cel.common.values.NullValue.NULL_VALUE : node.asText();
    }
}

package dev.bulkhead.testing;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulkhead.model.ValueRange;
import dev.bulkhead.testing.FileMutations.Mutation;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Damage to a model file's content rather than its bytes: a field replaced by an extreme, empty, wrong-typed
 * or hostile value, a field removed, a number set to the edge of its range or just beyond, or every number set
 * to its maximum at once. A file that no longer parses is left as it is.
 */
public final class TreeMutations {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> HOSTILE = List.of(
            NODES.numberNode(1e308), NODES.numberNode(-1e308), NODES.numberNode(Double.MAX_VALUE),
            NODES.numberNode(Double.MIN_VALUE), NODES.numberNode(-0.0), NODES.numberNode(0), NODES.numberNode(-1),
            NODES.numberNode(0.5), NODES.numberNode(Integer.MAX_VALUE), NODES.numberNode(2_147_483_648L),
            NODES.numberNode(Long.MIN_VALUE), NODES.numberNode(new BigInteger("1" + "0".repeat(40))),
            NODES.textNode(""), NODES.textNode(" "), NODES.textNode("x"), NODES.textNode("NaN"), NODES.textNode("-Infinity"),
            NODES.textNode("../../etc/passwd"), NODES.textNode("a".repeat(201)), NODES.textNode("A".repeat(64)),
            NODES.textNode("\u0000\u202e"), NODES.textNode("{tenant}{tenant}"), NODES.textNode("kube-system"),
            NODES.textNode("system:authenticated"), NODES.textNode("0.0.0.0/0"), NODES.textNode("\uD83D\uDE00"),
            NODES.textNode("tenant-payments"), NODES.nullNode(), NODES.booleanNode(true), NODES.arrayNode(),
            NODES.objectNode(), NODES.arrayNode().add(1).add("x"), NODES.objectNode().put("x", 1));

    /** Where in its range a number is set. */
    enum Edge { MIN, MAX, BELOW, ABOVE }

    private TreeMutations() {
    }

    /** One random content mutation; {@code pick} chooses the field among all of the file's, modulo their count. */
    public static Arbitrary<Mutation> any() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 100_000);
        Arbitrary<Mutation> replace = Combinators.combine(pick, Arbitraries.of(HOSTILE)).as(Replace::new);
        Arbitrary<Mutation> remove = pick.map(Remove::new);
        Arbitrary<Mutation> toEdge = Combinators.combine(pick, Arbitraries.of(Edge.class)).as(ToEdge::new);
        Arbitrary<Mutation> allAtMaximum = Arbitraries.just(new AllAtMaximum());
        return Arbitraries.frequencyOf(Tuple.of(4, replace), Tuple.of(1, remove), Tuple.of(4, toEdge), Tuple.of(1, allAtMaximum));
    }

    /** Replaces a field's value. */
    record Replace(int pick, JsonNode value) implements Mutation {
        @Override
        public byte[] apply(byte[] content) {
            return onTree(content, root -> {
                List<JsonPointer> all = pointers(root, p -> true);
                if (!all.isEmpty()) {
                    set(root, all.get(pick % all.size()), value);
                }
            });
        }
    }

    /** Removes a field or list entry. */
    record Remove(int pick) implements Mutation {
        @Override
        public byte[] apply(byte[] content) {
            return onTree(content, root -> {
                List<JsonPointer> all = pointers(root, p -> true);
                if (all.isEmpty()) {
                    return;
                }
                JsonPointer at = all.get(pick % all.size());
                JsonNode parent = root.at(at.head());
                if (parent instanceof ObjectNode object) {
                    object.remove(at.last().getMatchingProperty());
                } else if (parent instanceof ArrayNode array) {
                    array.remove(at.last().getMatchingIndex());
                }
            });
        }
    }

    /** Sets a number that has a range to its minimum, its maximum, or just outside either. */
    record ToEdge(int pick, Edge edge) implements Mutation {
        @Override
        public byte[] apply(byte[] content) {
            return onTree(content, root -> {
                List<JsonPointer> ranged = pointers(root, p -> rangeAt(p).isPresent());
                if (ranged.isEmpty()) {
                    return;
                }
                JsonPointer at = ranged.get(pick % ranged.size());
                ValueRange range = rangeAt(at).orElseThrow();
                double value = switch (edge) {
                    case MIN -> range.minExclusive() ? Math.nextUp(range.min()) : range.min();
                    case MAX -> range.max();
                    case BELOW -> range.minExclusive() ? range.min() : range.min() - 1;
                    case ABOVE -> range.whole() ? range.max() + 1 : Math.nextUp(range.max());
                };
                set(root, at, number(range, value));
            });
        }
    }

    /** Every number that has a range at its maximum: the largest model the loader accepts. */
    public record AllAtMaximum() implements Mutation {
        @Override
        public byte[] apply(byte[] content) {
            return onTree(content, root -> {
                for (JsonPointer at : pointers(root, p -> rangeAt(p).isPresent())) {
                    set(root, at, number(rangeAt(at).orElseThrow(), rangeAt(at).orElseThrow().max()));
                }
            });
        }
    }

    /** Applies a change to the parsed file and writes it back; a file that does not parse stays as it is. */
    private static byte[] onTree(byte[] content, java.util.function.Consumer<ObjectNode> change) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (IOException e) {
            return content;
        }
        if (root == null || !root.isObject()) {
            return content;
        }
        change.accept((ObjectNode) root);
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode number(ValueRange range, double value) {
        return range.whole() ? NODES.numberNode((long) value) : NODES.numberNode(value);
    }

    private static Optional<ValueRange> rangeAt(JsonPointer pointer) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            String segment = p.getMatchingProperty();
            if (p.getMatchingIndex() >= 0) {
                path.append('[').append(segment).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(segment);
            }
        }
        return FileRanges.at(path.toString());
    }

    /** Every value below the root, depth first, that {@code keep} accepts. */
    private static List<JsonPointer> pointers(JsonNode root, java.util.function.Predicate<JsonPointer> keep) {
        List<JsonPointer> found = new ArrayList<>();
        collect(root, JsonPointer.empty(), keep, found);
        return found;
    }

    private static void collect(JsonNode node, JsonPointer at, java.util.function.Predicate<JsonPointer> keep,
                                List<JsonPointer> found) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonPointer child = at.appendProperty(field.getKey());
                if (keep.test(child)) {
                    found.add(child);
                }
                collect(field.getValue(), child, keep, found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonPointer child = at.appendIndex(i);
                if (keep.test(child)) {
                    found.add(child);
                }
                collect(node.get(i), child, keep, found);
            }
        }
    }

    private static void set(ObjectNode root, JsonPointer at, JsonNode value) {
        JsonNode parent = root.at(at.head());
        if (parent instanceof ObjectNode object) {
            object.set(at.last().getMatchingProperty(), value);
        } else if (parent instanceof ArrayNode array) {
            array.set(at.last().getMatchingIndex(), value);
        }
    }
}

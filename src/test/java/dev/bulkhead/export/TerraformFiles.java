package dev.bulkhead.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openrewrite.Cursor;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.SourceFile;
import org.openrewrite.hcl.HclParser;
import org.openrewrite.hcl.tree.BodyContent;
import org.openrewrite.hcl.tree.Expression;
import org.openrewrite.hcl.tree.Hcl;
import org.openrewrite.hcl.tree.Label;

/**
 * The .tf files of a Terraform export, parsed by OpenRewrite's HCL parser (independent of Bulkhead's writer) into
 * plain blocks, attributes and values that tests can walk.
 */
final class TerraformFiles {
    /** A block: its type, labels, attributes (by name) and nested blocks, in file order. */
    record Block(String type, List<String> labels, Map<String, Object> attributes, List<Block> blocks) {
        Block child(String childType) {
            return blocks.stream().filter(b -> b.type().equals(childType)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + childType + " block in " + type + " " + labels));
        }
    }

    /** An expression that is not a plain value (a reference, a call): kept as its source text. */
    record Expr(String source) {
    }

    /** Parsed files by their text: the Terraform tests parse the same modules and roots many times over. */
    private static final Map<String, List<Block>> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private TerraformFiles() {
    }

    /** The file's top-level blocks; fails on a syntax error or when printing the tree back does not give the text. */
    static List<Block> parse(String path, String text) {
        List<SourceFile> parsed = HclParser.builder().build().parse(new InMemoryExecutionContext(e -> {
            throw new AssertionError(path + ": " + e.getMessage(), e);
        }), text).collect(Collectors.toList());
        if (parsed.size() != 1 || !(parsed.get(0) instanceof Hcl.ConfigFile file)) {
            throw new AssertionError(path + " does not parse as HCL: " + parsed);
        }
        if (!file.printAll().equals(text)) {
            throw new AssertionError(path + " parses only in part");
        }
        return blocks(file.getBody(), new Cursor(new Cursor(null, Cursor.ROOT_VALUE), file));
    }

    /** Every block of every .tf file in a bundle, by path. */
    static Map<String, List<Block>> of(ExportBundle bundle) {
        Map<String, List<Block>> files = new LinkedHashMap<>();
        bundle.files().forEach((path, file) -> {
            if (path.endsWith(".tf")) {
                files.put(path, PARSED.computeIfAbsent(file.text(), text -> parse(path, text)));
            }
        });
        return files;
    }

    private static List<Block> blocks(List<BodyContent> body, Cursor cursor) {
        List<Block> blocks = new ArrayList<>();
        for (BodyContent content : body) {
            if (content instanceof Hcl.Block block) {
                blocks.add(block(block, cursor));
            }
        }
        return blocks;
    }

    private static Block block(Hcl.Block block, Cursor cursor) {
        List<String> labels = new ArrayList<>();
        for (Label label : block.getLabels()) {
            labels.add(String.valueOf(value((Expression) label, cursor)));
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (BodyContent content : block.getBody()) {
            if (content instanceof Hcl.Attribute attribute) {
                attributes.put(key(attribute.getName(), cursor), value(attribute.getValue(), cursor));
            }
        }
        return new Block(block.getType() == null ? "" : block.getType().getName(), labels, attributes, blocks(block.getBody(), cursor));
    }

    /** A value as Java: objects as maps, tuples as lists, literals and plain strings as themselves. */
    static Object value(Expression expression, Cursor cursor) {
        if (expression instanceof Hcl.ObjectValue object) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Expression entry : object.getAttributes()) {
                Hcl.Attribute attribute = (Hcl.Attribute) entry;
                map.put(key(attribute.getName(), cursor), value(attribute.getValue(), cursor));
            }
            return map;
        }
        if (expression instanceof Hcl.Tuple tuple) {
            return tuple.getValues().stream().map(v -> value(v, cursor)).toList();
        }
        if (expression instanceof Hcl.Literal literal) {
            return literal.getValue();
        }
        if (expression instanceof Hcl.QuotedTemplate template) {
            if (template.getExpressions().isEmpty()) {
                return "";
            }
            if (template.getExpressions().size() == 1 && template.getExpressions().get(0) instanceof Hcl.Literal literal) {
                return literal.getValue();
            }
        }
        String source = expression.printTrimmed(cursor);
        if (source.equals("true") || source.equals("false")) {
            return Boolean.valueOf(source);
        }
        return new Expr(source);
    }

    private static String key(Expression name, Cursor cursor) {
        if (name instanceof Hcl.Identifier identifier) {
            return identifier.getName();
        }
        if (name instanceof Hcl.VariableExpression variable) {
            return variable.getName().getName();
        }
        return String.valueOf(value(name, cursor));
    }
}

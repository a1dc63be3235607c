package dev.bulkhead.export.terraform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small HCL writer whose output is what {@code terraform fmt} leaves: two-space indents, one space around
 * {@code =} except that consecutive one-line attributes of a body line their {@code =} up. As in HashiCorp's
 * hclwrite, an attribute whose value spans lines, a nested block, a blank line or a comment ends the run.
 */
final class Hcl {
    private Hcl() {
    }

    /** An expression: renders itself at an indent (the column its continuation lines start at). */
    interface Value {
        void render(StringBuilder out, String indent);

        /** Whether it renders on one line (then it joins a run of aligned attributes). */
        boolean oneLine();
    }

    /** A quoted string, with HCL's escapes (template sequences are escaped too: nothing is interpolated). */
    static Value str(String text) {
        return raw(quote(text));
    }

    /** An expression written as is: a reference, a number, a function call. */
    static Value raw(String expression) {
        return new Value() {
            @Override
            public void render(StringBuilder out, String indent) {
                out.append(expression);
            }

            @Override
            public boolean oneLine() {
                return true;
            }
        };
    }

    static Value bool(boolean value) {
        return raw(Boolean.toString(value));
    }

    static Value number(long value) {
        return raw(Long.toString(value));
    }

    /** A list of strings, on one line. */
    static Value strings(List<String> items) {
        return list(items.stream().map(Hcl::str).toList());
    }

    /** A list: on one line when every item is, else one item a line. */
    static Value list(List<Value> items) {
        boolean oneLine = items.stream().allMatch(Value::oneLine);
        return new Value() {
            @Override
            public void render(StringBuilder out, String indent) {
                if (oneLine) {
                    out.append('[');
                    for (int i = 0; i < items.size(); i++) {
                        out.append(i == 0 ? "" : ", ");
                        items.get(i).render(out, indent);
                    }
                    out.append(']');
                    return;
                }
                out.append("[\n");
                for (Value item : items) {
                    out.append(indent).append("  ");
                    item.render(out, indent + "  ");
                    out.append(",\n");
                }
                out.append(indent).append(']');
            }

            @Override
            public boolean oneLine() {
                return oneLine;
            }
        };
    }

    /** A type constructor around an object, as {@code object({ ... })}: type constraints with one field a line. */
    static Value call(String function, Obj argument) {
        return new Value() {
            @Override
            public void render(StringBuilder out, String indent) {
                out.append(function).append('(');
                argument.render(out, indent);
                out.append(')');
            }

            @Override
            public boolean oneLine() {
                return argument.oneLine();
            }
        };
    }

    /** An object of string values, keys in the map's order. */
    static Value stringMap(Map<String, String> entries) {
        Obj object = new Obj();
        entries.forEach((key, value) -> object.put(key, str(value)));
        return object;
    }

    /** An object: one attribute a line, aligned like a body's; {@code {}} when empty. */
    static final class Obj implements Value {
        private final Map<String, Value> entries = new LinkedHashMap<>();

        Obj put(String key, Value value) {
            entries.put(key, value);
            return this;
        }

        Obj put(String key, String text) {
            return put(key, str(text));
        }

        boolean isEmpty() {
            return entries.isEmpty();
        }

        @Override
        public void render(StringBuilder out, String indent) {
            if (entries.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            List<Item> items = new ArrayList<>();
            entries.forEach((key, value) -> items.add(new Attribute(key(key), value)));
            renderItems(out, items, indent + "  ");
            out.append(indent).append('}');
        }

        @Override
        public boolean oneLine() {
            return entries.isEmpty();
        }
    }

    /** What a body holds, in order. */
    private sealed interface Item permits Attribute, Block, Blank, Comment {
    }

    private record Attribute(String name, Value value) implements Item {
    }

    private record Blank() implements Item {
    }

    private record Comment(String text) implements Item {
    }

    /** A block: {@code type "label" ... { body }}. Also a file's top level (no type). */
    static final class Block implements Item {
        private final String header;
        private final List<Item> items = new ArrayList<>();

        private Block(String header) {
            this.header = header;
        }

        /** A file's top level. */
        static Block file() {
            return new Block(null);
        }

        Block attr(String name, Value value) {
            items.add(new Attribute(name, value));
            return this;
        }

        Block attr(String name, String text) {
            return attr(name, str(text));
        }

        /** A nested block; returns it, to fill. A blank line separates it from what precedes it at top level. */
        Block block(String type, String... labels) {
            StringBuilder head = new StringBuilder(type);
            for (String label : labels) {
                head.append(' ').append(quote(label));
            }
            Block block = new Block(head.toString());
            if (header == null && !items.isEmpty()) {
                items.add(new Blank());
            }
            items.add(block);
            return block;
        }

        Block blank() {
            if (!items.isEmpty() && !(items.get(items.size() - 1) instanceof Blank)) {
                items.add(new Blank());
            }
            return this;
        }

        /** A {@code #} comment line per line of text. */
        Block comment(String text) {
            for (String line : text.split("\n")) {
                items.add(new Comment(line));
            }
            return this;
        }

        /** The file's text. */
        String text() {
            StringBuilder out = new StringBuilder();
            renderItems(out, items, "");
            return out.toString();
        }

        private void render(StringBuilder out, String indent) {
            out.append(header).append(" {");
            if (items.isEmpty()) {
                out.append("}\n");
                return;
            }
            out.append('\n');
            renderItems(out, items, indent + "  ");
            out.append(indent).append("}\n");
        }
    }

    private static void renderItems(StringBuilder out, List<Item> items, String indent) {
        int i = 0;
        while (i < items.size()) {
            Item item = items.get(i);
            if (item instanceof Attribute attribute && attribute.value().oneLine()) {
                int end = i;
                int width = 0;
                while (end < items.size() && items.get(end) instanceof Attribute run && run.value().oneLine()) {
                    width = Math.max(width, run.name().length());
                    end++;
                }
                for (; i < end; i++) {
                    Attribute run = (Attribute) items.get(i);
                    out.append(indent).append(run.name()).append(" ".repeat(width - run.name().length())).append(" = ");
                    run.value().render(out, indent);
                    out.append('\n');
                }
                continue;
            }
            if (item instanceof Attribute attribute) {
                out.append(indent).append(attribute.name()).append(" = ");
                attribute.value().render(out, indent);
                out.append('\n');
            } else if (item instanceof Block block) {
                out.append(indent);
                block.render(out, indent);
            } else if (item instanceof Comment comment) {
                out.append(indent).append("#").append(comment.text().isEmpty() ? "" : " " + comment.text()).append('\n');
            } else {
                out.append('\n');
            }
            i++;
        }
    }

    /** An object key: bare when it is an identifier, else quoted. */
    static String key(String key) {
        return isIdentifier(key) ? key : quote(key);
    }

    /**
     * Whether a name is {@code [A-Za-z_][A-Za-z0-9_-]*}: checked by hand, since every key of every tenant's
     * objects passes here and a regular expression cost a tenth of the export.
     */
    static boolean isIdentifier(String name) {
        if (name.isEmpty() || !(isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(isLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static String quote(String text) {
        if (!needsEscapes(text)) {
            return "\"" + text + "\"";
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$', '%' -> {
                    // "${" and "%{" start templates; doubling the sign makes them literal.
                    out.append(c);
                    if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
                        out.append(c);
                    }
                }
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Whether {@link #quote} has anything to escape; most strings have not. */
    private static boolean needsEscapes(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '"', '\\', '\n', '\r', '\t', '$', '%' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }
}

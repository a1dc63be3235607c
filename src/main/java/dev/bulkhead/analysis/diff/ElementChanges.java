package dev.bulkhead.analysis.diff;

import dev.bulkhead.analysis.diff.ElementChange.Status;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.EnumNames;
import dev.bulkhead.model.Model;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Element-by-element comparison. Attributes are compared through the record components every element is
 * made of (every element is a record), so an attribute added to an element later shows up in diffs without a change here; nested
 * records (a tenant's demand, an agent's egress) are compared field by field, ids are shown as names.
 */
final class ElementChanges {
    private ElementChanges() {
    }

    static List<ElementChange> between(Model a, Model b) {
        TreeSet<ElementId> ids = new TreeSet<>(a.elements().keySet());
        ids.addAll(b.elements().keySet());
        List<ElementChange> changes = new ArrayList<>();
        for (ElementId id : ids) {
            Element before = a.elements().get(id);
            Element after = b.elements().get(id);
            if (before == null) {
                changes.add(new ElementChange(id, after.kind(), after.name(), where(b, after), Status.ADDED, summary(b, after)));
            } else if (after == null) {
                changes.add(new ElementChange(id, before.kind(), before.name(), where(a, before), Status.REMOVED, summary(a, before)));
            } else if (!before.equals(after)) {
                List<String> details = new ArrayList<>();
                attributes(a, b, "", (Record) before, (Record) after, details);
                changes.add(new ElementChange(id, after.kind(), after.name(), where(b, after), Status.CHANGED, details));
            }
        }
        changes.sort(Comparator.comparing(ElementChange::kind).thenComparing(ElementChange::where)
                .thenComparing(ElementChange::name).thenComparing(ElementChange::id));
        return changes;
    }

    /** What an added or removed connection joins; nothing for other elements (their name says it). */
    private static List<String> summary(Model model, Element element) {
        if (element instanceof Connection c) {
            return List.of(nameOf(model, c.from()) + " → " + nameOf(model, c.to()) + " port " + c.port() + "/"
                    + EnumNames.of(c.protocol()));
        }
        return List.of();
    }

    private static String where(Model model, Element element) {
        if (element instanceof Connection c) {
            return model.environmentOf(c.from()).map(Element::name).orElse("");
        }
        return model.environmentOf(element.id()).filter(e -> !e.id().equals(element.id())).map(Element::name).orElse("");
    }

    private static void attributes(Model a, Model b, String prefix, Record before, Record after, List<String> details) {
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            if (component.getName().equals("id")) {
                continue;
            }
            Object x = value(component, before);
            Object y = value(component, after);
            if (Objects.equals(x, y)) {
                continue;
            }
            String name = prefix + component.getName();
            if (x == null || y == null) {
                details.add(name + ": " + (x == null ? absent(a, before, name) : show(a, x)) + " → "
                        + (y == null ? absent(b, after, name) : show(b, y)));
            } else if (x instanceof Record rx && y instanceof Record ry && rx.getClass() == ry.getClass()) {
                attributes(a, b, name + ".", rx, ry, details);
            } else {
                details.add(name + ": " + show(a, x) + " → " + show(b, y));
            }
        }
    }

    /**
     * What an unset attribute means, in the inspector's words for it; a tenant that follows its environment says which
     * option that is, so that a move reads the same here as in the moved list.
     */
    private static String absent(Model model, Record owner, String attribute) {
        return switch (owner.getClass().getSimpleName() + "." + attribute) {
            case "Tenant.option" -> followed(model, ((Element) owner).id());
            case "Environment.option" -> dev.bulkhead.model.TenancyOption.UNDECIDED;
            case "NodePool.dedicatedTo" -> "shared";
            case "NodePool.hourlyPrice" -> "the profile's price";
            case "Connection.monthlyTrafficGB" -> "the assumed volume";
            default -> "not set";
        };
    }

    /** {@code follows environment prod (Namespace)}: the environment a tenant follows and the option it has there. */
    static String followed(Model model, ElementId tenant) {
        return model.environmentOf(tenant).map(e -> "follows environment " + e.name() + " ("
                + dev.bulkhead.model.TenancyOption.labelOf(e.option()) + ")").orElse("follows environment");
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }

    private static String show(Model model, Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof ElementId id) {
            return nameOf(model, id);
        }
        if (value instanceof Enum<?> e) {
            return display(e);
        }
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? "none" : String.join(", ", c.stream().map(v -> show(model, v)).sorted().toList());
        }
        if (value instanceof Map<?, ?> m) {
            return m.isEmpty() ? "none" : String.join(", ", m.entrySet().stream()
                    .map(e -> show(model, e.getKey()) + "=" + show(model, e.getValue())).sorted().toList());
        }
        return String.valueOf(value);
    }

    /**
     * An enum as the app shows it: its {@code label()} where it has one ("vCluster", "gVisor"), else its words
     * ("on demand"), never the file format's spelling.
     */
    static String display(Enum<?> value) {
        try {
            Object label = value.getDeclaringClass().getMethod("label").invoke(value);
            if (label instanceof String text) {
                return text;
            }
        } catch (ReflectiveOperationException e) {
            // No label: its words.
        }
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String nameOf(Model model, ElementId id) {
        return model.find(id).map(Element::name).orElse(id.value());
    }

    /** A number without a needless ".0". */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }
}

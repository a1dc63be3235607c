package dev.bulkhead.model;

import java.util.Optional;
import java.util.function.Function;

/**
 * The structural rules every model obeys: elements sit in containers of the right kind, connections join
 * connectable elements that exist, and a dedicated node pool serves a tenant of its own cluster.
 * {@link Model#of} and {@link ModelDocument} both enforce them, so no code path can build a broken model.
 */
public final class ModelIntegrity {
    private ModelIntegrity() {
    }

    /**
     * Checks the references of one element against the elements around it.
     *
     * @param lookup finds an element by id, or returns null
     */
    public static Optional<IntegrityProblem> check(Element element, Function<ElementId, Element> lookup) {
        if (element instanceof ContainedElement contained) {
            ElementKind expected = element.kind().parentKind();
            String attribute = expected.idPrefix().equals("env") ? "environment" : attributeName(expected);
            Element parent = lookup.apply(contained.parentId());
            if (parent == null) {
                return problem(element, attribute, describe(element) + " is inside " + expected.label().toLowerCase()
                        + " '" + contained.parentId() + "', which does not exist; fix the id or remove the "
                        + element.kind().label().toLowerCase());
            }
            if (parent.kind() != expected) {
                return problem(element, attribute, describe(element) + " must be inside a "
                        + expected.label().toLowerCase() + ", not " + describe(parent));
            }
        }
        if (element instanceof Connection connection) {
            for (String end : new String[] {"from", "to"}) {
                ElementId endId = end.equals("from") ? connection.from() : connection.to();
                Element target = lookup.apply(endId);
                if (target == null) {
                    return problem(element, end, describe(element) + " ends at '" + endId
                            + "', which does not exist; fix the id or remove the connection");
                }
                if (!target.kind().isConnectable()) {
                    return problem(element, end, describe(element) + " ends at " + describe(target)
                            + "; connections join tenants, agents and external endpoints");
                }
            }
        }
        if (element instanceof NodePool pool && pool.dedicatedTo() != null) {
            Element tenant = lookup.apply(pool.dedicatedTo());
            if (!(tenant instanceof Tenant t)) {
                return problem(element, "dedicatedTo", describe(element) + " is dedicated to '" + pool.dedicatedTo()
                        + "', which is not a tenant; fix the id or make the pool shared");
            }
            if (!t.cluster().equals(pool.cluster())) {
                return problem(element, "dedicatedTo", describe(element) + " is dedicated to " + describe(t)
                        + " of another cluster; a pool can only serve a tenant of its own cluster");
            }
        }
        return Optional.empty();
    }

    /** How messages name an element: {@code tenant 'payments' (tenant-payments)}. */
    public static String describe(Element element) {
        return element.kind().label().toLowerCase() + " '" + element.name() + "' (" + element.id() + ")";
    }

    private static String attributeName(ElementKind kind) {
        return switch (kind) {
            case CLUSTER -> "cluster";
            case TENANT -> "tenant";
            default -> kind.idPrefix();
        };
    }

    private static Optional<IntegrityProblem> problem(Element element, String attribute, String message) {
        return Optional.of(new IntegrityProblem(element.id(), attribute, message));
    }
}

package dev.bulkhead.export.report;

import dev.bulkhead.analysis.CostCategory;
import dev.bulkhead.analysis.CostLine;
import dev.bulkhead.analysis.CostTerm;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.Resources;
import dev.bulkhead.analysis.ScopeAnalysis;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why a cost line is $0.00 in every option although it asks for something: a node group's bill is shared out by the
 * resource that decides its node count, and the line asks only for others (gVisor's memory overhead on nodes that
 * vCPU sizes). Read from the lines' own terms: the zero request names the deciding resource and what the line asks
 * for instead ({@link CostTerm#resource()}, {@link CostTerm#askedElsewhere()}).
 */
final class ZeroShares {
    private ZeroShares() {
    }

    /** "these nodes are sized by vCPU, and the sandbox overhead asks for memory only", or empty when no line says. */
    static Optional<String> why(ScopeAnalysis scope, List<OptionKey> options, CostCategory category) {
        Set<Resources.Resource> deciding = new LinkedHashSet<>();
        Set<Resources.Resource> asked = new LinkedHashSet<>();
        for (OptionKey key : options) {
            for (CostLine line : scope.option(key).lines()) {
                if (line.category() != category) {
                    continue;
                }
                for (CostTerm term : line.terms()) {
                    if (term.resource() != null && !term.divisor() && term.value().signum() == 0) {
                        deciding.add(term.resource());
                        asked.addAll(term.askedElsewhere());
                    }
                }
            }
        }
        asked.removeAll(deciding);
        if (deciding.isEmpty() || asked.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("these nodes are sized by " + nouns(deciding) + ", and the " + category.label().toLowerCase()
                + " asks for " + nouns(asked) + " only");
    }

    private static String nouns(Set<Resources.Resource> resources) {
        return resources.stream().map(ZeroShares::noun).collect(Collectors.joining(" or "));
    }

    private static String noun(Resources.Resource resource) {
        return switch (resource) {
            case CPU -> "vCPU";
            case MEMORY -> "memory";
            case PODS -> "pod slots";
        };
    }
}

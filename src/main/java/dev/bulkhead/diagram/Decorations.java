package dev.bulkhead.diagram;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Finding;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.Severity;
import dev.bulkhead.analysis.TenantIsolation;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the analysis adds to the drawing: the worst finding per element and the tenants whose chosen option
 * does not meet their requirement. Derived once per analysis, looked up per drawn element.
 */
public record Decorations(Map<ElementId, Severity> worstFinding, Set<ElementId> unmet) {
    /** No analysis yet. */
    public static final Decorations NONE = new Decorations(Map.of(), Set.of());

    public static Decorations of(Analysis analysis) {
        Map<ElementId, Severity> worst = new HashMap<>();
        for (Finding finding : analysis.findings()) {
            if (finding.element() != null && finding.severity() != Severity.INFO) {
                worst.merge(finding.element(), finding.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        Set<ElementId> unmet = new HashSet<>();
        Model model = analysis.model();
        for (TenantIsolation tenant : analysis.whole().option(OptionKey.CURRENT).failing()) {
            if (isDecided(model, tenant.tenant())) {
                unmet.add(tenant.tenant());
            }
        }
        return new Decorations(Map.copyOf(worst), Set.copyOf(unmet));
    }

    /** Whether the model chose an option for the tenant (its own or its environment's). */
    public static boolean isDecided(Model model, ElementId tenantId) {
        return model.find(tenantId).orElse(null) instanceof Tenant tenant && DiagramPainter.effectiveOption(model, tenant) != null;
    }
}

package dev.bulkhead.cli;

import dev.bulkhead.analysis.diff.ElementChange;
import dev.bulkhead.analysis.diff.ModelDiff;
import dev.bulkhead.analysis.diff.RequirementChange;
import dev.bulkhead.analysis.diff.PlacementWords;
import dev.bulkhead.analysis.diff.TenantDelta;
import dev.bulkhead.model.EnumNames;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON shape of {@code bulkhead diff --format json}: stable keys, but a tenant carries monthlyCost,
 * isolationScore and meetsRequirement only when they changed (its placement always); amounts are exact decimal numbers in the
 * currency named once at the top, as {@code compare --format json} prints them.
 */
final class DiffJson {
    private DiffJson() {
    }

    static Map<String, Object> of(ModelDiff diff) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("before", diff.before());
        json.put("after", diff.after());
        json.put("different", !diff.isEmpty());
        json.put("currency", diff.currency());
        json.put("monthlyCost", pair(diff.costBefore(), diff.costAfter()));
        json.put("unmetRequirements", pair(diff.unmetBefore(), diff.unmetAfter()));
        json.put("changes", diff.changes().stream().map(DiffJson::change).toList());
        json.put("settings", diff.settings());
        json.put("tenants", diff.tenants().stream().map(DiffJson::tenant).toList());
        return json;
    }

    private static Map<String, Object> change(ElementChange change) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", EnumNames.of(change.status()));
        json.put("kind", EnumNames.of(change.kind()));
        json.put("id", change.id().value());
        json.put("name", change.name());
        json.put("environment", change.where());
        json.put("details", change.details());
        return json;
    }

    private static Map<String, Object> tenant(TenantDelta t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", t.id().value());
        json.put("name", t.name());
        json.put("environment", t.environment());
        json.put("moved", t.moved());
        json.put("placement", pair(t.placementBefore() == null ? null : t.placementBefore().key(),
                t.placementAfter() == null ? null : t.placementAfter().key()));
        // The keys are for programs; the words are the compare view's, as the text and Markdown say them.
        json.put("placementWords", pair(t.placementBefore() == null ? null : PlacementWords.of(t.placementBefore()),
                t.placementAfter() == null ? null : PlacementWords.of(t.placementAfter())));
        // Only the figures that changed, as the text says them: a pair whose sides are equal is left out.
        if (t.costChanged()) {
            json.put("monthlyCost", pair(t.costBefore(), t.costAfter()));
        }
        if (t.scoreChanged()) {
            json.put("isolationScore", pair(t.scoreBefore() == null ? null : round(t.scoreBefore()),
                    t.scoreAfter() == null ? null : round(t.scoreAfter())));
        }
        if (t.verdictChanged()) {
            json.put("meetsRequirement", pair(t.meetsBefore(), t.meetsAfter()));
        }
        json.put("requirementChanges", t.requirementChanges().stream().map(DiffJson::requirement).toList());
        json.put("movedBecause", t.movedBecause().isEmpty() ? null : t.movedBecause());
        json.put("requirementBecause", t.requirementBecause().isEmpty() ? null : t.requirementBecause());
        json.put("costBecause", t.costBecause().isEmpty() ? null : t.costBecause());
        return json;
    }

    private static Map<String, Object> requirement(RequirementChange change) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("dimension", EnumNames.of(change.dimension()));
        json.put("score", pair(change.scoreBefore(), change.scoreAfter()));
        json.put("required", pair(change.requiredBefore(), change.requiredAfter()));
        json.put("met", pair(change.metBefore(), change.metAfter()));
        return json;
    }

    private static Map<String, Object> pair(Object before, Object after) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("before", before);
        json.put("after", after);
        return json;
    }

    private static double round(double score) {
        return Math.round(score * 10) / 10.0;
    }

}

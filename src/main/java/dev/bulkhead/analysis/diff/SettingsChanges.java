package dev.bulkhead.analysis.diff;

import dev.bulkhead.model.ModelSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/** The model-wide differences a diff reports: pricing profile and overridden assumptions (not name or description). */
final class SettingsChanges {
    private SettingsChanges() {
    }

    static List<String> between(ModelSettings a, ModelSettings b) {
        List<String> changes = new ArrayList<>();
        if (!a.pricingProfile().equals(b.pricingProfile())) {
            changes.add("pricing profile: " + a.pricingProfile() + " → " + b.pricingProfile());
        }
        TreeSet<String> keys = new TreeSet<>(a.assumptionOverrides().keySet());
        keys.addAll(b.assumptionOverrides().keySet());
        for (String key : keys) {
            Double before = a.assumptionOverrides().get(key);
            Double after = b.assumptionOverrides().get(key);
            if (!Objects.equals(before, after)) {
                changes.add("assumption " + key + ": " + (before == null ? "default" : ElementChanges.number(before)) + " → "
                        + (after == null ? "default" : ElementChanges.number(after)));
            }
        }
        if (!a.namespacePattern().equals(b.namespacePattern())) {
            changes.add("namespace pattern: " + a.namespacePattern() + " → " + b.namespacePattern());
        }
        return changes;
    }
}

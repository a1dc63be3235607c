package dev.bulkhead.testing;

import static dev.bulkhead.model.ValueRanges.*;

import dev.bulkhead.model.ValueRange;
import dev.bulkhead.model.ValueRanges;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where each {@link ValueRanges range} stands in a model file, as a path such as {@code tenants[].demand.cpu}
 * ({@code []} any list index, {@code *} any map key). The schema test checks the schema states the same bounds
 * at the same places; the fuzz test uses it to set numbers to their extremes.
 */
public final class FileRanges {
    /** Path pattern to range; exact keys before {@code *}, so the first match is the most specific. */
    public static final Map<String, ValueRange> BY_PATH = byPath();

    private FileRanges() {
    }

    /**
     * The range of the number at a path such as {@code tenants[3].demand.cpu}, or such as the schema's
     * {@code tenants[].demand.cpu}, if it has one.
     */
    public static Optional<ValueRange> at(String path) {
        return BY_PATH.entrySet().stream().filter(e -> matches(e.getKey(), path)).map(Map.Entry::getValue).findFirst();
    }

    private static boolean matches(String pattern, String path) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("((?=\\[])|(?<=\\[]))|((?=\\*)|(?<=\\*))")) {
            regex.append(switch (part) {
                case "[]" -> "\\[\\d*\\]";
                case "*" -> "[^.\\[]+";
                default -> Pattern.quote(part);
            });
        }
        return path.matches(regex.toString());
    }

    private static Map<String, ValueRange> byPath() {
        Map<String, ValueRange> map = new LinkedHashMap<>();
        map.put("nodePools[].vcpu", NODE_VCPU);
        map.put("nodePools[].memoryGiB", NODE_MEMORY);
        map.put("nodePools[].hourlyPrice", NODE_HOURLY_PRICE);
        map.put("nodePools[].minCount", POOL_MIN_COUNT);
        map.put("nodePools[].maxCount", POOL_MAX_COUNT);
        map.put("tenants[].demand.cpu", TENANT_CPU);
        map.put("tenants[].demand.memoryGiB", TENANT_MEMORY);
        map.put("tenants[].demand.pods", TENANT_PODS);
        map.put("tenants[].demand.storageGiB", TENANT_STORAGE);
        map.put("tenants[].requirements.*", REQUIRED_SCORE);
        map.put("agents[].concurrency", AGENT_CONCURRENCY);
        map.put("agents[].warmPool", AGENT_WARM_POOL);
        map.put("agents[].cpuPerSandbox", SANDBOX_CPU);
        map.put("agents[].memoryGiBPerSandbox", SANDBOX_MEMORY);
        map.put("agents[].startupBudgetMs", STARTUP_BUDGET);
        map.put("connections[].port", PORT);
        map.put("connections[].monthlyTrafficGB", ValueRanges.TRAFFIC);
        map.put("stories[].steps[].view.centreX", ValueRanges.STORY_CENTRE_X);
        map.put("stories[].steps[].view.centreY", ValueRanges.STORY_CENTRE_Y);
        map.put("stories[].steps[].view.zoom", ValueRanges.STORY_ZOOM);
        map.put("layout.*.x", LAYOUT_X);
        map.put("layout.*.y", LAYOUT_Y);
        map.put("layout.*.width", LAYOUT_WIDTH);
        map.put("layout.*.height", LAYOUT_HEIGHT);
        map.put("notes.canvas[].x", LAYOUT_X);
        map.put("notes.canvas[].y", LAYOUT_Y);
        map.put("notes.canvas[].width", LAYOUT_WIDTH);
        map.put("notes.canvas[].height", LAYOUT_HEIGHT);
        ValueRanges.assumptionRanges().forEach((key, range) -> map.put("pricing.overrides." + key, range));
        // Older files' keys are read as the keys that now mean the same, within those keys' ranges.
        ValueRanges.RENAMED_ASSUMPTIONS.forEach((old, key) -> map.put("pricing.overrides." + old, ValueRanges.assumption(key)));
        map.put("pricing.overrides.*", UNKNOWN_ASSUMPTION);
        return Collections.unmodifiableMap(map);
    }
}

package dev.bulkhead.reference;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One assumption the cost model uses, with its default and where that comes from.
 *
 * @param defaultValue the default, or null when it is computed (node reservations follow a formula)
 */
public record AssumptionDefinition(String key, String label, String group, @JsonProperty("value") Double defaultValue, String unit,
                                   String source, String kind) {
    /** Whether the default is computed rather than a fixed number. */
    public boolean isComputed() {
        return defaultValue == null;
    }
}

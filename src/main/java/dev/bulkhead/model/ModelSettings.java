package dev.bulkhead.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Model-wide settings: its name and description, the pricing profile it is costed with, the assumptions
 * the user overrode, and how tenant namespaces are named. Storing the profile id and the overrides makes a
 * saved model reproduce the same numbers.
 *
 * @param assumptionOverrides assumption key to value; keys are validated by the analysis, not here
 * @param namespacePattern    how a tenant's namespace is named, from the placeholders {@code {tenant}},
 *                            {@code {environment}} and {@code {cluster}}
 */
public record ModelSettings(String name, String description, String pricingProfile,
                            SortedMap<String, Double> assumptionOverrides, String namespacePattern, ModelNotes notes) {
    private static final Pattern PROFILE_ID = Pattern.compile("[a-z0-9-]{1,64}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(tenant|environment|cluster)}");

    /** The default namespace pattern: {@code payments-prod}. */
    public static final String DEFAULT_NAMESPACE_PATTERN = "{tenant}-{environment}";

    /** Settings for a new, empty model. */
    public static final ModelSettings DEFAULT =
            new ModelSettings("Untitled model", "", "aws-us-east-1", new TreeMap<>(), DEFAULT_NAMESPACE_PATTERN);

    /** Settings of a model without notes. */
    public ModelSettings(String name, String description, String pricingProfile, SortedMap<String, Double> assumptionOverrides,
                         String namespacePattern) {
        this(name, description, pricingProfile, assumptionOverrides, namespacePattern, ModelNotes.NONE);
    }

    public ModelSettings {
        Objects.requireNonNull(notes, "notes");
        Checks.name("model name", name);
        Checks.text("description", description, 20_000);
        Objects.requireNonNull(pricingProfile, "pricing profile");
        if (!PROFILE_ID.matcher(pricingProfile).matches()) {
            throw new IllegalArgumentException("pricing profile '" + pricingProfile
                    + "' must be 1 to 64 lower-case letters, digits or '-'");
        }
        TreeMap<String, Double> copy = new TreeMap<>();
        for (Map.Entry<String, Double> entry : assumptionOverrides.entrySet()) {
            Checks.name("assumption key", entry.getKey());
            ValueRanges.assumption(entry.getKey()).check(entry.getKey(), Objects.requireNonNull(entry.getValue(),
                    () -> "assumption " + entry.getKey() + " needs a number"));
            copy.put(entry.getKey(), entry.getValue());
        }
        assumptionOverrides = Collections.unmodifiableSortedMap(copy);
        Checks.name("namespace pattern", namespacePattern);
        if (!namespacePattern.contains("{tenant}")) {
            throw new IllegalArgumentException("namespace pattern '" + namespacePattern
                    + "' must contain {tenant}, or tenants would share a namespace");
        }
        String literal = PLACEHOLDER.matcher(namespacePattern).replaceAll("");
        if (!literal.matches("[a-z0-9-]*")) {
            throw new IllegalArgumentException("namespace pattern '" + namespacePattern
                    + "' may only add lower-case letters, digits and '-' around {tenant}, {environment} and {cluster}");
        }
    }

    /** The same settings under another name. */
    public ModelSettings withName(String newName) {
        return new ModelSettings(newName, description, pricingProfile, assumptionOverrides, namespacePattern, notes);
    }

    /** The same settings with another description. */
    public ModelSettings withDescription(String newDescription) {
        return new ModelSettings(name, newDescription, pricingProfile, assumptionOverrides, namespacePattern, notes);
    }

    /** The same settings costed with another profile. */
    public ModelSettings withPricingProfile(String newProfile) {
        return new ModelSettings(name, description, newProfile, assumptionOverrides, namespacePattern, notes);
    }

    /** The same settings with another namespace pattern. */
    public ModelSettings withNamespacePattern(String newPattern) {
        return new ModelSettings(name, description, pricingProfile, assumptionOverrides, newPattern, notes);
    }

    /** The same settings with one assumption overridden, or reset to its default when {@code value} is null. */
    public ModelSettings withAssumption(String key, Double value) {
        TreeMap<String, Double> copy = new TreeMap<>(assumptionOverrides);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return new ModelSettings(name, description, pricingProfile, copy, namespacePattern, notes);
    }

    /**
     * Whether an analysis of the same elements under these settings gives what it gives under {@code other}: the
     * pricing profile, the assumptions and the namespace pattern decide it; the name, description and notes do not.
     */
    public boolean analysedAlike(ModelSettings other) {
        return pricingProfile.equals(other.pricingProfile) && assumptionOverrides.equals(other.assumptionOverrides)
                && namespacePattern.equals(other.namespacePattern);
    }

    /** The same settings with other notes (the model's notes are kept with its settings, see {@link ModelNotes}). */
    public ModelSettings withNotes(ModelNotes newNotes) {
        return new ModelSettings(name, description, pricingProfile, assumptionOverrides, namespacePattern, newNotes);
    }
}

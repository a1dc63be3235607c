package dev.bulkhead.analysis.diff;

import dev.bulkhead.analysis.Placement;
import dev.bulkhead.model.ElementId;
import java.math.BigDecimal;

/**
 * One tenant's placement, cost and isolation in the design as modelled, before and after; the "before" or
 * "after" side is null for a tenant that only one model has.
 *
 * @param costBefore     monthly cost in the currency of the diff, rounded to cents
 * @param scoreBefore    isolation score 0 to 100
 * @param meetsBefore    whether its isolation requirement is met
 * @param requirementChanges the dimensions that decide the verdict: those whose requirement went from unmet to met
 *                       or back, and those still unmet; empty when a side is missing
 * @param movedBecause   for a tenant whose own option was not edited that moved, the edit elsewhere that moved it
 *                       ("follows environment prod's option (Namespace → Dedicated)"); empty otherwise
 * @param requirementBecause for a tenant whose verdict or requirement changed for an edit elsewhere, that edit ("the
 *                       hard gate lifted ..."); empty otherwise
 * @param costBecause    for a tenant that was neither edited nor moved whose cost changed, the part of its cost that
 *                       changed and what changed beside it ("its share of cluster aks-prod's shared nodes (-$14.10)
 *                       changed as code-tutor moved (Namespace → Dedicated)"); empty otherwise
 */
public record TenantDelta(ElementId id, String name, String environment, Placement placementBefore, Placement placementAfter,
                          BigDecimal costBefore, BigDecimal costAfter, Double scoreBefore, Double scoreAfter,
                          Boolean meetsBefore, Boolean meetsAfter, java.util.List<RequirementChange> requirementChanges,
                          String movedBecause, String requirementBecause, String costBecause) {
    public TenantDelta {
        requirementChanges = java.util.List.copyOf(requirementChanges);
        java.util.Objects.requireNonNull(movedBecause, "movedBecause");
        java.util.Objects.requireNonNull(requirementBecause, "requirementBecause");
        java.util.Objects.requireNonNull(costBecause, "costBecause");
    }

    /** Whether it moved between options or between shared and own nodes. */
    public boolean moved() {
        return placementBefore != null && placementAfter != null && placementBefore != placementAfter;
    }

    /** After minus before, or null when a side is missing. */
    public BigDecimal costDelta() {
        return costBefore == null || costAfter == null ? null : costAfter.subtract(costBefore);
    }

    /** After minus before, or null when a side is missing. */
    public Double scoreDelta() {
        return scoreBefore == null || scoreAfter == null ? null : scoreAfter - scoreBefore;
    }

    /** Whether its monthly cost differs (or a side is missing). */
    public boolean costChanged() {
        return costDelta() == null ? costBefore != costAfter : costDelta().signum() != 0;
    }

    /** Whether its isolation score differs as printed, to one decimal (or a side is missing). */
    public boolean scoreChanged() {
        return scoreDelta() == null ? scoreBefore != scoreAfter : Math.abs(scoreDelta()) >= 0.05;
    }

    /** Whether the verdict on its requirement differs (or a side is missing). */
    public boolean verdictChanged() {
        return !java.util.Objects.equals(meetsBefore, meetsAfter);
    }

    /** Whether any dimension that decides its verdict moved in score or in what it requires. */
    public boolean requirementChanged() {
        return verdictChanged() || requirementChanges.stream().anyMatch(RequirementChange::changed);
    }

    /** Whether anything a reader would care about differs. */
    public boolean differs() {
        return placementBefore != placementAfter || costChanged() || scoreChanged() || verdictChanged();
    }
}

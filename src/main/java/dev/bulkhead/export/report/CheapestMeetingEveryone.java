package dev.bulkhead.export.report;

import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.ScopeAnalysis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which compared options earn the ✓ of a totals table: every one that meets every tenant's requirement at the lowest
 * cost, ties included. {@link ScopeAnalysis#cheapestMeetingAll()} picks one of a tie; a reader who sees the mix at the
 * same figure as Namespace without the ✓ reads it as failing (a bank architect's review of the dev and staging rows).
 * The report's three formats and the app's per-environment table all ask here.
 */
public final class CheapestMeetingEveryone {
    private CheapestMeetingEveryone() {
    }

    /** The options to tick, in the compared order; empty when none meets everyone. */
    public static Set<OptionKey> of(ScopeAnalysis scope) {
        BigDecimal lowest = null;
        for (OptionKey key : OptionKey.COMPARED) {
            OptionResult result = scope.option(key);
            if (result.unmetRequirements() == 0 && (lowest == null || cents(result).compareTo(lowest) < 0)) {
                lowest = cents(result);
            }
        }
        Set<OptionKey> ticked = new LinkedHashSet<>();
        for (OptionKey key : OptionKey.COMPARED) {
            OptionResult result = scope.option(key);
            // Equal as printed: the tables show cents, so a tie is a tie to the cent.
            if (lowest != null && result.unmetRequirements() == 0 && cents(result).compareTo(lowest) == 0) {
                ticked.add(key);
            }
        }
        return ticked;
    }

    private static BigDecimal cents(OptionResult result) {
        return result.monthlyCost().setScale(2, RoundingMode.HALF_UP);
    }
}

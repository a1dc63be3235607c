package dev.bulkhead.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole model's findings in {@link Finding#ORDER}, made from parts that are each already in that order (a
 * cluster's findings, the name findings, the connection findings, the model-wide rest). An edit re-analyses
 * one cluster and keeps the other parts as the same list instances, so the previous result is updated: the
 * findings of the parts that went are taken out and those of the parts that came are merged in, which takes a
 * few comparisons per new finding instead of sorting thousands of findings on every edit; a finding that both
 * went and came stays where it is.
 * Equal findings are indistinguishable records, so the result is the list a full sort gives.
 */
final class SortedFindings {
    private List<List<Finding>> parts = List.of();
    private List<Finding> merged = List.of();

    /** The parts' findings as one list in order; each part must already be in {@link Finding#ORDER}. */
    List<Finding> of(List<List<Finding>> current) {
        Set<List<Finding>> before = identitySet(parts);
        Set<List<Finding>> now = identitySet(current);
        // A re-analysed part mostly repeats the findings it had (a kept agent's advice, an unchanged name):
        // those cancel out against the findings of the part it replaces, and only the rest moves.
        Map<Finding, int[]> went = new HashMap<>();
        int wentCount = 0;
        for (List<Finding> part : parts) {
            if (!now.contains(part)) {
                for (Finding finding : part) {
                    went.computeIfAbsent(finding, f -> new int[1])[0]++;
                    wentCount++;
                }
            }
        }
        List<Finding> came = new ArrayList<>();
        for (List<Finding> part : current) {
            if (!before.contains(part)) {
                for (Finding finding : part) {
                    int[] left = went.get(finding);
                    if (left != null && left[0] > 0) {
                        left[0]--;
                        wentCount--;
                    } else {
                        came.add(finding);
                    }
                }
            }
        }
        List<Finding> result;
        if (parts.isEmpty() || came.size() + wentCount > merged.size() / 2) {
            result = new ArrayList<>();
            current.forEach(result::addAll);
            result.sort(Finding.ORDER); // sorted runs: TimSort merges them
        } else {
            came.sort(Finding.ORDER);
            result = mergeInto(without(merged, went, wentCount), came);
        }
        parts = List.copyOf(current);
        merged = result;
        return result;
    }

    /** The previous result without the findings that went (equal findings are interchangeable), as counted. */
    private static List<Finding> without(List<Finding> merged, Map<Finding, int[]> went, int wentCount) {
        if (wentCount == 0) {
            return merged;
        }
        List<Finding> kept = new ArrayList<>(merged.size() - wentCount);
        for (Finding finding : merged) {
            int[] left = went.get(finding);
            if (left != null && left[0] > 0) {
                left[0]--;
            } else {
                kept.add(finding);
            }
        }
        return kept;
    }

    /** Two ordered lists as one: each new finding goes after the equal and smaller ones, found by binary search. */
    private static List<Finding> mergeInto(List<Finding> base, List<Finding> came) {
        List<Finding> result = new ArrayList<>(base.size() + came.size());
        int from = 0;
        for (Finding finding : came) {
            int at = upperBound(base, from, finding);
            result.addAll(base.subList(from, at));
            result.add(finding);
            from = at;
        }
        result.addAll(base.subList(from, base.size()));
        return result;
    }

    /**
     * The first index at or after {@code from} whose finding sorts after {@code finding}. New findings land a
     * few places apart, so the range is found by doubling steps from {@code from} before the binary search.
     */
    private static int upperBound(List<Finding> list, int from, Finding finding) {
        int low = from;
        int step = 1;
        int high = from;
        while (high < list.size() && Finding.ORDER.compare(list.get(high), finding) <= 0) {
            low = high + 1;
            high = from + step;
            step <<= 1;
        }
        high = Math.min(high, list.size());
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (Finding.ORDER.compare(list.get(middle), finding) <= 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static Set<List<Finding>> identitySet(List<List<Finding>> lists) {
        Set<List<Finding>> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(lists);
        return set;
    }
}

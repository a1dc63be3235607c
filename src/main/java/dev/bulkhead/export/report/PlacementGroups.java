package dev.bulkhead.export.report;

import dev.bulkhead.analysis.Recommendation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The report's placement table: tenants of one cluster placed alike for the same decision share a row, whose
 * reason is their whole decision, the amounts that differ by tenant given as their range.
 */
final class PlacementGroups {
    private PlacementGroups() {
    }

    /**
     * The placements with alike tenants on one row: same environment and cluster, same placement, and the same decision (the
     * reason's first sentence, the same but for the amounts, which differ by the tenant's size). The row's reason is
     * that whole sentence, each amount given as the range over its tenants ("$112.40–$180.00"), so nothing is cut
     * or elided. A 300-tenant model's table then runs to a few rows instead of dozens of pages, and every tenant is
     * still named in its row.
     */
    static List<ProposalReport.PlacementGroup> of(List<ProposalReport.TenantRow> placements, String symbol) {
        Map<List<String>, List<ProposalReport.TenantRow>> groups = new LinkedHashMap<>();
        for (ProposalReport.TenantRow row : placements) {
            String choice = choice(decision(row.reason()));
            groups.computeIfAbsent(List.of(row.environment(), row.cluster(), row.placement(), amount(symbol).matcher(choice).replaceAll("\u0000")),
                    k -> new ArrayList<>()).add(row);
        }
        List<ProposalReport.PlacementGroup> rows = new ArrayList<>();
        groups.forEach((key, tenants) -> {
            List<String> decisions = tenants.stream().map(t -> decision(t.reason())).toList();
            String reason = ranged(decisions.stream().map(PlacementGroups::choice).toList(), symbol) + planes(decisions);
            rows.add(new ProposalReport.PlacementGroup(key.get(0), key.get(1), key.get(2), reason, figures(tenants, symbol), "R" + (rows.size() + 1),
                    tenants.stream().map(ProposalReport.TenantRow::tenant).toList()));
        });
        return rows;
    }

    /**
     * Where a decision to run a vCluster goes on to size its control plane (the Recommender's clause), which
     * differs by the tenant's pods and vCPU: tenants alike but for it still share a row.
     */
    static final String PLANE = dev.bulkhead.analysis.Recommendation.CONTROL_PLANE;

    /** A decision without its control-plane clause: a clause of its own, so the cut never falls inside brackets. */
    private static String choice(String decision) {
        int at = decision.indexOf(PLANE);
        return at < 0 ? decision : decision.substring(0, at);
    }

    /**
     * The control-plane clause of a row: the tenants' own when they share it; else each size of plane they run
     * (its description, up to the clause's ": " and the per-tenant figures after it), once.
     */
    private static String planes(List<String> decisions) {
        List<String> clauses = decisions.stream().filter(d -> d.contains(PLANE)).map(d -> d.substring(d.indexOf(PLANE) + PLANE.length()))
                .distinct().toList();
        if (clauses.isEmpty()) {
            return "";
        }
        if (clauses.size() == 1) {
            return PLANE + clauses.get(0);
        }
        return "; their vCluster control planes, sized to each tenant's pods: " + clauses.stream()
                .map(c -> c.contains(": ") ? c.substring(0, c.indexOf(": ")) : c).distinct().collect(Collectors.joining(" or "));
    }

    /**
     * The decision of a reason: its first sentence, up to the "At the margin" breakdown of the tenant's own
     * figures (a sentence of its own, so the cut never falls inside brackets).
     */
    static String decision(String reason) {
        int at = reason.indexOf(Recommendation.AT_THE_MARGIN);
        return at < 0 ? reason : reason.substring(0, at);
    }

    /** What opens a row's arithmetic: each amount its reason prints, with the parts that give it. */
    static final String FIGURES = "Figures at the margin, all else fixed: ";

    /**
     * The arithmetic of every amount a row prints (review 12e, 3): for a row of one tenant, its reason's own; for a
     * range, that of the tenant at each end (the sentence's figure for that placement, then its parts, each an
     * evaluable formula), so that a reader can check the row's figures from the report without every tenant's.
     * Empty when the reason prints no amount.
     */
    private static String figures(List<ProposalReport.TenantRow> tenants, String symbol) {
        Pattern pattern = amount(symbol);
        List<List<String>> amounts = tenants.stream().map(t -> pattern.matcher(choice(decision(t.reason()))).results()
                .map(MatchResult::group).toList()).toList();
        Comparator<String> byValue = Comparator.comparing(a -> new BigDecimal(a.substring(symbol.length()).replace(",", "")));
        Set<String> figures = new LinkedHashSet<>();
        for (int slot = 0; slot < amounts.get(0).size(); slot++) {
            int place = slot;
            Comparator<Integer> byAmount = Comparator.comparing(i -> amounts.get(i).get(place), byValue);
            List<Integer> ends = IntStream.range(0, tenants.size()).boxed().toList();
            for (int end : List.of(ends.stream().min(byAmount).orElseThrow(), ends.stream().max(byAmount).orElseThrow())) {
                ProposalReport.TenantRow tenant = tenants.get(end);
                margin(tenant.reason(), amounts.get(end).get(place), pattern)
                        .ifPresent(figure -> figures.add(tenants.size() == 1 ? figure : tenant.tenant() + ": " + figure));
            }
        }
        return figures.isEmpty() ? "" : FIGURES + String.join("; ", figures);
    }

    /**
     * The figure of a reason's arithmetic ({@link Recommendation#AT_THE_MARGIN}: "placement $X (parts)", separated by
     * "; ") whose amount is {@code amount}.
     */
    private static java.util.Optional<String> margin(String reason, String amount, Pattern pattern) {
        int at = reason.indexOf(Recommendation.AT_THE_MARGIN);
        if (at < 0) {
            return java.util.Optional.empty();
        }
        return java.util.Arrays.stream(reason.substring(at + Recommendation.AT_THE_MARGIN.length()).split("; "))
                .filter(figure -> pattern.matcher(figure).results().findFirst().map(MatchResult::group).orElse("").equals(amount))
                .findFirst();
    }

    /** A tenant's amount in a reason; unit prices ("$0.192/h") are the same for all and are not amounts. */
    private static Pattern amount(String symbol) {
        return Pattern.compile(Pattern.quote(symbol) + "[0-9][0-9,]*+(\\.[0-9]++)?+(?![/0-9])");
    }

    /** Sentences alike but for their amounts, as one: each amount the range of the sentences' amounts in its place. */
    private static String ranged(List<String> sentences, String symbol) {
        Pattern pattern = amount(symbol);
        List<List<String>> amounts = sentences.stream().map(text -> pattern.matcher(text).results()
                .map(MatchResult::group).toList()).toList();
        Matcher first = pattern.matcher(sentences.get(0));
        StringBuilder text = new StringBuilder();
        int place = 0;
        while (first.find()) {
            int i = place++;
            Comparator<String> byValue = Comparator.comparing(a -> new BigDecimal(a.substring(symbol.length()).replace(",", "")));
            String low = amounts.stream().map(a -> a.get(i)).min(byValue).orElseThrow();
            String high = amounts.stream().map(a -> a.get(i)).max(byValue).orElseThrow();
            first.appendReplacement(text, Matcher.quoteReplacement(low.equals(high) ? low : low + "–" + high));
        }
        first.appendTail(text);
        return text.toString();
    }
}

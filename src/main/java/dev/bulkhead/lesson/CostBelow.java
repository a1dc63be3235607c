package dev.bulkhead.lesson;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Money;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.model.ElementId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The design as modelled (the analysis' "current design" column) costs less than a limit a month, in one
 * environment or, when {@code environment} is null, the whole model.
 */
public record CostBelow(ElementId environment, BigDecimal limit) implements TaskCheck {
    public CostBelow {
        Objects.requireNonNull(limit, "limit");
        if (limit.signum() <= 0) {
            throw new IllegalArgumentException("a cost limit must be above zero, not " + limit);
        }
    }

    @Override
    public Verdict evaluate(Analysis analysis) {
        if (analysis.scope(environment) == null) {
            return new Verdict(false, "The environment this task is about was deleted; undo or restart the lesson");
        }
        BigDecimal cost = monthlyCost(analysis);
        String symbol = analysis.pricing().symbol();
        return new Verdict(cost.compareTo(limit) < 0, scopeName(analysis) + " costs " + Money.format(symbol, cost)
                + " a month; the limit is " + Money.format(symbol, limit));
    }

    @Override
    public String describe(Analysis analysis) {
        return Money.format(analysis.pricing().symbol(), limit);
    }

    /** What the current design of the scope costs a month. */
    public BigDecimal monthlyCost(Analysis analysis) {
        ScopeAnalysis scope = analysis.scope(environment);
        if (scope == null) {
            throw new IllegalArgumentException("the model has no environment " + environment);
        }
        return scope.option(OptionKey.CURRENT).monthlyCost();
    }

    private String scopeName(Analysis analysis) {
        return environment == null ? "The design" : "Environment " + analysis.model().find(environment)
                .map(e -> e.name()).orElse(environment.toString());
    }
}

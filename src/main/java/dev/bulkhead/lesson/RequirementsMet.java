package dev.bulkhead.lesson;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.analysis.TenantIsolation;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Tenant;
import java.util.stream.Collectors;

/** No tenant's isolation requirement fails in the design as modelled, in one environment or (null) the whole model. */
public record RequirementsMet(ElementId environment) implements TaskCheck {
    @Override
    public Verdict evaluate(Analysis analysis) {
        ScopeAnalysis scope = analysis.scope(environment);
        if (scope == null) {
            return new Verdict(false, "The environment this task is about was deleted; undo or restart the lesson");
        }
        OptionResult current = scope.option(OptionKey.CURRENT);
        if (current.failing().isEmpty()) {
            return new Verdict(true, "Every tenant's requirement is met");
        }
        String names = current.failing().stream().map(TenantIsolation::tenant)
                .map(id -> analysis.model().find(id).map(e -> ((Tenant) e).name()).orElse(id.toString()))
                .distinct().collect(Collectors.joining(", "));
        return new Verdict(false, "Requirement not met: " + names);
    }
}

package dev.bulkhead.lesson;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.TenantIsolation;
import dev.bulkhead.model.ElementId;
import java.util.Objects;
import java.util.stream.Collectors;

/** One tenant's isolation requirement is met in the design as modelled. */
public record TenantMeetsRequirement(ElementId tenant) implements TaskCheck {
    public TenantMeetsRequirement {
        Objects.requireNonNull(tenant, "tenant");
    }

    @Override
    public Verdict evaluate(Analysis analysis) {
        String name = analysis.model().find(tenant).map(e -> e.name()).orElse(null);
        if (name == null) {
            return new Verdict(false, "The tenant this task is about was deleted; undo or restart the lesson");
        }
        TenantIsolation isolation = analysis.whole().option(OptionKey.CURRENT).isolation().get(tenant);
        if (isolation.meetsRequirement()) {
            return new Verdict(true, name + " meets its requirement");
        }
        return new Verdict(false, name + " falls short on " + isolation.shortfalls().stream()
                .map(s -> s.dimension().label() + " (" + s.score() + " < " + s.required() + ")").collect(Collectors.joining(", ")));
    }
}

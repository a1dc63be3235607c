package dev.bulkhead.analysis.diff;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Money;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.Shortfall;
import dev.bulkhead.analysis.TenantCost;
import dev.bulkhead.analysis.TenantIsolation;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What differs between two designs (two scenarios of one model, or two files), in the terms of the design
 * session: which tenants moved between options, which quotas, node pools and connections changed, and what
 * that does to each tenant's cost and isolation. Layout is not a difference. Elements are matched by id, which
 * a scenario, a duplicated file or a saved copy keeps.
 *
 * @param symbol   the currency symbol money is shown with, {@code $}
 * @param currency the ISO 4217 code of every amount, {@code USD}
 * @param changes  elements added, removed or changed, by kind, then environment, then name
 * @param settings model-wide differences (pricing profile, assumptions), one sentence each
 * @param tenants  tenants whose placement, cost, isolation or verdict differs, by environment and name
 */
public record ModelDiff(String before, String after, String symbol, String currency, List<ElementChange> changes, List<String> settings,
                        List<TenantDelta> tenants, BigDecimal costBefore, BigDecimal costAfter, int unmetBefore,
                        int unmetAfter) {
    public ModelDiff {
        changes = List.copyOf(changes);
        settings = List.copyOf(settings);
        tenants = List.copyOf(tenants);
    }

    /**
     * The difference from one analysed design to another, each as modelled (the "current design" column).
     *
     * @param before label of the first (a file name, or file and scenario)
     * @param after  label of the second
     */
    public static ModelDiff between(String before, Analysis from, String after, Analysis to) {
        Model a = from.model();
        Model b = to.model();
        List<ElementChange> changes = ElementChanges.between(a, b);
        List<String> settings = SettingsChanges.between(a.settings(), b.settings());
        OptionResult current = from.whole().option(OptionKey.CURRENT);
        OptionResult next = to.whole().option(OptionKey.CURRENT);
        Set<ElementId> tenantIds = new TreeSet<>();
        a.all(Tenant.class).forEach(t -> tenantIds.add(t.id()));
        b.all(Tenant.class).forEach(t -> tenantIds.add(t.id()));
        List<TenantDelta> tenants = new ArrayList<>();
        CostCauses costCauses = new CostCauses(a, b, current, next, changes, settings, to.pricing().symbol());
        for (ElementId id : tenantIds) {
            Tenant tenant = (Tenant) b.find(id).or(() -> a.find(id)).orElseThrow();
            Model home = b.find(id).isPresent() ? b : a;
            TenantCost costA = current.tenantCosts().get(id);
            TenantCost costB = next.tenantCosts().get(id);
            TenantIsolation isoA = current.isolation().get(id);
            TenantIsolation isoB = next.isolation().get(id);
            TenantDelta delta = new TenantDelta(id, tenant.name(), home.environmentOf(id).map(Element::name).orElse(""),
                    isoA == null ? null : isoA.placement(), isoB == null ? null : isoB.placement(),
                    costA == null ? null : Money.cents(Money.exact(costA.total())),
                    costB == null ? null : Money.cents(Money.exact(costB.total())),
                    isoA == null ? null : isoA.score(), isoB == null ? null : isoB.score(),
                    isoA == null ? null : isoA.meetsRequirement(), isoB == null ? null : isoB.meetsRequirement(),
                    requirementChanges(isoA, isoB), ChangeCauses.moved(a, b, id, isoA, isoB),
                    ChangeCauses.requirement(a, b, id, isoA, isoB, changes),
                    costCauses.of(id));
            if (delta.differs()) {
                tenants.add(delta);
            }
        }
        tenants.sort(Comparator.comparing(TenantDelta::environment).thenComparing(TenantDelta::name)
                .thenComparing(TenantDelta::id));
        return new ModelDiff(before, after, to.pricing().symbol(), to.currency(), changes, settings, tenants, current.monthlyCost(),
                next.monthlyCost(), current.unmetRequirements(), next.unmetRequirements());
    }

    /** The dimensions whose requirement turned from unmet to met or back, or is still unmet, in the rubric's order. */
    private static List<RequirementChange> requirementChanges(TenantIsolation a, TenantIsolation b) {
        if (a == null || b == null) {
            return List.of();
        }
        Map<IsolationDimension, Shortfall> shortBefore = new EnumMap<>(IsolationDimension.class);
        Map<IsolationDimension, Shortfall> shortAfter = new EnumMap<>(IsolationDimension.class);
        a.shortfalls().forEach(s -> shortBefore.put(s.dimension(), s));
        b.shortfalls().forEach(s -> shortAfter.put(s.dimension(), s));
        List<RequirementChange> changed = new ArrayList<>();
        for (IsolationDimension dimension : IsolationDimension.values()) {
            if (shortBefore.containsKey(dimension) != shortAfter.containsKey(dimension) || shortAfter.containsKey(dimension)) {
                // A shortfall states its own figures: the hard gate's kernel shortfall is not in the plain scores.
                Shortfall was = shortBefore.get(dimension);
                Shortfall now = shortAfter.get(dimension);
                changed.add(new RequirementChange(dimension,
                        was != null ? was.score() : a.scores().getOrDefault(dimension, 0),
                        was != null ? was.required() : a.required().getOrDefault(dimension, 0),
                        now != null ? now.score() : b.scores().getOrDefault(dimension, 0),
                        now != null ? now.required() : b.required().getOrDefault(dimension, 0)));
            }
        }
        return changed;
    }

    /** Whether the two designs are the same (layout aside). */
    public boolean isEmpty() {
        return changes.isEmpty() && settings.isEmpty();
    }

    /** The element change of one id, if it changed: what the canvas marks. */
    public java.util.Optional<ElementChange> changeOf(ElementId id) {
        return changes.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Tenants that moved between options or between shared and own nodes. */
    public List<TenantDelta> moved() {
        return tenants.stream().filter(TenantDelta::moved).toList();
    }
}

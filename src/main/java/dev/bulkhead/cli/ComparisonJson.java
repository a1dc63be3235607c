package dev.bulkhead.cli;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.BlastRadius;
import dev.bulkhead.analysis.CostLine;
import dev.bulkhead.analysis.OperationsLeftOut;
import dev.bulkhead.analysis.CostTerm;
import dev.bulkhead.analysis.Finding;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.analysis.Shortfall;
import dev.bulkhead.analysis.TenantIsolation;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.EnumNames;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.Model;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON document of {@code bulkhead compare --format json}: per option ({@code namespace}, {@code vcluster},
 * {@code dedicated}, {@code recommended}) its monthly cost, isolation score, unmet requirements, cost
 * breakdown with formulas, dimension scores and failing tenants; plus findings and currency. A model with scenarios
 * adds {@code asModelled} first: the chosen scenario's own design with the same fields, as the table's first column.
 */
final class ComparisonJson {
    private ComparisonJson() {
    }

    static Map<String, Object> of(Analysis analysis, ScopeAnalysis scope) {
        Model model = analysis.model();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("model", model.settings().name());
        root.put("scope", scope.label());
        root.put("pricingProfile", analysis.pricing().profile().id());
        root.put("currency", analysis.currency());
        root.put("tenants", scope.tenantCount());
        // Operations costed at zero change the ranking: say so wherever the figures go.
        root.put("operationsLeftOut", OperationsLeftOut.isOn(model));
        if (!model.scenarios().isDefault()) {
            // The table's first column ("proposal A (as modelled)"): the chosen scenario's own design, figures alike.
            Map<String, Object> asModelled = new LinkedHashMap<>();
            asModelled.put("scenario", model.scenarios().active());
            asModelled.put("heading", model.scenarios().asModelledHeading());
            asModelled.putAll(option(scope.option(OptionKey.CURRENT), model, analysis.pricing().symbol()));
            root.put("asModelled", asModelled);
        }
        for (OptionKey key : OptionKey.COMPARED) {
            Map<String, Object> option = option(scope.option(key), model, analysis.pricing().symbol());
            if (key == OptionKey.RECOMMENDED) {
                option.put("assignments", assignments(scope, model));
            }
            root.put(key.key(), option);
        }
        root.put("cheapestMeetingAll", scope.cheapestMeetingAll().map(OptionKey::key).orElse(null));
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding finding : analysis.findings()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("severity", EnumNames.of(finding.severity()));
            f.put("code", finding.code().id());
            f.put("element", finding.element() == null ? null : finding.element().value());
            f.put("message", finding.message());
            findings.add(f);
        }
        root.put("findings", findings);
        return root;
    }

    private static Map<String, Object> option(OptionResult result, Model model, String symbol) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("monthlyCost", result.monthlyCost());
        option.put("infrastructure", result.infrastructure());
        option.put("operations", result.operations());
        option.put("perTenant", result.perTenant());
        // Every category, zero included, so that each option's document has the same keys.
        Map<String, Object> parts = new LinkedHashMap<>();
        for (dev.bulkhead.analysis.CostCategory category : dev.bulkhead.analysis.CostCategory.values()) {
            parts.put(category.label(), result.byCategory().getOrDefault(category, dev.bulkhead.analysis.Money.ZERO));
        }
        option.put("byCategory", parts);
        option.put("isolationScore", round(result.isolationScore(), 1));
        option.put("unmetRequirements", result.unmetRequirements());
        // The compare chart's height: comparable to 0 (met), unlike the mean isolationScore to any requirement.
        option.put("requirementMargin", result.requirementMargin());
        List<Map<String, Object>> breakdown = new ArrayList<>();
        for (CostLine line : result.lines()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("item", line.item());
            item.put("category", line.category().label());
            item.put("monthly", line.monthly());
            item.put("formula", line.formula(symbol));
            List<Map<String, Object>> inputs = new ArrayList<>();
            for (CostTerm term : line.terms()) {
                Map<String, Object> input = new LinkedHashMap<>();
                input.put("input", term.label());
                input.put("value", term.value());
                input.put("unit", term.kind() == CostTerm.Kind.PRICE || term.kind() == CostTerm.Kind.NOT_PRICED
                        ? symbol + "/" + term.unit() : term.unit());
                if (term.kind() == CostTerm.Kind.NOT_PRICED) {
                    input.put("notPriced", true);
                }
                input.put("divides", term.divisor());
                input.put("source", term.source());
                inputs.add(input);
            }
            item.put("inputs", inputs);
            if (!line.basis().isEmpty()) {
                item.put("basis", line.basis());
            }
            breakdown.add(item);
        }
        option.put("costBreakdown", breakdown);
        Map<String, Object> dimensions = new LinkedHashMap<>();
        for (IsolationDimension dimension : IsolationDimension.values()) {
            dimensions.put(EnumNames.of(dimension), round(result.dimensions().getOrDefault(dimension, 0.0), 2));
        }
        option.put("dimensions", dimensions);
        List<Map<String, Object>> failing = new ArrayList<>();
        for (TenantIsolation tenant : result.failing()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("tenant", name(model, tenant.tenant()));
            entry.put("id", tenant.tenant().value());
            entry.put("environment", model.environmentOf(tenant.tenant()).map(e -> e.name()).orElse(null));
            List<Map<String, Object>> shortfalls = new ArrayList<>();
            for (Shortfall shortfall : tenant.shortfalls()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("dimension", EnumNames.of(shortfall.dimension()));
                s.put("score", shortfall.score());
                s.put("required", shortfall.required());
                s.put("why", shortfall.why());
                shortfalls.add(s);
            }
            entry.put("shortfalls", shortfalls);
            failing.add(entry);
        }
        option.put("failingTenants", failing);
        BlastRadius blast = result.blastRadius();
        Map<String, Object> radius = new LinkedHashMap<>();
        radius.put("tenants", blast.tenants());
        radius.put("viaKernel", blast.viaKernel());
        radius.put("viaConnections", blast.viaConnections());
        radius.put("agent", blast.agent() == null ? null : blast.agent().value());
        radius.put("explanation", blast.explanation());
        option.put("blastRadius", radius);
        return option;
    }

    private static List<Map<String, Object>> assignments(ScopeAnalysis scope, Model model) {
        List<Map<String, Object>> list = new ArrayList<>();
        scope.recommendation().placements().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> {
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("tenant", name(model, entry.getKey()));
                    a.put("id", entry.getKey().value());
                    a.put("environment", model.environmentOf(entry.getKey()).map(e -> e.name()).orElse(null));
                    a.put("placement", entry.getValue().key());
                    a.put("why", scope.recommendation().reason(entry.getKey()));
                    list.add(a);
                });
        return list;
    }

    private static String name(Model model, ElementId id) {
        return model.find(id).map(e -> e.name()).orElse(id.value());
    }

    private static BigDecimal round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }
}

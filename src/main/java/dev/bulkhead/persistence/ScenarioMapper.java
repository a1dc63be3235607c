package dev.bulkhead.persistence;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementLayout;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.IntegrityProblem;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelSettings;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.ScenarioState;
import dev.bulkhead.model.Scenarios;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelFileDto.LayoutDto;
import dev.bulkhead.persistence.ModelFileDto.PricingDto;
import dev.bulkhead.persistence.ModelFileDto.ScenariosDto;
import dev.bulkhead.persistence.ModelFileDto.VariantDto;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scenarios in the file (format 2): the base scenario is the file's top level, so a reader that knows no
 * scenarios still sees a whole model, and every other scenario is stored as the difference from it.
 */
final class ScenarioMapper {
    private ScenarioMapper() {
    }

    // --- file to domain ---------------------------------------------------------------------------------

    /** The base model with the file's scenarios, showing the one that was active when it was saved. */
    static Model withScenarios(Model base, ScenariosDto dto) {
        FilePath at = FilePath.ROOT.appendProperty("scenarios");
        String baseName = ModelMapper.build(at.appendProperty("base"),
                () -> Scenarios.single(ModelMapper.required(dto.base(), at, "base")).base());
        List<String> names = new ArrayList<>(List.of(baseName));
        Map<String, ScenarioState> stored = new LinkedHashMap<>();
        List<VariantDto> variants = ModelMapper.orDefault(dto.variants(), List.of());
        for (int i = 0; i < variants.size(); i++) {
            FilePath variantAt = at.appendProperty("variants").appendIndex(i);
            VariantDto variant = variants.get(i);
            if (variant == null) {
                throw new MappingException(variantAt, "an entry is null; remove it");
            }
            String name = ModelMapper.build(variantAt.appendProperty("name"),
                    () -> Scenarios.single(ModelMapper.required(variant.name(), variantAt, "name")).base());
            if (names.contains(name)) {
                throw new MappingException(variantAt.appendProperty("name"), "two scenarios are named '" + name + "'; rename one");
            }
            names.add(name);
            stored.put(name, variant(base, variant, variantAt));
        }
        String active = ModelMapper.orDefault(dto.active(), baseName);
        if (!names.contains(active)) {
            throw new MappingException(at.appendProperty("active"), "no scenario named '" + active
                    + "'; this model has: " + String.join(", ", names));
        }
        Scenarios scenarios = new Scenarios(names, baseName, stored);
        return Model.of(base.settings(), base.elements().values(), base.layout(), scenarios).inScenario(active);
    }

    private static ScenarioState variant(Model base, VariantDto dto, FilePath at) {
        TreeMap<ElementId, Element> elements = new TreeMap<>(base.elements());
        TreeMap<ElementId, ElementLayout> layout = new TreeMap<>(base.layout());
        Map<ElementId, FilePath> where = new HashMap<>();
        List<String> removed = ModelMapper.orDefault(dto.removed(), List.of());
        for (int i = 0; i < removed.size(); i++) {
            FilePath removedAt = at.appendProperty("removed").appendIndex(i);
            ElementId id = ModelMapper.id(removed.get(i), removedAt);
            if (elements.remove(id) == null) {
                throw new MappingException(removedAt, "removes '" + id + "', which the base scenario does not have; "
                        + "delete this entry");
            }
            layout.remove(id);
        }
        List<Element> overlay = new ArrayList<>();
        ModelMapper.addAll(at, overlay, where, "environments", dto.environments(), ModelMapper::environment);
        ModelMapper.addAll(at, overlay, where, "clusters", dto.clusters(), ModelMapper::cluster);
        ModelMapper.addAll(at, overlay, where, "nodePools", dto.nodePools(), ModelMapper::nodePool);
        ModelMapper.addAll(at, overlay, where, "tenants", dto.tenants(), ModelMapper::tenant);
        ModelMapper.addAll(at, overlay, where, "agents", dto.agents(), ModelMapper::agent);
        ModelMapper.addAll(at, overlay, where, "externalEndpoints", dto.externalEndpoints(), ModelMapper::endpoint);
        ModelMapper.addAll(at, overlay, where, "connections", dto.connections(), ModelMapper::connection);
        overlay.forEach(element -> elements.put(element.id(), element));
        FilePath layoutAt = at.appendProperty("layout");
        ModelMapper.orDefault(dto.layout(), Map.<String, LayoutDto>of()).forEach((key, entry) -> {
            FilePath entryAt = layoutAt.appendProperty(key);
            layout.put(ModelMapper.id(key, entryAt), ModelMapper.layout(entry, entryAt));
        });
        List<String> unplaced = ModelMapper.orDefault(dto.unplaced(), List.of());
        for (int i = 0; i < unplaced.size(); i++) {
            layout.remove(ModelMapper.id(unplaced.get(i), at.appendProperty("unplaced").appendIndex(i)));
        }
        List<IntegrityProblem> problems = Model.problems(elements.values(), layout);
        if (!problems.isEmpty()) {
            IntegrityProblem first = problems.get(0);
            FilePath problemAt = first.attribute().equals("layout")
                    ? layoutAt.appendProperty(first.element().value())
                    : where.getOrDefault(first.element(), at).appendProperty(first.attribute());
            throw new MappingException(problemAt, first.message());
        }
        ModelSettings settings = base.settings();
        if (dto.pricing() != null) {
            PricingDto pricing = dto.pricing();
            settings = ModelMapper.build(at.appendProperty("pricing"), () -> new ModelSettings(base.settings().name(),
                    base.settings().description(), ModelMapper.orDefault(pricing.profile(), base.settings().pricingProfile()),
                    new TreeMap<>(ModelMapper.orDefault(pricing.overrides(), Map.of())), base.settings().namespacePattern()));
        }
        return new ScenarioState(settings.pricingProfile(), settings.assumptionOverrides(), elements, layout);
    }

    // --- domain to file ---------------------------------------------------------------------------------

    /** The scenarios of a model as overlays on its base; null for a model with only the default scenario. */
    static ScenariosDto scenariosDto(Model model) {
        Scenarios scenarios = model.scenarios();
        if (scenarios.isDefault()) {
            return null;
        }
        ScenarioState base = model.stateOf(scenarios.base());
        List<VariantDto> variants = new ArrayList<>();
        for (String name : scenarios.names().subList(1, scenarios.names().size())) {
            variants.add(variantDto(name, base, model.stateOf(name)));
        }
        return new ScenariosDto(scenarios.base(), scenarios.active(), variants.isEmpty() ? null : variants);
    }

    private static VariantDto variantDto(String name, ScenarioState base, ScenarioState state) {
        List<Element> changed = state.elements().values().stream()
                .filter(element -> !element.equals(base.elements().get(element.id()))).toList();
        List<String> removed = base.elements().keySet().stream().filter(id -> !state.elements().containsKey(id))
                .map(ElementId::value).toList();
        Map<String, LayoutDto> layout = new TreeMap<>();
        state.layout().forEach((id, entry) -> {
            if (!entry.equals(base.layout().get(id))) {
                layout.put(id.value(), ModelMapper.layoutDto(entry));
            }
        });
        List<String> unplaced = base.layout().keySet().stream()
                .filter(id -> state.elements().containsKey(id) && !state.layout().containsKey(id)).map(ElementId::value).toList();
        boolean samePricing = base.pricingProfile().equals(state.pricingProfile())
                && base.assumptionOverrides().equals(state.assumptionOverrides());
        return new VariantDto(name,
                samePricing ? null : new PricingDto(state.pricingProfile(), state.assumptionOverrides()),
                of(changed, Environment.class, ModelMapper::environmentDto),
                of(changed, Cluster.class, ModelMapper::clusterDto),
                of(changed, NodePool.class, ModelMapper::nodePoolDto),
                of(changed, Tenant.class, ModelMapper::tenantDto),
                of(changed, Agent.class, ModelMapper::agentDto),
                of(changed, ExternalEndpoint.class, ModelMapper::endpointDto),
                of(changed, Connection.class, ModelMapper::connectionDto),
                removed.isEmpty() ? null : removed,
                layout.isEmpty() ? null : layout,
                unplaced.isEmpty() ? null : unplaced);
    }

    /** The DTOs of the changed elements of one type, or null when there are none (left out of the file). */
    private static <E extends Element, D> List<D> of(List<Element> changed, Class<E> type, Function<E, D> toDto) {
        List<D> dtos = changed.stream().filter(type::isInstance).map(type::cast).map(toDto).filter(Objects::nonNull).toList();
        return dtos.isEmpty() ? null : dtos;
    }
}

package dev.bulkhead.persistence;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.CodeOrigin;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.Egress;
import dev.bulkhead.model.EgressMode;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementLayout;
import dev.bulkhead.model.EnumNames;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.IntegrityProblem;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelSettings;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Protocol;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.SupportTier;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.model.TerraformLayout;
import dev.bulkhead.model.TrustLevel;
import dev.bulkhead.model.ValueOutOfRangeException;
import dev.bulkhead.persistence.ModelFileDto.AgentDto;
import dev.bulkhead.persistence.ModelFileDto.ClusterDto;
import dev.bulkhead.persistence.ModelFileDto.ConnectionDto;
import dev.bulkhead.persistence.ModelFileDto.DemandDto;
import dev.bulkhead.persistence.ModelFileDto.EgressDto;
import dev.bulkhead.persistence.ModelFileDto.EnvironmentDto;
import dev.bulkhead.persistence.ModelFileDto.ExternalEndpointDto;
import dev.bulkhead.persistence.ModelFileDto.LayoutDto;
import dev.bulkhead.persistence.ModelFileDto.NodePoolDto;
import dev.bulkhead.persistence.ModelFileDto.PricingDto;
import dev.bulkhead.persistence.ModelFileDto.TenantDto;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * Converts between the file shape and the domain. Reading applies defaults for optional fields and turns
 * every refusal into a {@link MappingException} that says where in the file the bad value stands.
 */
final class ModelMapper {
    /** What {@code option} says for a tenant that follows its environment. */
    static final String FOLLOW_ENVIRONMENT = "follow-environment";
    /** What {@code option} says for an environment with no option chosen. */
    static final String NO_OPTION = "none";
    static final int DEFAULT_STARTUP_BUDGET_MS = 1_000;
    /** Entry lists this long are mapped on every core (a 10,000-element file, issue 16); shorter ones stay on one. */
    private static final int PARALLEL_ENTRIES = 1_000;

    private ModelMapper() {
    }

    // --- file to domain ---------------------------------------------------------------------------------

    static Model toModel(ModelFileDto file) {
        FilePath root = FilePath.ROOT;
        PricingDto pricing = file.pricing() == null ? new PricingDto(null, null) : file.pricing();
        // An assumption's range error points into pricing.overrides, every other one at the model.
        ModelSettings settings = build(root, root.appendProperty("pricing"), () -> new ModelSettings(
                required(file.name(), root, "name"),
                orDefault(file.description(), ""),
                orDefault(pricing.profile(), ModelSettings.DEFAULT.pricingProfile()),
                new TreeMap<>(orDefault(pricing.overrides(), Map.of())),
                orDefault(file.namespacePattern(), ModelSettings.DEFAULT_NAMESPACE_PATTERN),
                NotesMapper.toNotes(file.notes())));

        List<Element> elements = new ArrayList<>();
        Map<ElementId, FilePath> where = new HashMap<>();
        addAll(elements, where, "environments", file.environments(), ModelMapper::environment);
        addAll(elements, where, "clusters", file.clusters(), ModelMapper::cluster);
        addAll(elements, where, "nodePools", file.nodePools(), ModelMapper::nodePool);
        addAll(elements, where, "tenants", file.tenants(), ModelMapper::tenant);
        addAll(elements, where, "agents", file.agents(), ModelMapper::agent);
        addAll(elements, where, "externalEndpoints", file.externalEndpoints(), ModelMapper::endpoint);
        addAll(elements, where, "connections", file.connections(), ModelMapper::connection);

        Map<ElementId, ElementLayout> layout = new LinkedHashMap<>();
        FilePath layoutAt = root.appendProperty("layout");
        orDefault(file.layout(), Map.<String, LayoutDto>of()).forEach((key, dto) -> {
            FilePath at = layoutAt.appendProperty(key);
            ElementId id = id(key, at);
            layout.put(id, layout(dto, at));
            where.putIfAbsent(id, at);
        });

        Model base;
        try {
            base = Model.of(settings, elements, layout);
        } catch (IllegalArgumentException e) {
            // Model.of checks the parts; only a broken file lists its problems again, to say where the first stands.
            List<IntegrityProblem> problems = Model.problems(elements, layout);
            if (problems.isEmpty()) {
                throw e;
            }
            IntegrityProblem first = problems.get(0);
            FilePath at = first.attribute().equals("layout")
                    ? layoutAt.appendProperty(first.element().value())
                    : where.get(first.element()).appendProperty(first.attribute());
            throw new MappingException(at, first.message());
        }
        Model withScenarios = file.scenarios() == null ? base : ScenarioMapper.withScenarios(base, file.scenarios());
        return file.stories() == null ? withScenarios : withScenarios.withStories(StoryMapper.stories(file.stories(), withScenarios));
    }

    private static <D> void addAll(List<Element> elements, Map<ElementId, FilePath> where, String field,
                                   List<D> dtos, BiFunction<D, FilePath, Element> mapper) {
        addAll(FilePath.ROOT, elements, where, field, dtos, mapper);
    }

    /** Maps one list of element entries found under {@code root} (the file, or a scenario's overlay). */
    static <D> void addAll(FilePath root, List<Element> elements, Map<ElementId, FilePath> where, String field,
                           List<D> dtos, BiFunction<D, FilePath, Element> mapper) {
        if (dtos == null) {
            return;
        }
        FilePath listAt = root.appendProperty(field);
        // Each entry maps on its own, so a long list maps on every core; the first refusal in the file's order is
        // the one reported, as when the entries were mapped one after the other.
        Object[] mapped = new Object[dtos.size()];
        IntStream indices = IntStream.range(0, dtos.size());
        (dtos.size() >= PARALLEL_ENTRIES ? indices.parallel() : indices)
                .forEach(i -> mapped[i] = elementOrRefusal(dtos.get(i), listAt.appendIndex(i), mapper));
        for (int i = 0; i < mapped.length; i++) {
            if (mapped[i] instanceof RuntimeException refusal) {
                throw refusal;
            }
            Element element = (Element) mapped[i];
            elements.add(element);
            where.putIfAbsent(element.id(), listAt.appendIndex(i));
        }
    }

    /** The element an entry maps to, or the exception its mapping threw. */
    private static <D> Object elementOrRefusal(D dto, FilePath at, BiFunction<D, FilePath, Element> mapper) {
        if (dto == null) {
            return new MappingException(at, "an entry is null; remove it");
        }
        try {
            return mapper.apply(dto, at);
        } catch (RuntimeException e) {
            return e;
        }
    }

    static Environment environment(EnvironmentDto dto, FilePath at) {
        return build(at, () -> new Environment(
                id(required(dto.id(), at, "id"), at.appendProperty("id")),
                required(dto.name(), at, "name"),
                enumOf(EnvironmentKind.class, required(dto.kind(), at, "kind"), at, "kind"),
                enumOf(Criticality.class, required(dto.criticality(), at, "criticality"), at, "criticality"),
                optionOf(dto.option(), NO_OPTION, at),
                enumOf(TerraformLayout.class, orDefault(dto.terraformLayout(), "directories"), at, "terraformLayout")));
    }

    static Cluster cluster(ClusterDto dto, FilePath at) {
        Set<SandboxRuntime> runtimes = EnumSet.of(SandboxRuntime.RUNC);
        List<String> names = orDefault(dto.sandboxRuntimes(), List.of());
        for (int i = 0; i < names.size(); i++) {
            runtimes.add(enumOf(SandboxRuntime.class, names.get(i), at.appendProperty("sandboxRuntimes").appendIndex(i)));
        }
        return build(at, () -> new Cluster(
                id(required(dto.id(), at, "id"), at.appendProperty("id")),
                required(dto.name(), at, "name"),
                id(required(dto.environment(), at, "environment"), at.appendProperty("environment")),
                enumOf(Provider.class, required(dto.provider(), at, "provider"), at, "provider"),
                required(dto.region(), at, "region"),
                enumOf(SupportTier.class, orDefault(dto.supportTier(), "standard"), at, "supportTier"),
                runtimes,
                orDefault(dto.networkPolicyDefaultDeny(), true),
                dto.addressRange()));
    }

    static NodePool nodePool(NodePoolDto dto, FilePath at) {
        return build(at, () -> new NodePool(
                id(required(dto.id(), at, "id"), at.appendProperty("id")),
                required(dto.name(), at, "name"),
                id(required(dto.cluster(), at, "cluster"), at.appendProperty("cluster")),
                required(dto.instanceType(), at, "instanceType"),
                required(dto.vcpu(), at, "vcpu"),
                required(dto.memoryGiB(), at, "memoryGiB"),
                dto.hourlyPrice(),
                orDefault(dto.minCount(), 1),
                required(dto.maxCount(), at, "maxCount"),
                new TreeMap<>(orDefault(dto.labels(), Map.of())),
                orDefault(dto.taints(), List.of()),
                dto.dedicatedTo() == null ? null : id(dto.dedicatedTo(), at.appendProperty("dedicatedTo"))));
    }

    static Tenant tenant(TenantDto dto, FilePath at) {
        DemandDto demand = required(dto.demand(), at, "demand");
        FilePath demandAt = at.appendProperty("demand");
        ResourceDemand resources = build(demandAt, () -> new ResourceDemand(
                required(demand.cpu(), demandAt, "cpu"),
                required(demand.memoryGiB(), demandAt, "memoryGiB"),
                required(demand.pods(), demandAt, "pods"),
                orDefault(demand.storageGiB(), 0.0)));
        Map<IsolationDimension, Integer> requirements = new EnumMap<>(IsolationDimension.class);
        FilePath requirementsAt = at.appendProperty("requirements");
        orDefault(dto.requirements(), Map.<String, Integer>of()).forEach((key, score) -> {
            if (score == null) {
                throw new MappingException(requirementsAt.appendProperty(key), "a requirement needs a score from 0 to 4");
            }
            requirements.put(enumOf(IsolationDimension.class, key, requirementsAt.appendProperty(key)), score);
        });
        return build(at, () -> new Tenant(
                id(required(dto.id(), at, "id"), at.appendProperty("id")),
                required(dto.name(), at, "name"),
                id(required(dto.cluster(), at, "cluster"), at.appendProperty("cluster")),
                enumOf(TenantKind.class, required(dto.kind(), at, "kind"), at, "kind"),
                required(dto.ownerGroup(), at, "ownerGroup"),
                resources,
                requirements,
                optionOf(dto.option(), FOLLOW_ENVIRONMENT, at),
                enumOf(SandboxRuntime.class, orDefault(dto.runtime(), "runc"), at, "runtime"),
                enumOf(CodeOrigin.class, orDefault(dto.codeOrigin(), "in-house"), at, "codeOrigin"),
                dto.regulatedData()));
    }

    static Agent agent(AgentDto dto, FilePath at) {
        EgressDto egressDto = orDefault(dto.egress(), new EgressDto("none", List.of()));
        FilePath egressAt = at.appendProperty("egress");
        Egress egress = build(egressAt, () -> new Egress(
                enumOf(EgressMode.class, required(egressDto.mode(), egressAt, "mode"), egressAt, "mode"),
                orDefault(egressDto.allow(), List.of())));
        return build(at, () -> new Agent(
                id(required(dto.id(), at, "id"), at.appendProperty("id")),
                required(dto.name(), at, "name"),
                id(required(dto.tenant(), at, "tenant"), at.appendProperty("tenant")),
                enumOf(TrustLevel.class, required(dto.trust(), at, "trust"), at, "trust"),
                enumOf(SandboxRuntime.class, orDefault(dto.runtime(), "runc"), at, "runtime"),
                required(dto.concurrency(), at, "concurrency"),
                orDefault(dto.warmPool(), 0),
                required(dto.cpuPerSandbox(), at, "cpuPerSandbox"),
                required(dto.memoryGiBPerSandbox(), at, "memoryGiBPerSandbox"),
                egress,
                orDefault(dto.secretsAccess(), false),
                orDefault(dto.tools(), List.of()),
                orDefault(dto.exposedToUntrustedInput(), false),
                orDefault(dto.startupBudgetMs(), DEFAULT_STARTUP_BUDGET_MS)));
    }

    static ExternalEndpoint endpoint(ExternalEndpointDto dto, FilePath at) {
        return build(at, () -> new ExternalEndpoint(
                id(required(dto.id(), at, "id"), at.appendProperty("id")),
                required(dto.name(), at, "name"),
                required(dto.address(), at, "address"),
                dto.addressRange()));
    }

    static Connection connection(ConnectionDto dto, FilePath at) {
        return build(at, () -> new Connection(
                id(required(dto.id(), at, "id"), at.appendProperty("id")),
                orDefault(dto.name(), "traffic"),
                id(required(dto.from(), at, "from"), at.appendProperty("from")),
                id(required(dto.to(), at, "to"), at.appendProperty("to")),
                required(dto.port(), at, "port"),
                enumOf(Protocol.class, orDefault(dto.protocol(), "tcp"), at, "protocol"),
                dto.monthlyTrafficGB()));
    }

    static ElementLayout layout(LayoutDto dto, FilePath at) {
        if (dto == null) {
            throw new MappingException(at, "a layout entry needs x, y, width and height");
        }
        return build(at, () -> ElementLayout.of(
                required(dto.x(), at, "x"), required(dto.y(), at, "y"),
                required(dto.width(), at, "width"), required(dto.height(), at, "height"),
                orDefault(dto.collapsed(), false)));
    }

    // --- domain to file ---------------------------------------------------------------------------------

    /** The file of a model: its base scenario at the top level, the other scenarios as overlays on it. */
    static ModelFileDto toFile(Model model) {
        Model base = model.inScenario(model.scenarios().base());
        return toFile(base, ScenarioMapper.scenariosDto(model), StoryMapper.storiesDto(model.stories()));
    }

    private static ModelFileDto toFile(Model model, ModelFileDto.ScenariosDto scenarios, List<ModelFileDto.StoryDto> stories) {
        ModelSettings settings = model.settings();
        Map<String, LayoutDto> layout = new TreeMap<>();
        model.layout().forEach((id, entry) -> layout.put(id.value(), layoutDto(entry)));
        ModelFileDto.NotesDto notes = NotesMapper.toDto(settings.notes());
        int version = stories != null || notes != null ? ModelFormat.VERSION
                : scenarios == null ? ModelFormat.VERSION_WITHOUT_SCENARIOS : ModelFormat.VERSION_WITH_SCENARIOS;
        return new ModelFileDto(version, settings.name(), settings.description(),
                new PricingDto(settings.pricingProfile(), settings.assumptionOverrides()), settings.namespacePattern(),
                model.all(Environment.class).stream().map(ModelMapper::environmentDto).toList(),
                model.all(Cluster.class).stream().map(ModelMapper::clusterDto).toList(),
                model.all(NodePool.class).stream().map(ModelMapper::nodePoolDto).toList(),
                model.all(Tenant.class).stream().map(ModelMapper::tenantDto).toList(),
                model.all(Agent.class).stream().map(ModelMapper::agentDto).toList(),
                model.all(ExternalEndpoint.class).stream().map(ModelMapper::endpointDto).toList(),
                model.all(Connection.class).stream().map(ModelMapper::connectionDto).toList(),
                layout, scenarios, stories, notes);
    }

    static ExternalEndpointDto endpointDto(ExternalEndpoint e) {
        return new ExternalEndpointDto(e.id().value(), e.name(), e.address(), e.addressRange());
    }

    static ConnectionDto connectionDto(Connection c) {
        return new ConnectionDto(c.id().value(), c.name(), c.from().value(), c.to().value(), c.port(),
                EnumNames.of(c.protocol()), c.monthlyTrafficGB());
    }

    static LayoutDto layoutDto(ElementLayout entry) {
        return new LayoutDto(entry.geometry().x(), entry.geometry().y(), entry.geometry().width(), entry.geometry().height(),
                entry.collapsed());
    }

    static EnvironmentDto environmentDto(Environment e) {
        return new EnvironmentDto(e.id().value(), e.name(), EnumNames.of(e.environmentKind()),
                EnumNames.of(e.criticality()), e.option() == null ? NO_OPTION : EnumNames.of(e.option()),
                EnumNames.of(e.terraformLayout()));
    }

    static ClusterDto clusterDto(Cluster c) {
        return new ClusterDto(c.id().value(), c.name(), c.environment().value(), EnumNames.of(c.provider()),
                c.region(), EnumNames.of(c.supportTier()),
                EnumSet.copyOf(c.sandboxRuntimes()).stream().map(EnumNames::of).toList(),
                c.networkPolicyDefaultDeny(), c.addressRange());
    }

    static NodePoolDto nodePoolDto(NodePool p) {
        return new NodePoolDto(p.id().value(), p.name(), p.cluster().value(), p.instanceType(), p.vcpu(),
                p.memoryGiB(), p.hourlyPrice(), p.minCount(), p.maxCount(), p.labels(), p.taints(),
                p.dedicatedTo() == null ? null : p.dedicatedTo().value());
    }

    static TenantDto tenantDto(Tenant t) {
        Map<String, Integer> requirements = new LinkedHashMap<>();
        for (IsolationDimension dimension : IsolationDimension.values()) {
            Integer score = t.requirementOverrides().get(dimension);
            if (score != null) {
                requirements.put(EnumNames.of(dimension), score);
            }
        }
        ResourceDemand d = t.demand();
        return new TenantDto(t.id().value(), t.name(), t.cluster().value(), EnumNames.of(t.tenantKind()),
                t.ownerGroup(), new DemandDto(d.cpu(), d.memoryGiB(), d.pods(), d.storageGiB()), requirements,
                t.option() == null ? FOLLOW_ENVIRONMENT : EnumNames.of(t.option()),
                // Defaults are left out, so that files of models that do not use them stay as they were.
                t.runtime() == SandboxRuntime.RUNC ? null : EnumNames.of(t.runtime()),
                t.codeOrigin() == CodeOrigin.IN_HOUSE ? null : EnumNames.of(t.codeOrigin()),
                t.regulatedData());
    }

    static AgentDto agentDto(Agent a) {
        return new AgentDto(a.id().value(), a.name(), a.tenant().value(), EnumNames.of(a.trust()),
                EnumNames.of(a.runtime()), a.concurrency(), a.warmPool(), a.cpuPerSandbox(), a.memoryGiBPerSandbox(),
                new EgressDto(EnumNames.of(a.egress().mode()), a.egress().allowList()), a.secretsAccess(), a.tools(),
                a.exposedToUntrustedInput(), a.startupBudgetMs());
    }

    // --- helpers ----------------------------------------------------------------------------------------

    static <T> T required(T value, FilePath at, String field) {
        if (value == null) {
            throw new MappingException(at.appendProperty(field), "required field '" + field + "' is missing");
        }
        return value;
    }

    static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    static ElementId id(String text, FilePath at) {
        try {
            return new ElementId(text);
        } catch (IllegalArgumentException e) {
            throw new MappingException(at, e.getMessage());
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String text, FilePath at, String field) {
        return enumOf(type, text, at.appendProperty(field));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String text, FilePath at) {
        try {
            return EnumNames.parse(type, text);
        } catch (IllegalArgumentException e) {
            throw new MappingException(at, e.getMessage());
        }
    }

    private static TenancyOption optionOf(String text, String none, FilePath at) {
        if (text == null || text.equals(none)) {
            return null;
        }
        try {
            return EnumNames.parse(TenancyOption.class, text);
        } catch (IllegalArgumentException e) {
            throw new MappingException(at.appendProperty("option"), "'" + text + "' is not one of " + none + ", "
                    + EnumNames.allOf(TenancyOption.class));
        }
    }

    /** Runs a domain constructor; its refusal becomes an error at {@code at}, or at the field out of range. */
    static <T> T build(FilePath at, java.util.function.Supplier<T> constructor) {
        return build(at, at, constructor);
    }

    /** As {@link #build(FilePath, java.util.function.Supplier)}, with range errors located under {@code rangesAt}. */
    private static <T> T build(FilePath at, FilePath rangesAt, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (ValueOutOfRangeException e) {
            FilePath field = rangesAt.appendProperty(e.range().field());
            throw new MappingException(e.key() == null ? field : field.appendProperty(e.key()), e.getMessage());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MappingException(at, String.valueOf(e.getMessage()));
        }
    }
}

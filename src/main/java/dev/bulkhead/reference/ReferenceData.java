package dev.bulkhead.reference;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.bulkhead.model.EnumNames;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.SupportTier;
import dev.bulkhead.model.TenantKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures Bulkhead computes with, loaded once from the {@code assets/} folder bundled in the jar:
 * pricing profiles, assumption defaults and the isolation rubric.
 */
public final class ReferenceData {
    /** Profile ids in the order the app offers them. */
    public static final List<String> PROFILE_IDS = List.of("aws-us-east-1", "gcp-us-central1", "azure-eastus", "on-prem");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static volatile ReferenceData bundled;

    private final Map<String, PricingProfile> profiles;
    private final Map<String, AssumptionDefinition> assumptions;
    private final IsolationRubric rubric;

    /** Reference data from explicit parts (tests build their own). */
    public ReferenceData(Map<String, PricingProfile> profiles, Map<String, AssumptionDefinition> assumptions,
                         IsolationRubric rubric) {
        this.profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
        this.assumptions = Collections.unmodifiableMap(new LinkedHashMap<>(assumptions));
        this.rubric = rubric;
    }

    /** The data bundled with this build; read once, then shared. */
    public static ReferenceData bundled() {
        ReferenceData data = bundled;
        if (data == null) {
            synchronized (ReferenceData.class) {
                data = bundled;
                if (data == null) {
                    data = load();
                    bundled = data;
                }
            }
        }
        return data;
    }

    /** All pricing profiles by id, in {@link #PROFILE_IDS} order. */
    public Map<String, PricingProfile> profiles() {
        return profiles;
    }

    /** A pricing profile by id. */
    public Optional<PricingProfile> profile(String id) {
        return Optional.ofNullable(profiles.get(id));
    }

    /** Every assumption by key, in catalogue order. */
    public Map<String, AssumptionDefinition> assumptions() {
        return assumptions;
    }

    /** The isolation rubric. */
    public IsolationRubric rubric() {
        return rubric;
    }

    // --- loading ----------------------------------------------------------------------------------------

    private static ReferenceData load() {
        Map<String, PricingProfile> profiles = new LinkedHashMap<>();
        for (String id : PROFILE_IDS) {
            profiles.put(id, read("pricing/" + id + ".json", ProfileFile.class).toProfile());
        }
        Map<String, AssumptionDefinition> assumptions = new LinkedHashMap<>();
        for (AssumptionDefinition definition : read("assumptions.json", AssumptionsFile.class).assumptions()) {
            assumptions.put(definition.key(), definition);
        }
        return new ReferenceData(profiles, assumptions, read("isolation-rubric.json", RubricFile.class).toRubric());
    }

    private static <T> T read(String asset, Class<T> type) {
        String path = "/assets/" + asset;
        try (InputStream in = ReferenceData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled asset " + path + " is missing from the build");
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled asset " + path + " is invalid: " + e.getMessage(), e);
        }
    }

    record ProfileFile(String id, String name, String provider, String region, String currency, String asOf,
                       Map<String, Sourced> controlPlane, SelfManagedControlPlane selfManagedControlPlane,
                       List<NetworkItem> network, List<InstanceType> instances, PerNode perNodeDaemonSets,
                       NodeSizingFile nodeSizing, Map<String, SandboxNode> sandboxNodes,
                       Map<String, Sourced> assumptionDefaults, List<String> notes) {
        PricingProfile toProfile() {
            Map<SupportTier, Sourced> fees = new EnumMap<>(SupportTier.class);
            controlPlane.forEach((tier, fee) -> fees.put(EnumNames.parse(SupportTier.class, tier), fee));
            Map<SandboxRuntime, SandboxNode> sandbox = new EnumMap<>(SandboxRuntime.class);
            if (sandboxNodes != null) {
                sandboxNodes.forEach((runtime, node) -> sandbox.put(EnumNames.parse(SandboxRuntime.class, runtime), node));
            }
            Sourced pods = perNodeDaemonSets.pods() != null ? perNodeDaemonSets.pods()
                    : new Sourced(0, "pods per node", "not stated", null, "not-found");
            return new PricingProfile(id, name, EnumNames.parse(Provider.class, provider), region, currency, asOf, fees,
                    selfManagedControlPlane, network, instances, perNodeDaemonSets.cpu(), perNodeDaemonSets.memoryGiB(),
                    pods, nodeSizing == null ? NodeSizing.KUBELET_DEFAULTS : nodeSizing.toSizing(), sandbox,
                    assumptionDefaults, notes);
        }
    }

    record PerNode(Sourced cpu, Sourced memoryGiB, Sourced pods) {
    }

    record FormulaFile(String formula, String source, String kind) {
    }

    record MaxPodsFile(String rule, int value, String source, String kind) {
    }

    record NodeSizingFile(FormulaFile reservation, MaxPodsFile maxPods) {
        NodeSizing toSizing() {
            return new NodeSizing(new NodeSizing.Reservation(EnumNames.parse(NodeSizing.Formula.class, reservation.formula()),
                    reservation.source(), reservation.kind()),
                    new NodeSizing.MaxPods(EnumNames.parse(NodeSizing.PodsRule.class, maxPods.rule()), maxPods.value(),
                            maxPods.source(), maxPods.kind()));
        }
    }

    record AssumptionsFile(String description, List<AssumptionDefinition> assumptions) {
    }

    record CellFile(int score, String evidence, Integer withPolicy, String withPolicyEvidence) {
        IsolationRubric.Cell toCell() {
            return new IsolationRubric.Cell(score, evidence, withPolicy, withPolicyEvidence);
        }
    }

    /** Weights: every dimension counts once ("default": 1) except those listed for untrusted code. */
    record WeightsFile(@JsonProperty("default") double defaultWeight, Map<String, Double> untrustedCode, String evidence) {
    }

    record GateFile(double maxScore, int kernelRequirement, String evidence) {
    }

    record ScopeFile(List<String> appliesIn, String elsewhere, String evidence) {
        IsolationRubric.EnvironmentScope toScope() {
            return new IsolationRubric.EnvironmentScope(
                    appliesIn.stream().map(k -> EnumNames.parse(EnvironmentKind.class, k)).collect(java.util.stream.Collectors.toSet()),
                    EnumNames.parse(TenantKind.class, elsewhere), evidence);
        }
    }

    record RubricFile(String description, Map<String, String> placements, Map<String, Map<String, CellFile>> dimensions,
                      Map<String, CellFile> runtimes, Map<String, Map<String, Integer>> requirements,
                      Map<String, String> requirementEvidence, Map<String, ScopeFile> environmentScope,
                      CellFile thirdPartyCodeKernelRequirement, CellFile untrustedAgentKernelRequirement,
                      WeightsFile weights, GateFile hardGate) {
        IsolationRubric toRubric() {
            Map<IsolationDimension, Map<String, IsolationRubric.Cell>> scores = new EnumMap<>(IsolationDimension.class);
            dimensions.forEach((dimension, cells) -> {
                Map<String, IsolationRubric.Cell> byPlacement = new LinkedHashMap<>();
                cells.forEach((placement, cell) -> byPlacement.put(placement, cell.toCell()));
                scores.put(EnumNames.parse(IsolationDimension.class, dimension), byPlacement);
            });
            Map<SandboxRuntime, IsolationRubric.Cell> runtimeScores = new EnumMap<>(SandboxRuntime.class);
            runtimes.forEach((runtime, cell) -> runtimeScores.put(EnumNames.parse(SandboxRuntime.class, runtime), cell.toCell()));
            Map<TenantKind, Map<IsolationDimension, Integer>> required = new EnumMap<>(TenantKind.class);
            requirements.forEach((kind, byDimension) -> {
                Map<IsolationDimension, Integer> minimums = new EnumMap<>(IsolationDimension.class);
                byDimension.forEach((dimension, score) -> minimums.put(EnumNames.parse(IsolationDimension.class, dimension), score));
                required.put(EnumNames.parse(TenantKind.class, kind), minimums);
            });
            Map<TenantKind, String> evidence = new EnumMap<>(TenantKind.class);
            requirementEvidence.forEach((kind, text) -> evidence.put(EnumNames.parse(TenantKind.class, kind), text));
            Map<IsolationDimension, Double> weightsByDimension = new EnumMap<>(IsolationDimension.class);
            weights.untrustedCode().forEach((dimension, weight) ->
                    weightsByDimension.put(EnumNames.parse(IsolationDimension.class, dimension), weight));
            Map<TenantKind, IsolationRubric.EnvironmentScope> scopes = new EnumMap<>(TenantKind.class);
            environmentScope.forEach((kind, scope) -> scopes.put(EnumNames.parse(TenantKind.class, kind), scope.toScope()));
            return new IsolationRubric(scores, runtimeScores, required, evidence, untrustedAgentKernelRequirement.toCell(),
                    weightsByDimension, weights.evidence(), hardGate.maxScore(), hardGate.evidence(),
                    hardGate.kernelRequirement(), thirdPartyCodeKernelRequirement.toCell(), scopes);
        }
    }
}

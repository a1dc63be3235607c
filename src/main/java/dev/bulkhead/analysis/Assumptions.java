package dev.bulkhead.analysis;

import dev.bulkhead.model.EnumNames;
import dev.bulkhead.model.ModelSettings;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.reference.AssumptionDefinition;
import dev.bulkhead.reference.PricingProfile;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.reference.Sourced;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Every assumption of the cost model with its value in effect and where it comes from: the bundled
 * default, replaced by the pricing profile's default, replaced by the model's override.
 */
public final class Assumptions {
    /** Keys of the computed node reservations; overriding them replaces the formula by a fixed amount. */
    public static final String RESERVED_CPU = "reservedCpuPerNode";
    public static final String RESERVED_MEMORY = "reservedMemoryGiBPerNode";
    /** Key of the pods-per-node limit; computed per provider and instance type unless overridden. */
    public static final String MAX_PODS = "maxPodsPerNode";


    private final Map<String, Sourced> values;
    private final Map<String, String> sources;
    private final List<String> unknownOverrides;
    /** Built on first use: the sizing is asked for once per tenant and option, so its figures are read once. */
    private volatile VClusterSizing vclusterSizing;
    // Read for every tenant of every column: looked up once here rather than by key (and for a sandbox, a key
    // built from the runtime's name) on every call. Null where the reference data lacks the key; reading such a
    // value throws as sourced(key) does.
    private final Sourced hoursPerMonth;
    private final Sourced ownNodesMinimum;
    private final Sourced opsHoursPerCluster;
    private final Sourced opsHoursPerVCluster;
    private final Sourced opsHourlyRate;
    private final Map<SandboxRuntime, Resources> sandboxOverheads = new EnumMap<>(SandboxRuntime.class);

    private Assumptions(Map<String, Sourced> values, Map<String, String> sources, List<String> unknownOverrides) {
        this.values = Collections.unmodifiableMap(values);
        this.sources = Collections.unmodifiableMap(sources);
        this.unknownOverrides = List.copyOf(unknownOverrides);
        hoursPerMonth = values.get("hoursPerMonth");
        ownNodesMinimum = values.get("privateNodes.minNodes");
        opsHoursPerCluster = values.get("ops.hoursPerClusterMonth");
        opsHoursPerVCluster = values.get("ops.hoursPerVClusterMonth");
        opsHourlyRate = values.get("ops.hourlyRate");
        for (SandboxRuntime runtime : SandboxRuntime.values()) {
            Sourced cpu = values.get(sandboxKey(runtime, "cpu"));
            Sourced memory = values.get(sandboxKey(runtime, "memoryGiB"));
            if (runtime == SandboxRuntime.RUNC) {
                sandboxOverheads.put(runtime, Resources.NONE);
            } else if (cpu != null && memory != null) {
                sandboxOverheads.put(runtime, new Resources(cpu.value(), memory.value(), 0));
            }
        }
    }

    private static String sandboxKey(SandboxRuntime runtime, String resource) {
        return "sandbox." + EnumNames.of(runtime) + "." + resource;
    }

    /** A value looked up at construction, or the error sourced(key) gives when the data lacks it. */
    private double kept(Sourced value, String key) {
        return value != null ? value.value() : sourced(key).value();
    }

    /** Resolves the assumptions in effect for a model costed with a profile. */
    public static Assumptions resolve(ReferenceData data, PricingProfile profile, ModelSettings settings) {
        Map<String, Sourced> values = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (AssumptionDefinition definition : data.assumptions().values()) {
            sources.put(definition.key(), definition.source());
            if (!definition.isComputed()) {
                values.put(definition.key(), new Sourced(definition.defaultValue(), definition.unit(), definition.source(),
                        null, definition.kind()));
            }
        }
        values.putAll(profile.assumptionDefaults());
        List<String> unknown = new ArrayList<>();
        settings.assumptionOverrides().forEach((stored, value) -> {
            // Older files keep their meaning: their keys are read as the ones that now mean the same.
            String key = dev.bulkhead.model.ValueRanges.RENAMED_ASSUMPTIONS.getOrDefault(stored, stored);
            AssumptionDefinition definition = data.assumptions().get(key);
            if (definition == null) {
                unknown.add(stored);
            } else {
                values.put(key, Sourced.userOverride(value, definition.unit()));
            }
        });
        return new Assumptions(values, sources, unknown);
    }

    /** The value in effect with its source. */
    public Sourced sourced(String key) {
        Sourced value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no assumption '" + key + "'");
        }
        return value;
    }

    /** Where the value in effect comes from, also for an assumption without a default that is not set. */
    public String citation(String key) {
        Sourced value = values.get(key);
        return value != null ? value.citation() : sources.getOrDefault(key, "");
    }

    /** The value in effect. */
    public double value(String key) {
        return sourced(key).value();
    }

    /** An overridden fixed value for a computed assumption, or empty to use its formula. */
    public OptionalDouble override(String key) {
        Sourced value = values.get(key);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value.value());
    }

    /** Override keys the model holds that no assumption has; they are ignored and reported. */
    public List<String> unknownOverrides() {
        return unknownOverrides;
    }

    public double hoursPerMonth() {
        return kept(hoursPerMonth, "hoursPerMonth");
    }

    public double targetUtilisation() {
        return Math.max(0.05, Math.min(1.0, value("targetUtilisation")));
    }

    /** The pods-per-node limit the model sets, or empty to use the provider's per instance type. */
    public java.util.OptionalInt maxPodsOverride() {
        OptionalDouble value = override(MAX_PODS);
        return value.isPresent() ? java.util.OptionalInt.of(Math.max(1, (int) value.getAsDouble())) : java.util.OptionalInt.empty();
    }

    public int dedicatedMinNodes() {
        return Math.max(1, (int) value("dedicated.minNodes"));
    }

    public int ownNodesMinimum() {
        return Math.max(1, (int) kept(ownNodesMinimum, "privateNodes.minNodes"));
    }

    /** Cluster add-ons every cluster runs (CoreDNS), as requested resources. */
    public Resources clusterAddOns() {
        double replicas = value("coreDns.replicas");
        return new Resources(replicas * value("coreDns.cpu"), replicas * value("coreDns.memoryGiB"), (int) replicas);
    }

    /**
     * The control plane a tenant's vCluster gets, sized by the tenant's workload and its environment's
     * criticality ({@link VClusterSizing} holds the rule), with which profile was chosen and why.
     */
    public VClusterControlPlane vclusterControlPlane(TenantLoad tenant) {
        VClusterSizing sizing = vclusterSizing;
        if (sizing == null) {
            sizing = new VClusterSizing(this);
            vclusterSizing = sizing;
        }
        return sizing.of(tenant.total(), tenant.criticality());
    }

    /** The RuntimeClass podFixed overhead of one sandbox pod. */
    public Resources sandboxOverhead(SandboxRuntime runtime) {
        Resources overhead = sandboxOverheads.get(runtime);
        if (overhead == null) {
            sourced(sandboxKey(runtime, "cpu"));
            sourced(sandboxKey(runtime, "memoryGiB"));
        }
        return overhead;
    }

    public double opsHoursPerCluster() {
        return kept(opsHoursPerCluster, "ops.hoursPerClusterMonth");
    }

    public double opsHoursPerVCluster() {
        return kept(opsHoursPerVCluster, "ops.hoursPerVClusterMonth");
    }

    public double opsHourlyRate() {
        return kept(opsHourlyRate, "ops.hourlyRate");
    }

    /** Key of the vCluster Platform licence price, which has no default: it is priced only once the model sets it. */
    public static final String PLATFORM_LICENCE = "vcluster.platformLicencePerVClusterMonth";

    /** Data a connection carries a month when it does not say. */
    public Sourced trafficPerConnection() {
        return sourced("traffic.gbPerConnectionMonth");
    }

    /** Price of a GB between two clusters (across zones in one region). */
    public Sourced betweenClustersPerGB() {
        return sourced("traffic.betweenClustersPerGB");
    }

    /** Price of a GB a NAT gateway processes. */
    public Sourced natProcessingPerGB() {
        return sourced("traffic.natProcessingPerGB");
    }

    /** The vCluster Platform licence per vCluster a month, if the model set one; empty means not priced. */
    public OptionalDouble platformLicence() {
        return override(PLATFORM_LICENCE);
    }
}

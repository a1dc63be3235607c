package dev.bulkhead.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The range of every number a model holds, in one place. The records check against these, the model file's
 * JSON Schema ({@code assets/schema/bulkhead-model.schema.json}) states the same bounds (a test compares
 * them), and the README points here. Maxima are generous on purpose: they keep every figure the analysis
 * derives finite and printable (a cluster of 100,000-vCPU tenants still costs a number with well under 20
 * digits), not to second-guess a design.
 */
public final class ValueRanges {
    // --- a tenant's demand ---
    /** Over a hundred times the largest single workloads in the reference data; larger is a typo. */
    public static final ValueRange TENANT_CPU = ValueRange.of("cpu", "CPU (vCPU)", "vCPU", 0, 100_000);
    /** Ten GiB per vCPU at the CPU maximum, the memory-heavy end of instance families. */
    public static final ValueRange TENANT_MEMORY = ValueRange.of("memoryGiB", "memory (GiB)", "GiB", 0, 1_000_000);
    public static final ValueRange TENANT_PODS = ValueRange.wholeNumber("pods", "pods", "pods", 0, 1_000_000);
    /** 100 PiB; storage is recorded, not costed. */
    public static final ValueRange TENANT_STORAGE = ValueRange.of("storageGiB", "storage (GiB)", "GiB", 0, 100_000_000);

    // --- a node pool ---
    /** The largest machines on offer have under 1,000 vCPU (896 on the biggest AWS high-memory types). */
    public static final ValueRange NODE_VCPU = ValueRange.above("vcpu", "vCPU per node", "vCPU", 0, 1_024);
    /** 32 TiB: the largest high-memory machines have 24 TiB. */
    public static final ValueRange NODE_MEMORY = ValueRange.above("memoryGiB", "memory per node (GiB)", "GiB", 0, 32_768);
    /**
     * Per node-hour, in the profile's currency: the reference 4 vCPU node costs about 0.19, the largest GPU and
     * high-memory machines a few hundred.
     */
    public static final ValueRange NODE_HOURLY_PRICE = ValueRange.of("hourlyPrice", "price per node-hour", "", 0, 10_000);
    /** Kubernetes supports 5,000 nodes per cluster; providers allow up to about 15,000. */
    public static final ValueRange POOL_MIN_COUNT = ValueRange.wholeNumber("minCount", "minimum nodes", "nodes", 0, 10_000);
    public static final ValueRange POOL_MAX_COUNT = ValueRange.wholeNumber("maxCount", "maximum nodes", "nodes", 1, 10_000);

    // --- an agent ---
    public static final ValueRange AGENT_CONCURRENCY = ValueRange.wholeNumber("concurrency", "concurrent sandboxes",
            "sandboxes", 0, 100_000);
    public static final ValueRange AGENT_WARM_POOL = ValueRange.wholeNumber("warmPool", "warm pool", "sandboxes", 0, 100_000);
    /** A sandbox is one pod: a quarter of the largest node is already far beyond code-execution sandboxes. */
    public static final ValueRange SANDBOX_CPU = ValueRange.of("cpuPerSandbox", "CPU per sandbox (vCPU)", "vCPU", 0, 256);
    public static final ValueRange SANDBOX_MEMORY = ValueRange.of("memoryGiBPerSandbox", "memory per sandbox (GiB)", "GiB",
            0, 2_048);
    /** One hour; sandboxes are advised by start-up time in milliseconds to seconds. */
    public static final ValueRange STARTUP_BUDGET = ValueRange.wholeNumber("startupBudgetMs", "start-up budget (ms)", "ms",
            0, 3_600_000);

    // --- a tenant's requirements, a connection ---
    public static final ValueRange REQUIRED_SCORE = ValueRange.wholeNumber("requirements", "required score for",
            "", IsolationDimension.MIN_SCORE, IsolationDimension.MAX_SCORE);
    public static final ValueRange PORT = ValueRange.wholeNumber("port", "port", "", 1, 65_535);
    /** A connection's data a month: up to an exabyte, far beyond any one flow. */
    public static final ValueRange TRAFFIC = ValueRange.of("monthlyTrafficGB", "traffic a month (GB)", "GB", 0, 1_000_000_000);

    // --- layout, in canvas units (1 unit = 1 px at 100%) ---
    /** Ten million pixels at 100% in either direction: far beyond any drawing, well inside a double's precision. */
    public static final ValueRange LAYOUT_X = ValueRange.of("x", "x position", "", -10_000_000, 10_000_000);
    public static final ValueRange LAYOUT_Y = ValueRange.of("y", "y position", "", -10_000_000, 10_000_000);
    public static final ValueRange LAYOUT_WIDTH = ValueRange.above("width", "width", "", 0, 10_000_000);
    public static final ValueRange LAYOUT_HEIGHT = ValueRange.above("height", "height", "", 0, 10_000_000);

    // --- assumption overrides (pricing.overrides), by key ---
    /** Keys Bulkhead does not know are ignored with a warning; their value still has to be a sane number. */
    public static final ValueRange UNKNOWN_ASSUMPTION = assumption(0, 1_000_000, "");

    /** Every range of a named field, assumption overrides aside; field names of whole numbers are unique. */
    /** Where a story step centres the canvas (the layout's own range) and at what zoom (5% to 800%). */
    public static final ValueRange STORY_CENTRE_X = ValueRange.of("centreX", "centre x", "", -10_000_000, 10_000_000);
    public static final ValueRange STORY_CENTRE_Y = ValueRange.of("centreY", "centre y", "", -10_000_000, 10_000_000);
    public static final ValueRange STORY_ZOOM = ValueRange.of("zoom", "zoom (1 = 100%)", "", 0.05, 8);

    public static final List<ValueRange> FIELDS = List.of(TENANT_CPU, TENANT_MEMORY, TENANT_PODS, TENANT_STORAGE,
            NODE_VCPU, NODE_MEMORY, NODE_HOURLY_PRICE, POOL_MIN_COUNT, POOL_MAX_COUNT, AGENT_CONCURRENCY, AGENT_WARM_POOL,
            SANDBOX_CPU, SANDBOX_MEMORY, STARTUP_BUDGET, REQUIRED_SCORE, PORT, TRAFFIC, LAYOUT_X, LAYOUT_Y, LAYOUT_WIDTH,
            LAYOUT_HEIGHT, STORY_CENTRE_X, STORY_CENTRE_Y, STORY_ZOOM);

    private static final Map<String, ValueRange> ASSUMPTIONS = assumptions();

    private ValueRanges() {
    }

    /** The range of an assumption override: its own for a known key, {@link #UNKNOWN_ASSUMPTION} otherwise. */
    public static ValueRange assumption(String key) {
        return ASSUMPTIONS.getOrDefault(RENAMED_ASSUMPTIONS.getOrDefault(key, key), UNKNOWN_ASSUMPTION);
    }

    /**
     * Assumption keys that older model files store overrides under, with the key that now means the same. vCluster
     * control planes were sized by criticality alone: low's size was the chart defaults, medium's the P1 profile
     * and high's P3; now the profile follows the tenant, and the old keys set those profiles.
     */
    public static final Map<String, String> RENAMED_ASSUMPTIONS = Map.of(
            "vcluster.low.cpu", "vcluster.chartDefaults.cpu", "vcluster.low.memoryGiB", "vcluster.chartDefaults.memoryGiB",
            "vcluster.medium.cpu", "vcluster.p1.cpu", "vcluster.medium.memoryGiB", "vcluster.p1.memoryGiB",
            "vcluster.high.cpu", "vcluster.p3.cpu", "vcluster.high.memoryGiB", "vcluster.p3.memoryGiB");

    /** Every assumption key with its range, in a stable order. */
    public static Map<String, ValueRange> assumptionRanges() {
        return ASSUMPTIONS;
    }

    private static Map<String, ValueRange> assumptions() {
        Map<String, ValueRange> ranges = new LinkedHashMap<>();
        // 744 h is the longest month (31 days).
        ranges.put("hoursPerMonth", assumption(1, 744, "h"));
        // The cost model clamps utilisation to at least 5%; below that nodes would be mostly idle by design.
        ranges.put("targetUtilisation", assumption(0.05, 1, ""));
        // kubelet's default is 110; providers allow 250, and prefix delegation more.
        ranges.put("maxPodsPerNode", assumption(1, 1_000, "pods"));
        ranges.put("reservedCpuPerNode", assumption(0, NODE_VCPU.max(), "vCPU"));
        ranges.put("reservedMemoryGiBPerNode", assumption(0, NODE_MEMORY.max(), "GiB"));
        ranges.put("dedicated.minNodes", assumption(1, 1_000, "nodes"));
        ranges.put("privateNodes.minNodes", assumption(1, 1_000, "nodes"));
        ranges.put("coreDns.replicas", assumption(0, 100, "pods"));
        ranges.put("coreDns.cpu", assumption(0, 64, "vCPU"));
        ranges.put("coreDns.memoryGiB", assumption(0, 256, "GiB"));
        for (Criticality criticality : Criticality.values()) {
            ranges.put("vcluster." + EnumNames.of(criticality) + ".replicas", assumption(1, 100, "replicas"));
        }
        for (String profile : java.util.List.of("chartDefaults", "p1", "p2", "p3")) {
            ranges.put("vcluster." + profile + ".cpu", assumption(0, 256, "vCPU"));
            ranges.put("vcluster." + profile + ".memoryGiB", assumption(0, 2_048, "GiB"));
        }
        ranges.put("vcluster.lightTenant.pods", assumption(0, 1_000_000, "pods"));
        ranges.put("vcluster.lightTenant.cpu", assumption(0, 100_000, "vCPU"));
        ranges.put("vcluster.lightTenant.memoryGiB", assumption(0, 1_000_000, "GiB"));
        ranges.put("vcluster.p2.maxPods", assumption(0, 1_000_000, "pods"));
        for (SandboxRuntime runtime : SandboxRuntime.values()) {
            if (runtime.isSandbox()) {
                String prefix = "sandbox." + EnumNames.of(runtime) + ".";
                ranges.put(prefix + "cpu", assumption(0, 64, "vCPU"));
                ranges.put(prefix + "memoryGiB", assumption(0, 256, "GiB"));
            }
        }
        // Person-hours a month: 10,000 is some sixty full-time engineers for one cluster.
        ranges.put("ops.hoursPerClusterMonth", assumption(0, 10_000, "h"));
        ranges.put("ops.hoursPerVClusterMonth", assumption(0, 10_000, "h"));
        ranges.put("ops.hourlyRate", assumption(0, 10_000, "per hour"));
        ranges.put("traffic.gbPerConnectionMonth", assumption(0, 1_000_000_000, "GB"));
        ranges.put("traffic.betweenClustersPerGB", assumption(0, 100, "per GB"));
        ranges.put("traffic.natProcessingPerGB", assumption(0, 100, "per GB"));
        ranges.put("vcluster.platformLicencePerVClusterMonth", assumption(0, 1_000_000, "per vCluster-month"));
        return Collections.unmodifiableMap(ranges);
    }

    private static ValueRange assumption(double min, double max, String unit) {
        return ValueRange.of("overrides", "assumption", unit, min, max);
    }
}

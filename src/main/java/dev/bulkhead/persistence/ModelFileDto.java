package dev.bulkhead.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The on-disk shape of a {@code .bulkhead.json} file, format version {@value ModelFormat#VERSION}. Every
 * field is boxed so that a missing value can be told apart from zero; defaults are applied when mapping
 * to the domain ({@link ModelMapper}). The JSON Schema in {@code assets/schema/} documents the same shape.
 */
@JsonPropertyOrder({"formatVersion", "name", "description", "pricing", "namespacePattern", "environments", "clusters", "nodePools",
        "tenants", "agents", "externalEndpoints", "connections", "layout", "scenarios", "stories", "notes"})
@JsonInclude(JsonInclude.Include.NON_NULL)
record ModelFileDto(Integer formatVersion, String name, String description, PricingDto pricing,
                    String namespacePattern, List<EnvironmentDto> environments, List<ClusterDto> clusters, List<NodePoolDto> nodePools,
                    List<TenantDto> tenants, List<AgentDto> agents, List<ExternalEndpointDto> externalEndpoints,
                    List<ConnectionDto> connections, Map<String, LayoutDto> layout, ScenariosDto scenarios,
                    List<StoryDto> stories, NotesDto notes) {

    /** A prepared story (format 3): named steps for presentation mode. Absent in models without stories. */
    @JsonPropertyOrder({"name", "steps"})
    record StoryDto(String name, List<StepDto> steps) {
    }

    /** One step: the scenario shown, the canvas area or the compare view, a highlighted element, a note. */
    @JsonPropertyOrder({"scenario", "view", "highlight", "note"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StepDto(String scenario, ViewDto view, String highlight, String note) {
    }

    /** {@code kind} is {@code canvas} (with centre and zoom) or {@code compare}. */
    @JsonPropertyOrder({"kind", "centreX", "centreY", "zoom"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ViewDto(String kind, Double centreX, Double centreY, Double zoom) {
    }

    /**
     * The model's notes (format 3), shared by every scenario: text boxes on the canvas and a note per element.
     * Absent when the model has none, so that such a model's file is as before.
     */
    @JsonPropertyOrder({"canvas", "elements"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NotesDto(List<NoteDto> canvas, Map<String, String> elements) {
    }

    @JsonPropertyOrder({"id", "text", "x", "y", "width", "height"})
    record NoteDto(String id, String text, Double x, Double y, Double width, Double height) {
    }

    /**
     * The model's scenarios (format 2): the top-level elements are the base scenario's; each variant lists only
     * what differs from the base. Absent in format 1 files and in models with only the default scenario.
     */
    @JsonPropertyOrder({"base", "active", "variants"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScenariosDto(String base, String active, List<VariantDto> variants) {
    }

    /**
     * One scenario as an overlay on the base: elements listed here replace the base's element of the same id or
     * are new; {@code removed} ids are not in it; {@code pricing}, when present, replaces the base's pricing as a
     * whole; {@code layout} entries replace the base's and {@code unplaced} ids have none.
     */
    @JsonPropertyOrder({"name", "pricing", "environments", "clusters", "nodePools", "tenants", "agents",
            "externalEndpoints", "connections", "removed", "layout", "unplaced"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VariantDto(String name, PricingDto pricing, List<EnvironmentDto> environments, List<ClusterDto> clusters,
                      List<NodePoolDto> nodePools, List<TenantDto> tenants, List<AgentDto> agents,
                      List<ExternalEndpointDto> externalEndpoints, List<ConnectionDto> connections, List<String> removed,
                      Map<String, LayoutDto> layout, List<String> unplaced) {
    }

    @JsonPropertyOrder({"profile", "overrides"})
    record PricingDto(String profile, Map<String, Double> overrides) {
    }

    @JsonPropertyOrder({"id", "name", "kind", "criticality", "option", "terraformLayout"})
    record EnvironmentDto(String id, String name, String kind, String criticality, String option,
                          String terraformLayout) {
    }

    @JsonPropertyOrder({"id", "name", "environment", "provider", "region", "supportTier", "sandboxRuntimes",
            "networkPolicyDefaultDeny", "addressRange"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ClusterDto(String id, String name, String environment, String provider, String region,
                      String supportTier, List<String> sandboxRuntimes, Boolean networkPolicyDefaultDeny,
                      String addressRange) {
    }

    @JsonPropertyOrder({"id", "name", "cluster", "instanceType", "vcpu", "memoryGiB", "hourlyPrice", "minCount",
            "maxCount", "labels", "taints", "dedicatedTo"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NodePoolDto(String id, String name, String cluster, String instanceType, Double vcpu, Double memoryGiB,
                       Double hourlyPrice, Integer minCount, Integer maxCount, Map<String, String> labels,
                       List<String> taints, String dedicatedTo) {
    }

    /**
     * {@code runtime}, {@code codeOrigin} and {@code regulatedData} are optional: files from before they
     * existed open as runc, in-house code and the environment's default.
     */
    @JsonPropertyOrder({"id", "name", "cluster", "kind", "ownerGroup", "demand", "requirements", "option", "runtime",
            "codeOrigin", "regulatedData"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TenantDto(String id, String name, String cluster, String kind, String ownerGroup, DemandDto demand,
                     Map<String, Integer> requirements, String option, String runtime, String codeOrigin,
                     Boolean regulatedData) {
    }

    @JsonPropertyOrder({"cpu", "memoryGiB", "pods", "storageGiB"})
    record DemandDto(Double cpu, Double memoryGiB, Integer pods, Double storageGiB) {
    }

    @JsonPropertyOrder({"id", "name", "tenant", "trust", "runtime", "concurrency", "warmPool", "cpuPerSandbox",
            "memoryGiBPerSandbox", "egress", "secretsAccess", "tools", "exposedToUntrustedInput", "startupBudgetMs"})
    record AgentDto(String id, String name, String tenant, String trust, String runtime, Integer concurrency,
                    Integer warmPool, Double cpuPerSandbox, Double memoryGiBPerSandbox, EgressDto egress,
                    Boolean secretsAccess, List<String> tools, Boolean exposedToUntrustedInput,
                    Integer startupBudgetMs) {
    }

    @JsonPropertyOrder({"mode", "allow"})
    record EgressDto(String mode, List<String> allow) {
    }

    @JsonPropertyOrder({"id", "name", "address", "addressRange"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ExternalEndpointDto(String id, String name, String address, String addressRange) {
    }

    @JsonPropertyOrder({"id", "name", "from", "to", "port", "protocol"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConnectionDto(String id, String name, String from, String to, Integer port, String protocol,
                         Double monthlyTrafficGB) {
    }

    @JsonPropertyOrder({"x", "y", "width", "height", "collapsed"})
    record LayoutDto(Double x, Double y, Double width, Double height, Boolean collapsed) {
    }
}

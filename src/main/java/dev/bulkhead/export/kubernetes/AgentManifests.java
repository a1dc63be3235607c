package dev.bulkhead.export.kubernetes;

import dev.bulkhead.export.TenantPlan;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.EnumNames;
import dev.bulkhead.model.SandboxRuntime;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each agent runs as: a ServiceAccount with no token mounted, an agent-sandbox {@code SandboxTemplate}
 * (runtime class, restricted security context, limits equal to requests, bounded scratch space) and a
 * {@code SandboxWarmPool} for its warm sandboxes. Every sandbox pod, warm or claimed, carries the agent's
 * label, which is what the agent's NetworkPolicies select, and its trust level, which admission checks.
 */
final class AgentManifests {
    /** agent-sandbox's storage version since v0.5.0; {@code v1alpha1} is deprecated there and being dropped. */
    static final String API_VERSION = "extensions.agents.x-k8s.io/v1beta1";
    /** The agent-sandbox release whose CRDs the objects are written and checked against. */
    static final String RELEASE = "v0.5.6";
    /** agent-sandbox's public Python runtime image; the README says to replace it with the agent's own. */
    static final String DEFAULT_IMAGE = "registry.k8s.io/agent-sandbox/python-runtime-sandbox:v0.1.1";
    static final long SANDBOX_USER = 65532;

    private AgentManifests() {
    }

    /**
     * @param ownNodes the nodes the sandboxes must run on, or null where they need not (or where a vCluster
     *                 already pins every pod)
     */
    static List<HasMetadata> of(TenantPlan plan, String namespace, Map<String, String> labels, OwnNodes ownNodes) {
        List<HasMetadata> objects = new ArrayList<>();
        for (Agent agent : plan.agents()) {
            String name = plan.agentLabel(agent);
            objects.add(new ServiceAccountBuilder().withNewMetadata().withName(name + "-sandbox").withNamespace(namespace)
                    .withLabels(labels).endMetadata().withAutomountServiceAccountToken(false).build());
            objects.add(template(plan, agent, namespace, labels, ownNodes));
            if (agent.warmPool() > 0) {
                GenericKubernetesResource pool = resource("SandboxWarmPool", name + "-warm", namespace, labels);
                Map<String, Object> spec = new LinkedHashMap<>();
                spec.put("replicas", agent.warmPool());
                spec.put("sandboxTemplateRef", Map.of("name", name));
                pool.setAdditionalProperty("spec", spec);
                objects.add(pool);
            }
        }
        return objects;
    }

    /** The labels of an agent's sandbox pods. */
    static Map<String, String> podLabels(TenantPlan plan, Agent agent) {
        Map<String, String> labels = new TreeMap<>();
        labels.put(Labels.AGENT, plan.agentLabel(agent));
        labels.put(Labels.TENANT, plan.label());
        labels.put(Labels.TRUST, EnumNames.of(agent.trust()));
        return labels;
    }

    private static GenericKubernetesResource template(TenantPlan plan, Agent agent, String namespace,
                                                      Map<String, String> labels, OwnNodes ownNodes) {
        GenericKubernetesResource template = resource("SandboxTemplate", plan.agentLabel(agent), namespace, labels);
        template.getMetadata().getAnnotations().put(Labels.MAX_CONCURRENT, String.valueOf(agent.concurrency()));
        template.getMetadata().getAnnotations().put("bulkhead.dev/image", "replace " + DEFAULT_IMAGE
                + " with the agent's runtime image");
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("podTemplate", pod(plan, agent, ownNodes));
        // Bulkhead writes the policies itself, so that they match the connections in the model.
        spec.put("networkPolicyManagement", "Unmanaged");
        template.setAdditionalProperty("spec", spec);
        return template;
    }

    private static PodTemplateSpec pod(TenantPlan plan, Agent agent, OwnNodes ownNodes) {
        Map<String, Quantity> resources = new TreeMap<>();
        resources.put("cpu", new Quantity(Quantities.millis(agent.cpuPerSandbox())));
        resources.put("memory", new Quantity(Quantities.mebibytes(agent.memoryGiBPerSandbox())));
        Quantity scratch = new Quantity(Quantities.mebibytes(GuardRails.DEFAULT_SCRATCH_LIMIT_GIB));
        resources.put("ephemeral-storage", scratch);
        PodSpecBuilder spec = new PodSpecBuilder()
                .withServiceAccountName(plan.agentLabel(agent) + "-sandbox")
                .withAutomountServiceAccountToken(false)
                // A non-root user of our choosing, so that images built to run as root still start (restricted
                // refuses a root image under runAsNonRoot alone); 65532 is the usual "nonroot" of distroless images.
                .withNewSecurityContext().withRunAsNonRoot(true).withRunAsUser(SANDBOX_USER).withRunAsGroup(SANDBOX_USER)
                .withFsGroup(SANDBOX_USER).withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile()
                .endSecurityContext()
                .addNewContainer().withName("sandbox").withImage(DEFAULT_IMAGE)
                .withNewResources().withRequests(resources).withLimits(resources).endResources()
                .withNewSecurityContext().withAllowPrivilegeEscalation(false).withRunAsNonRoot(true)
                .withReadOnlyRootFilesystem(true).withNewCapabilities().withDrop("ALL").endCapabilities()
                .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile().endSecurityContext()
                .addNewVolumeMount().withName("tmp").withMountPath("/tmp").endVolumeMount()
                .endContainer()
                // Bounded like the container's ephemeral storage, so a runaway sandbox is evicted, not the node filled.
                .addNewVolume().withName("tmp").withNewEmptyDir().withSizeLimit(scratch).endEmptyDir().endVolume();
        if (agent.runtime() != SandboxRuntime.RUNC) {
            spec.withRuntimeClassName(RuntimeClasses.nameOf(agent.runtime(), plan.cluster().provider()));
        }
        if (ownNodes != null) {
            spec.withNodeSelector(ownNodes.selector()).withTolerations(ownNodes.tolerations());
        }
        return new PodTemplateSpecBuilder().withNewMetadata().withLabels(podLabels(plan, agent)).endMetadata()
                .withSpec(spec.build()).build();
    }

    private static GenericKubernetesResource resource(String kind, String name, String namespace, Map<String, String> labels) {
        GenericKubernetesResource resource = new GenericKubernetesResource();
        resource.setApiVersion(API_VERSION);
        resource.setKind(kind);
        resource.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).withLabels(labels)
                .withAnnotations(new TreeMap<>()).build());
        return resource;
    }
}

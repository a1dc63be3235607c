package dev.bulkhead.export.kubernetes;

import dev.bulkhead.model.Agent;
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
 * (runtime class, restricted security context, limits equal to requests) and a {@code SandboxWarmPool}
 * for its warm sandboxes. Every sandbox pod, warm or claimed, carries the agent's label, which is what the
 * agent's NetworkPolicies select.
 */
final class AgentManifests {
    static final String API_VERSION = "extensions.agents.x-k8s.io/v1alpha1";
    /** agent-sandbox's public Python runtime image; the README says to replace it with the agent's own. */
    static final String DEFAULT_IMAGE = "registry.k8s.io/agent-sandbox/python-runtime-sandbox:v0.1.1";

    private AgentManifests() {
    }

    /**
     * @param ownNodes whether the tenant's pods must run on nodes of its own (tolerating and selecting them)
     */
    static List<HasMetadata> of(TenantPlan plan, String namespace, Map<String, String> labels, boolean ownNodes) {
        List<HasMetadata> objects = new ArrayList<>();
        for (Agent agent : plan.agents()) {
            String name = TenantPlan.agentLabel(agent);
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
        labels.put(Labels.AGENT, TenantPlan.agentLabel(agent));
        labels.put(Labels.TENANT, plan.label());
        return labels;
    }

    private static GenericKubernetesResource template(TenantPlan plan, Agent agent, String namespace,
                                                      Map<String, String> labels, boolean ownNodes) {
        String name = TenantPlan.agentLabel(agent);
        GenericKubernetesResource template = resource("SandboxTemplate", name, namespace, labels);
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

    private static PodTemplateSpec pod(TenantPlan plan, Agent agent, boolean ownNodes) {
        Map<String, Quantity> resources = new TreeMap<>();
        resources.put("cpu", new Quantity(Math.max(10, Math.round(agent.cpuPerSandbox() * 1000)) + "m"));
        resources.put("memory", new Quantity(Math.max(16, Math.round(agent.memoryGiBPerSandbox() * 1024)) + "Mi"));
        PodSpecBuilder spec = new PodSpecBuilder()
                .withServiceAccountName(TenantPlan.agentLabel(agent) + "-sandbox")
                .withAutomountServiceAccountToken(false)
                .withNewSecurityContext().withRunAsNonRoot(true).withNewSeccompProfile().withType("RuntimeDefault")
                .endSeccompProfile().endSecurityContext()
                .addNewContainer().withName("sandbox").withImage(DEFAULT_IMAGE)
                .withNewResources().withRequests(resources).withLimits(resources).endResources()
                .withNewSecurityContext().withAllowPrivilegeEscalation(false).withRunAsNonRoot(true)
                .withReadOnlyRootFilesystem(true).withNewCapabilities().withDrop("ALL").endCapabilities()
                .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile().endSecurityContext()
                .addNewVolumeMount().withName("tmp").withMountPath("/tmp").endVolumeMount()
                .endContainer()
                .addNewVolume().withName("tmp").withNewEmptyDir().endEmptyDir().endVolume();
        if (agent.runtime() != SandboxRuntime.RUNC) {
            spec.withRuntimeClassName(RuntimeClasses.nameOf(agent.runtime()));
        }
        if (ownNodes) {
            spec.withNodeSelector(Map.of(Labels.TENANT, plan.label()))
                    .withTolerations(RuntimeClasses.toleration(Labels.TENANT + "=" + plan.label() + ":NoSchedule"));
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

package dev.bulkhead.export.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingAdmissionPolicyBindingBuilder;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingAdmissionPolicyBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * Cluster-scoped admission checks (ValidatingAdmissionPolicy, built in since Kubernetes 1.30, no CRD) that
 * hold what the namespaces' labels promise even against the tenant's own pod specs:
 * <ul>
 * <li>pods of tenants that run untrusted code (every pod, or every pod a vCluster syncs) and pods labelled as
 *     untrusted agents run under a sandbox RuntimeClass;</li>
 * <li>tenant namespaces hold no NodePort or LoadBalancer Services and no external IPs;</li>
 * <li>pods of a tenant placed on nodes of its own select those nodes.</li>
 * </ul>
 */
final class AdmissionPolicies {
    static final String SANDBOX_POLICY = "bulkhead-sandbox-required";
    static final String SERVICES_POLICY = "bulkhead-no-external-services";

    private static final String LABELS = "has(object.metadata.labels)";
    private static final String SYNCED = LABELS + " && '" + Labels.VCLUSTER_MANAGED_BY + "' in object.metadata.labels";

    private AdmissionPolicies() {
    }

    /** The sandbox and Services policies every cluster with tenants gets. */
    static List<HasMetadata> common() {
        List<HasMetadata> objects = new ArrayList<>();
        String sandboxed = "namespaceObject.metadata.labels['" + Labels.SANDBOXED + "']";
        String applies = "(" + sandboxed + " == 'all' || (" + sandboxed + " == 'synced' && " + SYNCED + ") || (" + LABELS
                + " && '" + Labels.TRUST + "' in object.metadata.labels && object.metadata.labels['" + Labels.TRUST
                + "'] == 'untrusted'))";
        String sandboxClasses = RuntimeClasses.SANDBOX_CLASS_NAMES.stream().map(n -> "'" + n + "'")
                .collect(Collectors.joining(", ", "[", "]"));
        // Only on creation: a pod's runtime class cannot change afterwards.
        objects.add(policy(SANDBOX_POLICY, "pods", List.of("CREATE"), "!" + applies + " || (has(object.spec.runtimeClassName) && "
                        + "object.spec.runtimeClassName in " + sandboxClasses + ")",
                "this namespace runs untrusted code: set spec.runtimeClassName to a sandbox ("
                        + String.join(", ", RuntimeClasses.SANDBOX_CLASS_NAMES) + ")"));
        objects.add(binding(SANDBOX_POLICY, new LabelSelectorBuilder().addNewMatchExpression().withKey(Labels.SANDBOXED)
                .withOperator("Exists").endMatchExpression().build()));
        objects.add(policy(SERVICES_POLICY, "services", List.of("CREATE", "UPDATE"), "(!has(object.spec.type) || (object.spec.type != 'NodePort' && "
                        + "object.spec.type != 'LoadBalancer')) && (!has(object.spec.externalIPs) || size(object.spec.externalIPs) == 0)",
                "tenant namespaces may not expose Services on nodes, load balancers or external IPs; publish through "
                        + "the platform's ingress instead"));
        objects.add(binding(SERVICES_POLICY, new LabelSelectorBuilder().addNewMatchExpression().withKey(Labels.TENANT)
                .withOperator("Exists").endMatchExpression().build()));
        return objects;
    }

    /**
     * Pods in {@code namespace} must select {@code nodes}; in a vCluster's host namespace only the pods it syncs
     * (its control plane may run on shared nodes).
     */
    static List<HasMetadata> ownNodes(String namespace, SortedMap<String, String> nodes, boolean vclusterHost) {
        String name = "bulkhead-nodes-" + namespace;
        String selects = nodes.entrySet().stream().map(e -> "object.spec.nodeSelector[" + cel(e.getKey()) + "] == "
                + cel(e.getValue())).collect(Collectors.joining(" && "));
        String check = "has(object.spec.nodeSelector) && " + nodes.keySet().stream()
                .map(k -> cel(k) + " in object.spec.nodeSelector").collect(Collectors.joining(" && ")) + " && " + selects;
        String expression = vclusterHost ? "!(" + SYNCED + ") || (" + check + ")" : check;
        String wanted = nodes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        return List.of(policy(name, "pods", List.of("CREATE"), expression, "this tenant runs on nodes of its own: set spec.nodeSelector to "
                        + wanted + " and tolerate those nodes' taints"),
                binding(name, new LabelSelectorBuilder().addToMatchLabels(Labels.NAMESPACE_NAME, namespace).build()));
    }

    /** A CEL string literal. */
    private static String cel(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static HasMetadata policy(String name, String resource, List<String> operations, String expression,
                                      String message) {
        return new ValidatingAdmissionPolicyBuilder().withNewMetadata().withName(name)
                .withLabels(Map.of(Labels.MANAGED_BY, "bulkhead")).endMetadata()
                .withNewSpec().withFailurePolicy("Fail")
                .withNewMatchConstraints().addNewResourceRule().withApiGroups("").withApiVersions("v1")
                .withOperations(operations).withResources(resource).endResourceRule().endMatchConstraints()
                .addNewValidation().withExpression(expression).withMessage(message).endValidation()
                .endSpec().build();
    }

    private static HasMetadata binding(String policy, LabelSelector namespaces) {
        return new ValidatingAdmissionPolicyBindingBuilder().withNewMetadata().withName(policy)
                .withLabels(Map.of(Labels.MANAGED_BY, "bulkhead")).endMetadata()
                .withNewSpec().withPolicyName(policy).withValidationActions("Deny")
                .withNewMatchResources().withNamespaceSelector(namespaces).endMatchResources()
                .endSpec().build();
    }
}

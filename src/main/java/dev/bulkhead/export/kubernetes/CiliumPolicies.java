package dev.bulkhead.export.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CiliumNetworkPolicies ({@code cilium.io/v2}) that let pods reach host names the model names, and nothing else
 * at those ports: {@code toFQDNs} is enforced on the addresses Cilium's DNS proxy saw returned for the name,
 * so each policy also sends the pods' DNS through that proxy (an L7 DNS rule on their DNS server).
 */
final class CiliumPolicies {
    static final String API_VERSION = "cilium.io/v2";

    /** Where the selected pods resolve names, as a Cilium endpoint selector and the port it listens on. */
    record DnsServer(Map<String, String> labels, int port) {
        /** The cluster DNS in kube-system. */
        static DnsServer cluster() {
            return new DnsServer(Map.of("k8s:io.kubernetes.pod.namespace", "kube-system", "k8s:k8s-app", "kube-dns"), 53);
        }

        /** A vCluster's CoreDNS in its host namespace (the policy's own namespace). */
        static DnsServer vcluster(String release) {
            return new DnsServer(Map.of("k8s:k8s-app", "vcluster-kube-dns", "k8s:" + Labels.VCLUSTER_MANAGED_BY, release),
                    VClusterHostPolicies.DNS_PORT);
        }
    }

    private CiliumPolicies() {
    }

    /**
     * A policy that lets the pods {@code selected} open {@code hosts} on {@code port}.
     *
     * @param destination what the policy stands for, for its annotation
     */
    static GenericKubernetesResource toHosts(String name, String namespace, Map<String, String> labels, LabelSelector selected,
                                             List<String> hosts, int port, String protocol, DnsServer dns,
                                             String destination) {
        GenericKubernetesResource policy = new GenericKubernetesResource();
        policy.setApiVersion(API_VERSION);
        policy.setKind("CiliumNetworkPolicy");
        policy.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).withLabels(labels)
                .withAnnotations(Map.of(Labels.DESTINATION, destination)).build());
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("endpointSelector", selector(selected));
        List<Object> egress = new ArrayList<>();
        egress.add(Map.of("toEndpoints", List.of(Map.of("matchLabels", new TreeMap<>(dns.labels()))),
                "toPorts", List.of(Map.of("ports", List.of(port(dns.port(), "ANY")),
                        "rules", Map.of("dns", List.of(Map.of("matchPattern", "*")))))));
        egress.add(Map.of("toFQDNs", hosts.stream().map(h -> Map.of("matchName", h)).toList(),
                "toPorts", List.of(Map.of("ports", List.of(port(port, protocol))))));
        spec.put("egress", egress);
        policy.setAdditionalProperty("spec", spec);
        return policy;
    }

    /** A Kubernetes label selector as a Cilium endpoint selector (the same matchLabels and matchExpressions). */
    private static Map<String, Object> selector(LabelSelector selected) {
        Map<String, Object> selector = new LinkedHashMap<>();
        if (selected.getMatchLabels() != null && !selected.getMatchLabels().isEmpty()) {
            selector.put("matchLabels", new TreeMap<>(selected.getMatchLabels()));
        }
        if (selected.getMatchExpressions() != null && !selected.getMatchExpressions().isEmpty()) {
            List<Map<String, Object>> expressions = new ArrayList<>();
            for (LabelSelectorRequirement requirement : selected.getMatchExpressions()) {
                Map<String, Object> expression = new LinkedHashMap<>();
                expression.put("key", requirement.getKey());
                expression.put("operator", requirement.getOperator());
                if (requirement.getValues() != null && !requirement.getValues().isEmpty()) {
                    expression.put("values", requirement.getValues());
                }
                expressions.add(expression);
            }
            selector.put("matchExpressions", expressions);
        }
        return selector;
    }

    private static Map<String, Object> port(int number, String protocol) {
        return Map.of("port", String.valueOf(number), "protocol", protocol);
    }
}

package dev.bulkhead.export.kubernetes;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicySpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NetworkPolicies, their parts and object metadata made with the fabric8 classes' constructors and setters
 * instead of their builders: every tenant gets a dozen policies, and the builders (a map of nested builders per
 * object, a deep copy at each {@code build()}) were most of the time it took to make them. The objects are the
 * ones the builders made: the same fields set, unset lists and maps empty, maps and lists copied in, so each
 * object owns its collections.
 */
final class NetworkPolicyObjects {
    private NetworkPolicyObjects() {
    }

    /** Metadata with a name, a namespace (or null) and a copy of the labels. */
    static ObjectMeta metadata(String name, String namespace, Map<String, String> labels) {
        ObjectMeta metadata = new ObjectMeta();
        metadata.setName(name);
        metadata.setNamespace(namespace);
        metadata.setLabels(new LinkedHashMap<>(labels));
        return metadata;
    }

    /** A NetworkPolicy of the given types selecting {@code selected}, without rules yet: add them to its spec's lists. */
    static NetworkPolicy policy(String name, String namespace, Map<String, String> labels, LabelSelector selected,
                                String... policyTypes) {
        NetworkPolicySpec spec = new NetworkPolicySpec();
        spec.setPodSelector(selected);
        spec.setPolicyTypes(new ArrayList<>(List.of(policyTypes)));
        NetworkPolicy policy = new NetworkPolicy();
        policy.setMetadata(metadata(name, namespace, labels));
        policy.setSpec(spec);
        return policy;
    }

    /** Adds an egress rule to the policy; returns the policy. */
    static NetworkPolicy egress(NetworkPolicy policy, List<NetworkPolicyPeer> to, List<NetworkPolicyPort> ports) {
        policy.getSpec().getEgress().add(new NetworkPolicyEgressRule(new ArrayList<>(ports), new ArrayList<>(to)));
        return policy;
    }

    /** Adds an ingress rule to the policy; returns the policy. */
    static NetworkPolicy ingress(NetworkPolicy policy, List<NetworkPolicyPeer> from, List<NetworkPolicyPort> ports) {
        policy.getSpec().getIngress().add(new NetworkPolicyIngressRule(new ArrayList<>(from), new ArrayList<>(ports)));
        return policy;
    }

    /** Adds an annotation to the policy's metadata; returns the policy. */
    static NetworkPolicy annotated(NetworkPolicy policy, String key, String value) {
        policy.getMetadata().getAnnotations().put(key, value);
        return policy;
    }

    /** A selector of pods by labels (a copy of them); no labels selects every pod. */
    static LabelSelector selector(Map<String, String> matchLabels) {
        LabelSelector selector = new LabelSelector();
        selector.setMatchLabels(new LinkedHashMap<>(matchLabels));
        return selector;
    }

    /** A selector of one label. */
    static LabelSelector selector(String key, String value) {
        LabelSelector selector = new LabelSelector();
        selector.getMatchLabels().put(key, value);
        return selector;
    }

    /** A selector of one label key's absence, with labels too. */
    static LabelSelector withoutKey(Map<String, String> matchLabels, String key) {
        LabelSelector selector = selector(matchLabels);
        LabelSelectorRequirement absent = new LabelSelectorRequirement();
        absent.setKey(key);
        absent.setOperator("DoesNotExist");
        selector.getMatchExpressions().add(absent);
        return selector;
    }

    /** A peer of pods, optionally in namespaces a selector picks (null: the policy's own namespace). */
    static NetworkPolicyPeer pods(LabelSelector namespaces, LabelSelector pods) {
        NetworkPolicyPeer peer = new NetworkPolicyPeer();
        peer.setNamespaceSelector(namespaces);
        peer.setPodSelector(pods);
        return peer;
    }

    /** A peer of an address range less the excepted ranges. */
    static NetworkPolicyPeer range(String cidr, List<String> except) {
        NetworkPolicyPeer peer = new NetworkPolicyPeer();
        peer.setIpBlock(new IPBlock(cidr, new ArrayList<>(except)));
        return peer;
    }

    /** A port by number. */
    static NetworkPolicyPort port(int number, String protocol) {
        NetworkPolicyPort port = new NetworkPolicyPort();
        port.setPort(new IntOrString(number));
        port.setProtocol(protocol);
        return port;
    }
}

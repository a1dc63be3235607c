package dev.bulkhead.export.behaviour;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A model of how Kubernetes evaluates NetworkPolicies (networking.k8s.io/v1, as the API reference defines them):
 * a pod selected by some policy of its namespace for a direction is isolated in that direction, and then a
 * flow is allowed only if a rule of one of those policies matches it; a flow between two pods needs the
 * sender's egress and the receiver's ingress. Peers: {@code podSelector} alone (the policy's namespace),
 * {@code namespaceSelector} (with an optional {@code podSelector}), {@code ipBlock} (with {@code except}),
 * matched here against addresses outside the pod network only. Ports: number and protocol (TCP when unset); a
 * rule without ports allows every port.
 */
final class PolicyWorld {
    /** Something that sends or receives traffic. */
    sealed interface Endpoint permits Pod, Address {
    }

    /** A pod, by namespace and labels. */
    record Pod(String namespace, Map<String, String> labels, String description) implements Endpoint {
        @Override
        public String toString() {
            return description;
        }
    }

    /** An address outside the pod network. */
    record Address(String ip) implements Endpoint {
        @Override
        public String toString() {
            return ip;
        }
    }

    private final Map<String, Map<String, String>> namespaceLabels = new HashMap<>();
    private final Map<String, List<JsonNode>> policies = new HashMap<>();

    /** Adds a namespace; {@code kubernetes.io/metadata.name} is set as the API server sets it. */
    void namespace(String name, Map<String, String> labels) {
        Map<String, String> all = new HashMap<>(labels);
        all.put("kubernetes.io/metadata.name", name);
        namespaceLabels.put(name, all);
    }

    void policy(JsonNode policy) {
        policies.computeIfAbsent(policy.at("/metadata/namespace").asText(), n -> new ArrayList<>()).add(policy);
    }

    /** Whether traffic from {@code from} to {@code to} on {@code port}/{@code protocol} is allowed. */
    boolean allows(Endpoint from, Endpoint to, int port, String protocol) {
        if (from instanceof Pod pod && !allowedBy(pod, "Egress", "egress", "to", to, port, protocol)) {
            return false;
        }
        return !(to instanceof Pod pod) || allowedBy(pod, "Ingress", "ingress", "from", from, port, protocol);
    }

    private boolean allowedBy(Pod pod, String type, String rulesField, String peersField, Endpoint other, int port,
                              String protocol) {
        boolean isolated = false;
        for (JsonNode policy : policies.getOrDefault(pod.namespace(), List.of())) {
            if (!matches(policy.at("/spec/podSelector"), pod.labels()) || !types(policy).contains(type)) {
                continue;
            }
            isolated = true;
            for (JsonNode rule : policy.at("/spec/" + rulesField)) {
                if (portMatches(rule.get("ports"), port, protocol) && peerMatches(rule.get(peersField), other,
                        policy.at("/metadata/namespace").asText())) {
                    return true;
                }
            }
        }
        return !isolated;
    }

    /** The policy's types as the API server defaults them: Ingress, plus Egress when it has egress rules. */
    private static List<String> types(JsonNode policy) {
        List<String> types = new ArrayList<>();
        JsonNode declared = policy.at("/spec/policyTypes");
        if (declared.isArray() && !declared.isEmpty()) {
            declared.forEach(t -> types.add(t.asText()));
        } else {
            types.add("Ingress");
            if (policy.at("/spec/egress").isArray() && !policy.at("/spec/egress").isEmpty()) {
                types.add("Egress");
            }
        }
        return types;
    }

    private static boolean portMatches(JsonNode ports, int port, String protocol) {
        if (ports == null || ports.isNull() || ports.isEmpty()) {
            return true;
        }
        for (JsonNode p : ports) {
            String proto = p.has("protocol") ? p.get("protocol").asText() : "TCP";
            if (proto.equals(protocol) && (!p.has("port") || p.get("port").asInt() == port)) {
                return true;
            }
        }
        return false;
    }

    private boolean peerMatches(JsonNode peers, Endpoint other, String policyNamespace) {
        if (peers == null || peers.isNull() || peers.isEmpty()) {
            return true; // No peers: every source or destination.
        }
        for (JsonNode peer : peers) {
            if (peer.has("ipBlock")) {
                if (other instanceof Address address && inBlock(peer.get("ipBlock"), address.ip())) {
                    return true;
                }
                continue;
            }
            if (!(other instanceof Pod pod)) {
                continue;
            }
            boolean namespaceOk = peer.has("namespaceSelector")
                    ? matches(peer.get("namespaceSelector"), namespaceLabels.getOrDefault(pod.namespace(), Map.of()))
                    : pod.namespace().equals(policyNamespace);
            boolean podOk = !peer.has("podSelector") || matches(peer.get("podSelector"), pod.labels());
            if (namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean inBlock(JsonNode block, String ip) {
        if (!Cidrs.contains(block.get("cidr").asText(), ip)) {
            return false;
        }
        for (JsonNode except : block.path("except")) {
            if (Cidrs.contains(except.asText(), ip)) {
                return false;
            }
        }
        return true;
    }

    /** A label selector: every matchLabels pair and every matchExpression; an empty selector matches all. */
    static boolean matches(JsonNode selector, Map<String, String> labels) {
        if (selector == null || selector.isMissingNode() || selector.isNull()) {
            return true;
        }
        var fields = selector.path("matchLabels").fields();
        while (fields.hasNext()) {
            var label = fields.next();
            if (!label.getValue().asText().equals(labels.get(label.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.get("key").asText();
            List<String> values = new ArrayList<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean ok = switch (expression.get("operator").asText()) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> throw new IllegalArgumentException("unknown operator in " + expression);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}

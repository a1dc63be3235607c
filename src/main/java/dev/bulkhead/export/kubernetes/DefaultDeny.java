package dev.bulkhead.export.kubernetes;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.Map;

/** A namespace's default deny: every pod selected, both directions, no rule. */
final class DefaultDeny {
    static final String NAME = "default-deny";

    private DefaultDeny() {
    }

    static NetworkPolicy of(String namespace, Map<String, String> labels) {
        return NetworkPolicyObjects.policy(NAME, namespace, labels, new LabelSelector(), "Ingress", "Egress");
    }
}

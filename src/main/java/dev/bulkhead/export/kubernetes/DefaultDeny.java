package dev.bulkhead.export.kubernetes;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import java.util.Map;

/** A namespace's default deny: every pod selected, both directions, no rule. */
final class DefaultDeny {
    static final String NAME = "default-deny";

    private DefaultDeny() {
    }

    static NetworkPolicy of(String namespace, Map<String, String> labels) {
        return new NetworkPolicyBuilder().withNewMetadata().withName(NAME).withNamespace(namespace).withLabels(labels)
                .endMetadata().withNewSpec().withNewPodSelector().endPodSelector().withPolicyTypes("Ingress", "Egress")
                .endSpec().build();
    }
}

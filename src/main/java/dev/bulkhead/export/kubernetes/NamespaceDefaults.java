package dev.bulkhead.export.kubernetes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulkhead.model.Provider;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Namespace annotations that give a tenant's pods its nodes' selector and tolerations by default. They are
 * read by the PodNodeSelector and PodTolerationRestriction admission plugins, which on-premises clusters can
 * enable; the managed offerings (EKS, GKE, AKS) do not run them, so there the annotations are left out and the
 * admission policy alone holds the rule.
 */
final class NamespaceDefaults {
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private NamespaceDefaults() {
    }

    static Map<String, String> annotations(Provider provider, OwnNodes nodes) {
        if (provider != Provider.ON_PREM) {
            return Map.of();
        }
        Map<String, String> annotations = new TreeMap<>();
        annotations.put("scheduler.alpha.kubernetes.io/node-selector", nodes.selector().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")));
        try {
            annotations.put("scheduler.alpha.kubernetes.io/defaultTolerations", JSON.writeValueAsString(nodes.tolerations()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("tolerations could not be written as JSON", e);
        }
        return annotations;
    }
}

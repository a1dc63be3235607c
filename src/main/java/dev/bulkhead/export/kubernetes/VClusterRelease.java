package dev.bulkhead.export.kubernetes;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GitOps objects that install a tenant's vCluster with Flux: the chart repository and a HelmRelease
 * whose values come from the ConfigMap that kustomize makes of {@code vcluster.yaml}, so the values file
 * is the single source for both Flux and a manual {@code vcluster create -f vcluster.yaml}.
 */
final class VClusterRelease {
    static final String CHART_REPOSITORY = "https://charts.loft.sh";
    /**
     * The chart version the values were checked against (its schema, defaults and templates), pinned exactly:
     * a later patch release may change a default the export relies on.
     */
    static final String CHART_VERSION = "0.36.1";

    private VClusterRelease() {
    }

    static String valuesConfigMap(String release) {
        return release + "-vcluster-values";
    }

    static List<HasMetadata> of(String release, String namespace, Map<String, String> labels) {
        GenericKubernetesResource repository = resource("source.toolkit.fluxcd.io/v1", "HelmRepository", "loft", namespace, labels);
        repository.setAdditionalProperty("spec", Map.of("interval", "1h", "url", CHART_REPOSITORY));
        GenericKubernetesResource helmRelease = resource("helm.toolkit.fluxcd.io/v2", "HelmRelease", release, namespace, labels);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("interval", "10m");
        spec.put("releaseName", release);
        spec.put("chart", Map.of("spec", Map.of("chart", "vcluster", "version", CHART_VERSION,
                "sourceRef", Map.of("kind", "HelmRepository", "name", "loft"))));
        spec.put("valuesFrom", List.of(Map.of("kind", "ConfigMap", "name", valuesConfigMap(release),
                "valuesKey", "vcluster.yaml")));
        helmRelease.setAdditionalProperty("spec", spec);
        return List.of(repository, helmRelease);
    }

    private static GenericKubernetesResource resource(String apiVersion, String kind, String name, String namespace,
                                                      Map<String, String> labels) {
        GenericKubernetesResource resource = new GenericKubernetesResource();
        resource.setApiVersion(apiVersion);
        resource.setKind(kind);
        resource.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).withLabels(labels).build());
        return resource;
    }
}

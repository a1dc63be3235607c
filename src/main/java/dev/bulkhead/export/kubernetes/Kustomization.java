package dev.bulkhead.export.kubernetes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@code kustomization.yaml}: resources (files or folders), and optionally a ConfigMap made from a file. */
final class Kustomization {
    private final List<String> resources = new ArrayList<>();
    private final List<Map<String, Object>> configMaps = new ArrayList<>();

    Kustomization resource(String path) {
        resources.add(path);
        return this;
    }

    Kustomization resources(List<String> paths) {
        resources.addAll(paths);
        return this;
    }

    /** A ConfigMap in {@code namespace} holding one file, with a stable name (no content hash suffix). */
    Kustomization configMap(String name, String namespace, String file) {
        Map<String, Object> generator = new LinkedHashMap<>();
        generator.put("name", name);
        generator.put("namespace", namespace);
        generator.put("files", List.of(file));
        configMaps.add(generator);
        return this;
    }

    String yaml() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("apiVersion", "kustomize.config.k8s.io/v1beta1");
        document.put("kind", "Kustomization");
        document.put("resources", resources);
        if (!configMaps.isEmpty()) {
            document.put("configMapGenerator", configMaps);
            document.put("generatorOptions", Map.of("disableNameSuffixHash", true));
        }
        return Yaml.of(document);
    }
}

package dev.bulkhead.export.kubernetes;

import dev.bulkhead.analysis.Assumptions;
import dev.bulkhead.analysis.Resources;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.SandboxRuntime;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.node.v1.RuntimeClass;
import io.fabric8.kubernetes.api.model.node.v1.RuntimeClassBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * RuntimeClass objects for the sandbox runtimes agents use. Their {@code overhead.podFixed} comes from the
 * same assumptions the cost model charges (kata-deploy's RuntimeClasses, AKS's 600Mi for Kata, gVisor's
 * measured density), so the scheduler, quotas and Bulkhead's bill agree.
 */
final class RuntimeClasses {
    private RuntimeClasses() {
    }

    /** The RuntimeClass name pods refer to for a runtime; null for runc, which needs none. */
    static String nameOf(SandboxRuntime runtime) {
        return switch (runtime) {
            case RUNC -> null;
            case GVISOR -> "gvisor";
            case KATA -> "kata-qemu";
            case FIRECRACKER -> "kata-fc";
        };
    }

    private static String handlerOf(SandboxRuntime runtime) {
        return runtime == SandboxRuntime.GVISOR ? "runsc" : nameOf(runtime);
    }

    /**
     * RuntimeClasses for the given runtimes. A runtime is scheduled onto a pool of the cluster whose labels
     * name it (with that pool's taints tolerated), or else onto nodes carrying the usual label of its
     * installer, which the export's README asks operators to set.
     */
    static List<RuntimeClass> of(Collection<SandboxRuntime> runtimes, Assumptions assumptions, List<NodePool> pools) {
        List<RuntimeClass> classes = new ArrayList<>();
        for (SandboxRuntime runtime : new java.util.TreeSet<>(runtimes)) {
            if (runtime == SandboxRuntime.RUNC) {
                continue;
            }
            Resources overhead = assumptions.sandboxOverhead(runtime);
            Map<String, Quantity> podFixed = new TreeMap<>();
            podFixed.put("cpu", new Quantity(Math.round(overhead.cpu() * 1000) + "m"));
            podFixed.put("memory", new Quantity(Math.round(overhead.memoryGiB() * 1024) + "Mi"));
            NodePool pool = poolFor(runtime, pools);
            Map<String, String> nodeSelector = new TreeMap<>();
            List<Toleration> tolerations = new ArrayList<>();
            if (pool != null) {
                pool.labels().forEach((key, value) -> {
                    if (mentions(value, runtime)) {
                        nodeSelector.put(key, value);
                    }
                });
                pool.taints().forEach(taint -> tolerations.add(toleration(taint)));
            } else if (runtime == SandboxRuntime.GVISOR) {
                nodeSelector.put("bulkhead.dev/runtime-gvisor", "true");
            } else {
                nodeSelector.put("katacontainers.io/kata-runtime", "true");
            }
            classes.add(new RuntimeClassBuilder().withNewMetadata().withName(nameOf(runtime))
                    .addToLabels(Labels.MANAGED_BY, "bulkhead").endMetadata()
                    .withHandler(handlerOf(runtime))
                    .withNewOverhead().withPodFixed(podFixed).endOverhead()
                    .withNewScheduling().withNodeSelector(nodeSelector).withTolerations(tolerations).endScheduling()
                    .build());
        }
        return classes;
    }

    private static NodePool poolFor(SandboxRuntime runtime, List<NodePool> pools) {
        return pools.stream().filter(p -> p.labels().values().stream().anyMatch(v -> mentions(v, runtime))).findFirst()
                .orElse(null);
    }

    private static boolean mentions(String value, SandboxRuntime runtime) {
        String v = value.toLowerCase(java.util.Locale.ROOT);
        return v.equals(runtime.name().toLowerCase(java.util.Locale.ROOT)) || v.equals(nameOf(runtime));
    }

    /** A toleration for a taint written {@code key=value:Effect} or {@code key:Effect}. */
    static Toleration toleration(String taint) {
        String effect = taint.contains(":") ? taint.substring(taint.lastIndexOf(':') + 1) : "NoSchedule";
        String keyValue = taint.contains(":") ? taint.substring(0, taint.lastIndexOf(':')) : taint;
        TolerationBuilder toleration = new TolerationBuilder().withEffect(effect);
        if (keyValue.contains("=")) {
            toleration.withKey(keyValue.substring(0, keyValue.indexOf('='))).withOperator("Equal")
                    .withValue(keyValue.substring(keyValue.indexOf('=') + 1));
        } else {
            toleration.withKey(keyValue).withOperator("Exists");
        }
        return toleration.build();
    }
}

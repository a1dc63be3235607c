package dev.bulkhead.export.kubernetes;

import dev.bulkhead.analysis.Assumptions;
import dev.bulkhead.analysis.Resources;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.SandboxRuntime;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.node.v1.RuntimeClass;
import io.fabric8.kubernetes.api.model.node.v1.RuntimeClassBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The RuntimeClasses sandboxed pods refer to. Managed offerings install their own: GKE Sandbox ships
 * {@code gvisor} (handler {@code runsc}, scheduling onto its tainted sandbox nodes) and AKS pod sandboxing ships
 * {@code kata-vm-isolation}; writing objects of those names would clash with the provider's (a handler cannot
 * change) or never schedule, so pods only name them. Elsewhere (EKS, on-premises) Bulkhead writes the class,
 * with {@code overhead.podFixed} from the same assumptions the cost model charges and scheduling onto the
 * model's pool for that runtime.
 */
final class RuntimeClasses {
    /** Every class name Bulkhead's pods may use for a sandbox, whoever writes the class. */
    static final List<String> SANDBOX_CLASS_NAMES = List.of("gvisor", "kata-fc", "kata-qemu", "kata-vm-isolation");

    private RuntimeClasses() {
    }

    /** The RuntimeClass name pods refer to for a runtime on a provider; null for runc, which needs none. */
    static String nameOf(SandboxRuntime runtime, Provider provider) {
        return switch (runtime) {
            case RUNC -> null;
            case GVISOR -> "gvisor";
            case KATA -> provider == Provider.AKS ? "kata-vm-isolation" : "kata-qemu";
            case FIRECRACKER -> "kata-fc";
        };
    }

    /** Whether the provider installs this runtime's class itself (so the export must not write one). */
    static boolean providedBy(SandboxRuntime runtime, Provider provider) {
        return (runtime == SandboxRuntime.GVISOR && provider == Provider.GKE)
                || (runtime == SandboxRuntime.KATA && provider == Provider.AKS);
    }

    private static String handlerOf(SandboxRuntime runtime, Provider provider) {
        return runtime == SandboxRuntime.GVISOR ? "runsc" : nameOf(runtime, provider);
    }

    /**
     * The RuntimeClasses the export writes for a cluster's runtimes: none for runc or for what the provider
     * installs. A runtime is scheduled onto a pool of the cluster whose labels name it (with that pool's taints
     * tolerated), or else onto nodes carrying the usual label of its installer, which the README asks
     * operators to set.
     */
    static List<RuntimeClass> of(Collection<SandboxRuntime> runtimes, Provider provider, Assumptions assumptions,
                                 List<NodePool> pools) {
        List<RuntimeClass> classes = new ArrayList<>();
        for (SandboxRuntime runtime : new TreeSet<>(runtimes)) {
            if (runtime == SandboxRuntime.RUNC || providedBy(runtime, provider)) {
                continue;
            }
            Resources overhead = assumptions.sandboxOverhead(runtime);
            Map<String, Quantity> podFixed = new TreeMap<>();
            podFixed.put("cpu", new Quantity(Math.round(overhead.cpu() * 1000) + "m"));
            podFixed.put("memory", new Quantity(Math.round(overhead.memoryGiB() * 1024) + "Mi"));
            NodePool pool = poolFor(runtime, provider, pools);
            Map<String, String> nodeSelector = new TreeMap<>();
            List<Toleration> tolerations = new ArrayList<>();
            if (pool != null) {
                pool.labels().forEach((key, value) -> {
                    if (mentions(value, runtime, provider)) {
                        nodeSelector.put(key, value);
                    }
                });
                pool.taints().forEach(taint -> tolerations.add(toleration(taint)));
            } else if (runtime == SandboxRuntime.GVISOR) {
                nodeSelector.put("bulkhead.dev/runtime-gvisor", "true");
            } else {
                nodeSelector.put("katacontainers.io/kata-runtime", "true");
            }
            classes.add(new RuntimeClassBuilder().withNewMetadata().withName(nameOf(runtime, provider))
                    .addToLabels(Labels.MANAGED_BY, "bulkhead").endMetadata()
                    .withHandler(handlerOf(runtime, provider))
                    .withNewOverhead().withPodFixed(podFixed).endOverhead()
                    .withNewScheduling().withNodeSelector(nodeSelector).withTolerations(tolerations).endScheduling()
                    .build());
        }
        return classes;
    }

    private static NodePool poolFor(SandboxRuntime runtime, Provider provider, List<NodePool> pools) {
        return pools.stream().filter(p -> runsOn(p, runtime, provider)).findFirst().orElse(null);
    }

    /** Whether a pool's labels name the runtime: the pool its RuntimeClass schedules onto. */
    static boolean runsOn(NodePool pool, SandboxRuntime runtime, Provider provider) {
        return pool.labels().values().stream().anyMatch(v -> mentions(v, runtime, provider));
    }

    private static boolean mentions(String value, SandboxRuntime runtime, Provider provider) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.equals(runtime.name().toLowerCase(Locale.ROOT)) || v.equals(nameOf(runtime, provider));
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

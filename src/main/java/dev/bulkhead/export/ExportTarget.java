package dev.bulkhead.export;

import dev.bulkhead.export.kubernetes.KubernetesExporter;
import dev.bulkhead.export.terraform.TerraformExporter;
import java.util.function.Supplier;

/** The export targets, each with its exporter; the CLI's {@code --to} and the export dialog list these. */
public enum ExportTarget {
    K8S("k8s", "Kubernetes manifests", KubernetesExporter::new),
    TERRAFORM("terraform", "Terraform skeletons", TerraformExporter::new);

    private final String cliName;
    private final String label;
    private final Supplier<Exporter> exporter;

    ExportTarget(String cliName, String label, Supplier<Exporter> exporter) {
        this.cliName = cliName;
        this.label = label;
        this.exporter = exporter;
    }

    /** As {@code --to} spells it. */
    public String cliName() {
        return cliName;
    }

    /** As the app names it. */
    public String label() {
        return label;
    }

    /** A fresh exporter for this target. */
    public Exporter exporter() {
        return exporter.get();
    }
}

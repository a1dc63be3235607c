package dev.bulkhead.export;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.export.kubernetes.ExportChoice;
import dev.bulkhead.export.kubernetes.KubernetesExporter;
import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.util.Map;

/** Helpers shared by the export tests. */
final class Exports {
    private Exports() {
    }

    static Model sample(String name) throws Exception {
        return new ModelReader().read(Path.of("sample-models", name + ".bulkhead.json"));
    }

    static Analysis analyse(Model model) {
        return new Analyzer(ReferenceData.bundled()).analyze(model);
    }

    static ExportBundle k8s(Model model, ExportChoice choice) throws ExportException {
        return KubernetesExporter.export(analyse(model), choice, null, fraction -> { });
    }

    /** A bundle as one text: each file under a "### path" heading, in path order (golden-file form). */
    static String asText(ExportBundle bundle) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> file : bundle.files().entrySet()) {
            text.append("### ").append(file.getKey()).append('\n').append(file.getValue());
            if (!file.getValue().endsWith("\n")) {
                text.append('\n');
            }
        }
        return text.toString();
    }
}

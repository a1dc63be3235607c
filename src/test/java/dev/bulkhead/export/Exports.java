package dev.bulkhead.export;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.export.ExportChoice;
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
        return k8s(model, ExportSettings.of(choice));
    }

    static ExportBundle k8s(Model model, ExportSettings settings) throws ExportException {
        return ExportTarget.K8S.exporter().export(analyse(model), settings, fraction -> { });
    }

    static ExportBundle terraform(Model model, ExportSettings settings) throws ExportException {
        return ExportTarget.TERRAFORM.exporter().export(analyse(model), settings, fraction -> { });
    }

    /** A bundle as one text: each file under a "### path" heading, in path order (golden-file form). */
    static String asText(ExportBundle bundle) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, ExportFile> file : bundle.files().entrySet()) {
            String content = file.getValue().text();
            text.append("### ").append(file.getKey()).append('\n').append(content);
            if (!content.endsWith("\n")) {
                text.append('\n');
            }
        }
        return text.toString();
    }
}

package dev.bulkhead.lesson;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.export.ExportBundle;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportException;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.LayoutChoice;
import dev.bulkhead.export.terraform.LayoutAdvice;
import dev.bulkhead.export.terraform.TerraformExporter;
import dev.bulkhead.model.Environment;
import java.util.Locale;
import java.util.Objects;

/**
 * The Terraform export of the design as modelled, with the layout Bulkhead recommends (which the environments'
 * own layout preference overrides), writes a file at a path: {@code envs/prod/backend.tf} says production gets a
 * state file and backend of its own. Runs the real exporter, so the lesson teaches what the export does.
 */
public record TerraformExportWrites(String path) implements TaskCheck {
    public TerraformExportWrites {
        Objects.requireNonNull(path, "path");
        if (path.isBlank() || path.startsWith("/")) {
            throw new IllegalArgumentException("an export path must be relative, like envs/prod/backend.tf, not '" + path + "'");
        }
    }

    @Override
    public Verdict evaluate(Analysis analysis) {
        LayoutAdvice layout = LayoutAdvice.of(analysis.model(), analysis.model().all(Environment.class), LayoutChoice.RECOMMENDED);
        String writes = "The export writes " + layout.layout().name().toLowerCase(Locale.ROOT) + ": " + layout.reason();
        try {
            ExportBundle bundle = new TerraformExporter().export(analysis, ExportSettings.of(ExportChoice.AS_MODELLED), done -> { });
            return new Verdict(bundle.files().containsKey(path), writes + (bundle.files().containsKey(path) ? " It writes " : " It writes no ")
                    + path + ".");
        } catch (ExportException e) {
            return new Verdict(false, "The Terraform export refuses the model: " + e.getMessage());
        }
    }
}

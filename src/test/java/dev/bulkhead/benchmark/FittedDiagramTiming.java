package dev.bulkhead.benchmark;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.DiagramPicture;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.export.report.PdfReport;
import dev.bulkhead.export.report.ProposalReport;
import dev.bulkhead.model.Model;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What fitting the report's diagram to its page costs (issue 12: trying the environments in rows and widening the
 * endpoints lays the model out and routes it again): the PDF report of the 2,000-element model, and within it the
 * picture and its fitting, four shots in one JVM (the first includes warming up). A quick check beside
 * {@link ReportBenchmark}, not a replacement.
 */
public final class FittedDiagramTiming {
    private FittedDiagramTiming() {
    }

    public static void main(String[] args) {
        Model model = DiagramExport.placed(GeneratedModels.platform(3, 2, 1400, 580, 2000, 42));
        for (int shot = 0; shot < 4; shot++) {
            long start = System.nanoTime();
            Analysis analysis = new Analyzer(ReferenceData.bundled()).analyze(model);
            ProposalReport report = ProposalReport.of(analysis, null, null, LocalDate.of(2026, 11, 30));
            PdfReport.of(report, "big.bulkhead.json");
            long reported = System.nanoTime();
            DiagramPicture picture = report.diagram();
            long pictured = System.nanoTime();
            picture.fittedTo(745, 463);
            long fitted = System.nanoTime();
            System.out.printf(Locale.ROOT, "PDF report %.2f s, of which the picture %.2f s and fitting it %.2f s%n",
                    (reported - start) / 1e9, (pictured - reported) / 1e9, (fitted - pictured) / 1e9);
        }
    }
}

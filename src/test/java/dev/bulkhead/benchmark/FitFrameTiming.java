package dev.bulkhead.benchmark;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.Decorations;
import dev.bulkhead.diagram.DiagramRenderer;
import dev.bulkhead.diagram.DiagramTheme;
import dev.bulkhead.diagram.SceneLayout;
import dev.bulkhead.diagram.java2d.Java2dSurface;
import dev.bulkhead.diagram.pdf.PagePlan;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;

/**
 * Two timings of issue 12's app side on the 1,400-tenant generated model (BENCHMARKS.md): one canvas frame at Fit
 * (name tags placed clear of each other), drawn through Java2D at the canvas's size; and the export dialog's preview,
 * the file's page plan made and drawn at the preview's zoom, per format. Medians over repeated frames after warm-up.
 */
public final class FitFrameTiming {
    private FitFrameTiming() {
    }

    public static void main(String[] args) {
        Model model = DiagramExport.placed(GeneratedModels.platform(3, 2, 1400, 580, 2000, 42));
        SceneLayout scene = SceneLayout.of(model);
        Geometry content = scene.contentBounds();
        double width = 1040;
        double height = 740;
        double fit = Math.min(width / content.width(), height / content.height());
        DiagramRenderer renderer = new DiagramRenderer(DiagramTheme.of(false));
        long[] frames = time(30, 10, () -> draw(width, height, g -> renderer.draw(new Java2dSurface(g), width, height, fit,
                -content.x() * fit, -content.y() * fit, scene, Decorations.NONE, DiagramRenderer.detail(fit), true)));
        System.out.printf(Locale.ROOT, "canvas frame at Fit (%.0f%%): median %.0f ms, slowest %.0f ms%n", fit * 100,
                frames[frames.length / 2] / 1e6, frames[frames.length - 1] / 1e6);
        Analysis analysis = new Analyzer(ReferenceData.bundled()).analyze(model);
        for (DiagramExport.Format format : DiagramExport.Format.values()) {
            DiagramExport.Options options = DiagramExport.Options.of(format);
            long[] plans = time(5, 2, () -> DiagramExport.pages(analysis, options));
            PagePlan.Page page = DiagramExport.pages(analysis, options).pages().get(0);
            double zoom = Math.min(1, Math.min(616 / page.width(), 356 / page.height()));
            long[] draws = time(10, 3, () -> draw(640, 380, g -> page.picture().draw(new Java2dSurface(g), page.scale() * zoom,
                    12 + page.x() * zoom, 12 + page.y() * zoom)));
            System.out.printf(Locale.ROOT, "preview %s: plan median %.0f ms, drawing median %.0f ms%n", format,
                    plans[plans.length / 2] / 1e6, draws[draws.length / 2] / 1e6);
        }
    }

    private static void draw(double width, double height, java.util.function.Consumer<Graphics2D> drawing) {
        BufferedImage image = new BufferedImage((int) width, (int) height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            drawing.accept(g);
        } finally {
            g.dispose();
        }
    }

    /** Nanoseconds of each measured run, sorted. */
    private static long[] time(int runs, int warmUp, Runnable work) {
        long[] times = new long[runs];
        for (int i = 0; i < warmUp + runs; i++) {
            long start = System.nanoTime();
            work.run();
            if (i >= warmUp) {
                times[i - warmUp] = System.nanoTime() - start;
            }
        }
        Arrays.sort(times);
        return times;
    }
}

package dev.bulkhead.export.diagram;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.diagram.AutoLayout;
import dev.bulkhead.diagram.Decorations;
import dev.bulkhead.diagram.DiagramPicture;
import dev.bulkhead.diagram.DiagramTheme;
import dev.bulkhead.diagram.SceneLayout;
import dev.bulkhead.diagram.java2d.PngDiagram;
import dev.bulkhead.diagram.pdf.PagePlan;
import dev.bulkhead.diagram.pdf.PageSpec;
import dev.bulkhead.diagram.pdf.PdfDiagram;
import dev.bulkhead.diagram.svg.SvgDiagram;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The diagram of a model as a PNG, SVG or PDF file's bytes, for the CLI's {@code render} and the app's
 * File > Export Diagram…: the same painter as the canvas, with every label shown, on a light or dark export theme
 * chosen independently of the app's.
 */
public final class DiagramExport {
    /** File formats. */
    public enum Format {
        PNG("png"), SVG("svg"), PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** A format from its command-line name. */
        public static Format parse(String name) {
            for (Format format : values()) {
                if (format.extension.equalsIgnoreCase(name)) {
                    return format;
                }
            }
            throw new IllegalArgumentException("unknown format '" + name + "'; use png, svg or pdf");
        }
    }

    /**
     * What to draw and how.
     *
     * @param scope      the elements to draw with everything inside them, or null for the whole model
     * @param scopeLabel how the title block names the scope ("whole model", "environment prod", ...)
     * @param scale      PNG pixels per diagram unit: 1, 2 or 3
     * @param blocked    the connections to draw as blocked (dashed, in the danger colour): the flows a design's exported
     *                   network policies would block; none for the design as drawn, and none on the canvas
     */
    public record Options(Format format, int scale, boolean dark, Set<ElementId> scope, String scopeLabel, PageSpec page,
                          boolean legend, boolean titleBlock, LocalDate date, Set<ElementId> blocked) {
        public Options {
            Objects.requireNonNull(format, "format");
            blocked = blocked == null ? Set.of() : Set.copyOf(blocked);
            Objects.requireNonNull(page, "page");
            Objects.requireNonNull(date, "date");
            if (scale < 1 || scale > 3) {
                throw new IllegalArgumentException("the scale must be 1, 2 or 3, got " + scale);
            }
        }

        /** The whole model, light, at 2×, fitted to a page of its own, with title block and no legend, dated today. */
        public static Options of(Format format) {
            return new Options(format, 2, false, null, "whole model", PageSpec.PICTURE, false, true, LocalDate.now(), Set.of());
        }

        public Options withScope(Set<ElementId> elements, String label) {
            return new Options(format, scale, dark, elements, label, page, legend, titleBlock, date, blocked);
        }

        public Options withEnvironment(Environment environment) {
            return environment == null ? withScope(null, "whole model")
                    : withScope(Set.of(environment.id()), "environment " + environment.name());
        }

        public Options withScale(int value) {
            return new Options(format, value, dark, scope, scopeLabel, page, legend, titleBlock, date, blocked);
        }

        public Options withDark(boolean value) {
            return new Options(format, scale, value, scope, scopeLabel, page, legend, titleBlock, date, blocked);
        }

        public Options withPage(PageSpec value) {
            return new Options(format, scale, dark, scope, scopeLabel, value, legend, titleBlock, date, blocked);
        }

        public Options withLegend(boolean value) {
            return new Options(format, scale, dark, scope, scopeLabel, page, value, titleBlock, date, blocked);
        }

        public Options withTitleBlock(boolean value) {
            return new Options(format, scale, dark, scope, scopeLabel, page, legend, value, date, blocked);
        }

        public Options withDate(LocalDate value) {
            return new Options(format, scale, dark, scope, scopeLabel, page, legend, titleBlock, value, blocked);
        }

        public Options withBlocked(Set<ElementId> connections) {
            return new Options(format, scale, dark, scope, scopeLabel, page, legend, titleBlock, date, connections);
        }
    }

    private DiagramExport() {
    }

    /**
     * How a title names a selection: the environments it is in and what the picture draws of it, which is more than was
     * selected when an external endpoint is added beside the elements that talk to it ({@link DiagramPicture#closure}):
     * "selection in prod (3 elements and 1 endpoint)". A title that said "3 elements" over 4 boxes, and not where,
     * left a reader counting (review 12e).
     */
    public static String selectionLabel(Model model, Set<ElementId> selection) {
        java.util.List<String> environments = model.all(Environment.class).stream().sorted(Environment.STAGE_ORDER)
                .filter(env -> selection.stream().anyMatch(id -> model.environmentOf(id).map(e -> e.id().equals(env.id())).orElse(false)))
                .map(Environment::name).toList();
        long endpoints = DiagramPicture.closure(model, selection).stream()
                .filter(id -> !selection.contains(id) && model.find(id).orElse(null) instanceof dev.bulkhead.model.ExternalEndpoint)
                .count();
        return "selection" + (environments.isEmpty() ? "" : " in " + String.join(", ", environments)) + " (" + count(selection.size(),
                "element") + (endpoints == 0 ? "" : " and " + count(endpoints, "endpoint")) + ")";
    }

    private static String count(long count, String thing) {
        return count + " " + thing + (count == 1 ? "" : "s");
    }

    /** The picture the options describe, the analysis' findings and unmet requirements marked on it. */
    public static DiagramPicture picture(Analysis analysis, Options options) {
        Model model = placed(analysis.model());
        String scenario = model.scenarios().activeLabel();
        DiagramPicture.Title title = options.titleBlock()
                ? new DiagramPicture.Title(model.settings().name(),
                options.scopeLabel() + (scenario == null ? "" : "  ·  " + scenario), options.date().toString(),
                analysis.pricing().profile().name() + " (" + analysis.currency() + ")")
                : null;
        return DiagramPicture.of(SceneLayout.of(model), Decorations.of(analysis), DiagramTheme.of(options.dark()), options.scope(),
                title, options.legend(), options.blocked());
    }

    /**
     * What the file will hold, page by page: the picture with the detail, rows and fitting its writer uses. The
     * app's preview draws this plan, so that it shows the file and not a picture laid out again for the preview.
     */
    public static PagePlan pages(Analysis analysis, Options options) {
        DiagramPicture picture = picture(analysis, options);
        return switch (options.format()) {
            case PNG -> PagePlan.alone(picture, options.scale());
            case SVG -> PagePlan.alone(picture, 1);
            case PDF -> PagePlan.of(picture, options.page());
        };
    }

    /** The file's bytes, written from {@link #pages}. */
    public static byte[] render(Analysis analysis, Options options) {
        PagePlan plan = pages(analysis, options);
        String scenario = analysis.model().scenarios().activeLabel();
        String title = analysis.model().settings().name() + " — " + options.scopeLabel() + (scenario == null ? "" : ", " + scenario);
        return switch (options.format()) {
            case PNG -> PngDiagram.png(plan.picture(), options.scale());
            case SVG -> SvgDiagram.of(plan.picture(), title).getBytes(StandardCharsets.UTF_8);
            case PDF -> PdfDiagram.pdf(plan, title);
        };
    }

    /**
     * The model with every element placed: a file written by hand or by a generator may have no positions, and
     * the app would lay those out on open the same way.
     */
    public static Model placed(Model model) {
        boolean complete = model.elements().values().stream()
                .filter(e -> e.kind() != dev.bulkhead.model.ElementKind.CONNECTION)
                .allMatch(e -> model.layoutOf(e.id()).isPresent());
        if (complete) {
            return model;
        }
        ModelDocument scratch = new ModelDocument(model);
        scratch.edit("Place", AutoLayout::placeMissingIn);
        return scratch.snapshot();
    }

    /** A default file name for a model's diagram, for example {@code ai-agent-saas-prod.svg}. */
    public static String fileName(Model model, Element scope, Format format) {
        String base = (model.settings().name() + (scope == null ? "" : "-" + scope.name())).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (base.isEmpty() ? "diagram" : base) + "." + format.extension();
    }
}

package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.DiagramFont;
import dev.bulkhead.diagram.DiagramPicture;
import dev.bulkhead.diagram.DrawingSurface.Align;
import dev.bulkhead.diagram.RecordingSurface;
import dev.bulkhead.diagram.fonts.InterMetrics;
import dev.bulkhead.diagram.pdf.PagePlan;
import dev.bulkhead.diagram.pdf.PageSpec;
import dev.bulkhead.export.diagram.DiagramExport;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The expert review of issue 12: in the fitted diagrams of models with 150 and 300 tenants the "N connections" chips
 * lay on the clusters' summaries and across the environments' borders. Over the drawing as a page gets it (every
 * call mapped through its transform to the picture's own units), no count chip covers any text run (a summary's
 * counts, a title, a tag, the title block, the legend, another chip) and every chip is inside the picture.
 */
class CountChipsClearOfTextTest {
    /** A count chip's text, as it was ("13 connections") and is ("172 → · 193 ←"). */
    private static final Pattern CHIP = Pattern.compile("\\d+ connections|\\d+ [→←↓↑]( · \\d+ [→←↓↑])?");
    private static final Map<String, Analysis> ANALYSED = new ConcurrentHashMap<>();

    @ParameterizedTest
    @CsvSource({"tenants-150, REPORT, false", "tenants-150, A4, false", "tenants-150, A4, true", "tenants-150, LETTER, false",
            "tenants-150, LETTER, true", "tenants-300, REPORT, false", "tenants-300, A4, false", "tenants-300, A4, true",
            "tenants-300, LETTER, false", "tenants-300, LETTER, true", "tenants-300-in-pairs, REPORT, false",
            "tenants-300-in-pairs, LETTER, false", "ai-agent-saas, REPORT, false", "ai-agent-saas, A4, false",
            "ai-agent-saas, LETTER, true", "internal-platform, REPORT, false", "internal-platform, LETTER, false",
            "internal-platform, A4, true", "workshop-proposal, REPORT, false", "workshop-proposal, LETTER, false",
            "workshop-starter, REPORT, false", "workshop-starter, A4, true"})
    void noCountChipCoversTextOrLeavesThePicture(String model, String paper, boolean landscape) throws Exception {
        Analysis analysis = ANALYSED.computeIfAbsent(model, CountChipsClearOfTextTest::analysed);
        DiagramPicture picture = paper.equals("REPORT")
                ? ReportFigures.diagram(ProposalReport.of(analysis, null, "test", LocalDate.of(2026, 12, 1)))
                : PagePlan.of(DiagramExport.picture(analysis, DiagramExport.Options.of(DiagramExport.Format.PDF)
                        .withPage(new PageSpec(PageSpec.Paper.valueOf(paper), landscape, false)).withLegend(true)),
                        new PageSpec(PageSpec.Paper.valueOf(paper), landscape, false)).pages().get(0).picture();
        RecordingSurface drawn = new RecordingSurface();
        picture.draw(drawn.surface(), 1, 0, 0);
        Drawing drawing = Drawing.of(drawn.log());

        if (model.startsWith("tenants-")) {
            assertThat(drawing.chips).as("%s: the counts of the connections between summaries", model).isNotEmpty();
        }
        Geometry whole = new Geometry(0, 0, picture.width(), picture.height());
        for (Chip chip : drawing.chips) {
            assertThat(whole.contains(chip.box)).as("%s on %s %s: chip '%s' %s inside the picture %s", model, paper, landscape,
                    chip.text, chip.box, whole).isTrue();
            for (Run run : drawing.runs) {
                if (run.index != chip.textIndex) {
                    assertThat(chip.box.intersects(run.box)).as("%s on %s %s: chip '%s' %s over '%s' %s", model, paper, landscape,
                            chip.text, chip.box, run.text, run.box).isFalse();
                }
            }
        }
    }

    private static Analysis analysed(String name) {
        try {
            Model model = switch (name) {
                // Four clusters an environment, in two rows of summaries: lines between rows and past boxes.
                case "tenants-150" -> GeneratedModels.platform(3, 4, 150, 750, 150, 7);
                // Five environments of three clusters, side by side in rows.
                case "tenants-300" -> GeneratedModels.platform(5, 3, 300, 120, 300, 42);
                // Two clusters side by side, each way's connections on one line between them.
                case "tenants-300-in-pairs" -> GeneratedModels.platform(3, 2, 300, 120, 300, 42);
                default -> new ModelReader().read(Path.of("sample-models", name + ".bulkhead.json"));
            };
            return new Analyzer(ReferenceData.bundled()).analyze(model);
        } catch (Exception e) {
            throw new IllegalStateException(name, e);
        }
    }

    /** A text as drawn, in the picture's units. */
    private record Run(int index, String text, Geometry box) {
    }

    /** A count chip's plate and the index of its text. */
    private record Chip(int textIndex, String text, Geometry box) {
    }

    private static final class Drawing {
        final List<Run> runs = new ArrayList<>();
        final List<Chip> chips = new ArrayList<>();

        static Drawing of(List<RecordingSurface.Call> log) {
            Drawing drawing = new Drawing();
            double scale = 1;
            double dx = 0;
            double dy = 0;
            Geometry plate = null;
            for (int i = 0; i < log.size(); i++) {
                RecordingSurface.Call call = log.get(i);
                switch (call.method()) {
                    case "transform" -> {
                        scale = call.number(0);
                        dx = call.number(1);
                        dy = call.number(2);
                    }
                    case "strokeRoundRect" -> plate = new Geometry(dx + scale * call.number(0), dy + scale * call.number(1),
                            scale * call.number(2), scale * call.number(3));
                    case "text" -> {
                        String text = (String) call.args()[0];
                        DiagramFont font = (DiagramFont) call.args()[1];
                        double limit = call.number(5);
                        double width = InterMetrics.width(text, font);
                        width = limit > 0 ? Math.min(width, limit) : width;
                        double x = switch ((Align) call.args()[4]) {
                            case LEFT -> call.number(2);
                            case CENTER -> call.number(2) - width / 2;
                            case RIGHT -> call.number(2) - width;
                        };
                        Geometry box = new Geometry(dx + scale * x, dy + scale * (call.number(3) - font.size() / 2), scale * width,
                                scale * font.size());
                        drawing.runs.add(new Run(i, text, box));
                        if (CHIP.matcher(text).matches()) {
                            assertThat(plate).as("the plate under '%s'", text).isNotNull();
                            drawing.chips.add(new Chip(i, text, plate));
                        }
                    }
                    default -> {
                    }
                }
            }
            return drawing;
        }
    }
}

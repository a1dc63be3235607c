package dev.bulkhead.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.reference.ReferenceData;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled lessons stay solvable as prices and the rubric change: every task fails on the starting model, its
 * "show me" solves it, and every dollar limit sits just above what the answer costs in the real analysis.
 */
class LessonCatalogTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());

    static Stream<Lesson> lessons() {
        return LessonCatalog.bundled().lessons().stream();
    }

    @Test
    void theThreeLessonsOfIssue14AreBundledInMenuOrder() {
        assertThat(lessons().map(Lesson::id)).containsExactly("sandboxing-agents", "tenancy-models", "terraform-layouts");
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyStepHasTextAndCitesTheReferenceData(Lesson lesson) {
        assertThat(lesson.steps()).allSatisfy(step -> {
            assertThat(step.sources()).as(step.title()).isNotEmpty().allSatisfy(source -> assertThat(source).isNotBlank());
            assertThat(step.paragraphs()).as(step.title()).isNotEmpty();
        });
        assertThat(lesson.tasks()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void theStartingModelFailsEveryTask(Lesson lesson) {
        Analysis start = ANALYZER.analyze(lesson.start());
        assertThat(lesson.tasks()).allSatisfy(task -> assertThat(task.isMet(start)).as(task.id()).isFalse());
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void eachShowMeSolvesItsTaskFromTheStartingModel(Lesson lesson) {
        for (LessonTask task : lesson.tasks()) {
            Analysis answered = ANALYZER.analyze(answered(lesson.start(), task));
            assertThat(task.evaluate(answered)).as(task.id()).allSatisfy(verdict -> assertThat(verdict.met())
                    .as(task.id() + ": " + verdict.detail()).isTrue());
        }
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void showingEveryAnswerInTurnFinishesTheLesson(Lesson lesson) {
        LessonRun run = new LessonRun(lesson);
        ModelDocument document = new ModelDocument(lesson.start());
        for (int step = 0; step < lesson.steps().size(); step++) {
            run.goTo(step);
            for (LessonTask task : lesson.steps().get(step).tasks()) {
                LessonRun.showMe(document, task);
                run.update(ANALYZER.analyze(document.snapshot()));
                assertThat(run.isDone(task)).as(task.id()).isTrue();
            }
        }
        assertThat(run.isFinished()).isTrue();
    }

    /** A step whose tasks the earlier steps' answers already meet teaches nothing: the learner finds it done on arrival. */
    @ParameterizedTest
    @MethodSource("lessons")
    void noStepIsSolvedByTheAnswersOfTheStepsBeforeIt(Lesson lesson) {
        ModelDocument document = new ModelDocument(lesson.start());
        for (LessonStep step : lesson.steps()) {
            Analysis arrived = ANALYZER.analyze(document.snapshot());
            assertThat(step.tasks()).allSatisfy(task -> assertThat(task.isMet(arrived)).as(step.title() + ": " + task.id()).isFalse());
            step.tasks().forEach(task -> LessonRun.showMe(document, task));
        }
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyDollarLimitIsWithinAQuarterAboveWhatTheAnswerCosts(Lesson lesson) {
        for (LessonTask task : lesson.tasks()) {
            Analysis answered = ANALYZER.analyze(answered(lesson.start(), task));
            for (TaskCheck check : task.checks()) {
                if (check instanceof CostBelow limit) {
                    BigDecimal cost = limit.monthlyCost(answered);
                    assertThat(cost).as(task.id()).isLessThan(limit.limit());
                    // A loose limit would let the dearer answer the lesson warns against pass too.
                    assertThat(limit.limit().subtract(cost)).as(task.id() + " limit slack over " + cost)
                            .isLessThan(limit.limit().multiply(new BigDecimal("0.25")));
                }
            }
        }
    }

    @Test
    void theDearerAnswersTheLessonsWarnAgainstBreakTheirLimits() {
        Lesson sandboxing = LessonCatalog.bundled().lesson("sandboxing-agents").orElseThrow();
        LessonTask gate = sandboxing.tasks().get(0);
        Model kata = edited(sandboxing.start(), List.of(new AnswerEdit(ElementId.of("cluster-agents"), "addRuntime", "kata"),
                new AnswerEdit(ElementId.of("agent-analyst"), "runtime", "kata"), new AnswerEdit(ElementId.of("tenant-analyst"), "runtime", "kata")));
        assertThat(gate.evaluate(ANALYZER.analyze(kata))).extracting(Verdict::met).containsExactly(true, false);

        Lesson tenancy = LessonCatalog.bundled().lesson("tenancy-models").orElseThrow();
        LessonTask customer = tenancy.tasks().get(0);
        Model dedicated = edited(tenancy.start(), List.of(new AnswerEdit(ElementId.of("tenant-acme"), "option", "dedicated")));
        assertThat(customer.evaluate(ANALYZER.analyze(dedicated))).extracting(Verdict::met).containsExactly(true, false);
        // The mix: search, an internal team, on a vCluster still pays for isolation its requirement does not ask for.
        LessonTask mix = tenancy.tasks().get(2);
        Model overIsolated = edited(tenancy.start(), List.of(new AnswerEdit(ElementId.of("tenant-acme"), "option", "vcluster"),
                new AnswerEdit(ElementId.of("tenant-payments"), "option", "dedicated"), new AnswerEdit(ElementId.of("tenant-search"), "option", "vcluster")));
        assertThat(mix.evaluate(ANALYZER.analyze(overIsolated))).extracting(Verdict::met).containsExactly(true, false);
    }

    private static Model answered(Model start, LessonTask task) {
        return edited(start, task.answer());
    }

    private static Model edited(Model start, List<AnswerEdit> edits) {
        ModelDocument document = new ModelDocument(start);
        document.edit("answer", tx -> edits.forEach(edit -> edit.apply(tx)));
        return document.snapshot();
    }
}

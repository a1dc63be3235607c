package dev.bulkhead.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.TerraformLayout;
import dev.bulkhead.reference.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** The lesson engine without a window: reading lesson files, checks, show me, progress and what is remembered. */
class LessonEngineTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());
    private static final Citations CITATIONS = new Citations(ReferenceData.bundled());
    private final Lesson terraform = LessonCatalog.bundled().lesson("terraform-layouts").orElseThrow();

    @Test
    void showMeAppliesTheWholeAnswerAsOneUndoStep() {
        Lesson sandboxing = LessonCatalog.bundled().lesson("sandboxing-agents").orElseThrow();
        ModelDocument document = new ModelDocument(sandboxing.start());
        LessonTask microVm = sandboxing.tasks().get(2);

        assertThat(LessonRun.showMe(document, microVm)).isTrue();
        // Named by the task's title in the learner's words, not its id ("microvm for the llm agent", review 14e).
        assertThat(document.history().undoName()).contains("Show me: Run llm-python in a microVM");
        document.undo();

        assertThat(document.snapshot().semanticallyEquals(sandboxing.start())).isTrue();
        assertThat(document.history().canUndo()).isFalse();
    }

    @Test
    void aTaskStaysDoneWhenALaterEditUndoesItAndTheLessonFinishesWhenAllAreDone() {
        LessonRun run = new LessonRun(terraform);
        ModelDocument document = new ModelDocument(terraform.start());
        LessonTask ownState = terraform.tasks().get(0);

        LessonRun.showMe(document, ownState);
        run.update(ANALYZER.analyze(document.snapshot()));
        document.undo();
        var statuses = run.update(ANALYZER.analyze(document.snapshot()));

        assertThat(statuses.get(0).done()).isTrue();
        assertThat(statuses.get(0).verdicts().get(0).met()).as("the live verdict still follows the model").isFalse();
        assertThat(run.isFinished()).isFalse();
        run.goTo(1);
        LessonRun.showMe(document, terraform.tasks().get(1));
        run.update(ANALYZER.analyze(document.snapshot()));
        assertThat(run.isFinished()).isTrue();
    }

    @Test
    void aLaterStepsTaskIsDoneOnlyOnceTheLearnerIsOnThatStep() {
        Lesson tenancy = LessonCatalog.bundled().lesson("tenancy-models").orElseThrow();
        LessonTask mix = tenancy.steps().get(2).tasks().get(0);
        LessonRun run = new LessonRun(tenancy);
        ModelDocument document = new ModelDocument(tenancy.start());

        LessonRun.showMe(document, mix);
        var onFirstStep = run.update(ANALYZER.analyze(document.snapshot()));
        assertThat(onFirstStep).extracting(status -> status.task().id()).containsExactly("give-the-customer-its-own-api");
        assertThat(run.isDone(mix)).as("met on the first step, but not done there").isFalse();

        run.goTo(2);
        run.update(ANALYZER.analyze(document.snapshot()));
        assertThat(run.isDone(mix)).isTrue();
        assertThat(run.isFinished()).as("the second step was never shown").isFalse();
    }

    @Test
    void aTaskTextShowsItsLimitInTheProfilesCurrency() {
        LessonTask dev = terraform.tasks().get(1);
        assertThat(dev.text(ANALYZER.analyze(terraform.start())))
                .isEqualTo("Make the dev environment cost less than $1,300.00 a month without failing a requirement.");
    }

    @Test
    void verdictsSayWhatWasMeasured() {
        var start = ANALYZER.analyze(terraform.start());
        Verdict cost = terraform.tasks().get(1).evaluate(start).get(0);
        Verdict export = terraform.tasks().get(0).evaluate(start).get(0);

        assertThat(cost.detail()).startsWith("Environment dev costs $").endsWith("a month; the limit is $1,300.00");
        assertThat(export.detail()).startsWith("The export writes workspaces").endsWith("It writes no envs/prod/backend.tf.");
    }

    @Test
    void answersSetWhatTheInspectorSets() {
        ModelDocument document = new ModelDocument(terraform.start());
        document.edit("answer", tx -> {
            new AnswerEdit(ElementId.of("env-prod"), "terraformLayout", "directories").apply(tx);
            new AnswerEdit(ElementId.of("tenant-shop-dev"), "option", "dedicated").apply(tx);
        });
        assertThat(document.snapshot().get(ElementId.of("env-prod"), Environment.class).terraformLayout())
                .isEqualTo(TerraformLayout.DIRECTORIES);
        assertThat(document.snapshot().get(ElementId.of("tenant-shop-dev"), dev.bulkhead.model.Tenant.class).option())
                .isEqualTo(TenancyOption.DEDICATED);
        assertThatThrownBy(() -> document.edit("bad", tx -> new AnswerEdit(ElementId.of("env-prod"), "runtime", "kata").apply(tx)))
                .hasMessage("element env-prod (environment) has no property 'runtime' a lesson can set");
    }

    @Test
    void citationsAreTheReferenceDatasOwnSources() {
        String kata = ReferenceData.bundled().assumptions().get("sandbox.kata.cpu").source();
        assertThat(CITATIONS.cite("assumption:sandbox.kata.cpu")).endsWith(kata);
        assertThat(CITATIONS.cite("runtime:gvisor")).isEqualTo(ReferenceData.bundled().rubric().runtimes()
                .get(dev.bulkhead.model.SandboxRuntime.GVISOR).evidence());
        assertThat(CITATIONS.cite("control-plane:aws-us-east-1:standard")).contains("aws.amazon.com");
        assertThatThrownBy(() -> CITATIONS.cite("assumption:no.such.thing")).hasMessage("no source 'assumption:no.such.thing' in the reference data");
        assertThatThrownBy(() -> CITATIONS.cite("blog:my-favourite")).hasMessageContaining("no source 'blog:my-favourite'");
    }

    @Test
    void aTrainersMistakeIsReportedWhenTheLessonLoads() {
        assertThatThrownBy(() -> load("{\"type\": \"cost-above\", \"limit\": 5}", "env-dev"))
                .hasMessageContaining("task t: unknown check 'cost-above'");
        assertThatThrownBy(() -> load("{\"type\": \"tenant-meets-requirement\", \"tenant\": \"tenant-nobody\"}", "env-dev"))
                .hasMessageContaining("the starting model has no tenant 'tenant-nobody'");
        assertThatThrownBy(() -> load("{\"type\": \"requirements-met\"}", "env-nowhere"))
                .hasMessageContaining("the starting model has no element 'env-nowhere'");
        assertThatThrownBy(() -> LessonFile.parse("{\"id\": \"x\", \"colour\": 1}".getBytes(StandardCharsets.UTF_8), "x.lesson.json"))
                .hasMessageContaining("lesson x.lesson.json is not valid");
    }

    @Test
    void aFinishedLessonIsRememberedAcrossInstances() throws Exception {
        Preferences node = Preferences.userRoot().node("dev/bulkhead/test-lessons-" + System.nanoTime());
        try {
            assertThat(new FinishedLessons(node).isFinished("tenancy-models")).isFalse();
            new FinishedLessons(node).markFinished("tenancy-models");
            assertThat(new FinishedLessons(node).isFinished("tenancy-models")).isTrue();
            assertThat(new FinishedLessons(node).isFinished("terraform-layouts")).isFalse();
        } finally {
            node.removeNode();
        }
    }

    private Lesson load(String check, String answerElement) {
        String json = "{\"id\": \"l\", \"title\": \"L\", \"summary\": \"S\", \"model\": \"m\", \"steps\": [{\"title\": \"s\", "
                + "\"text\": [\"x\"], \"sources\": [\"hard-gate\"], \"tasks\": [{\"id\": \"t\", \"title\": \"T\", \"text\": \"do\", \"hint\": \"h\", "
                + "\"checks\": [" + check + "], \"answer\": [{\"element\": \"" + answerElement + "\", \"property\": \"option\", "
                + "\"value\": \"namespace\"}]}]}]}";
        return LessonFile.toLesson(LessonFile.parse(json.getBytes(StandardCharsets.UTF_8), "l"), terraform.start(), CITATIONS);
    }
}

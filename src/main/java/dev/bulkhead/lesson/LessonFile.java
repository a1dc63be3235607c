package dev.bulkhead.lesson;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A lesson as its JSON file spells it (see {@code src/main/resources/dev/bulkhead/lesson/README.md}), turned into a
 * {@link Lesson} with every element id checked against the starting model and every source resolved, so that a
 * trainer's mistake is reported when the lesson loads, not halfway through a class.
 */
final class LessonFile {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    record LessonJson(String id, String title, String summary, String model, List<StepJson> steps) {
    }

    record StepJson(String title, List<String> text, List<String> sources, List<TaskJson> tasks, List<String> show) {
    }

    record TaskJson(String id, String title, String text, String hint, List<CheckJson> checks, List<AnswerJson> answer) {
    }

    /** A check: {@code type} picks which, the other fields are its parameters. */
    record CheckJson(String type, String tenant, String agent, String environment, BigDecimal limit, String path) {
    }

    record AnswerJson(String element, String property, String value) {
    }

    private LessonFile() {
    }

    static LessonJson parse(byte[] json, String name) {
        try {
            return JSON.readValue(json, LessonJson.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("lesson " + name + " is not valid: " + e.getMessage(), e);
        }
    }

    /** The lesson a file describes, on its starting model, with sources cited from the reference data. */
    static Lesson toLesson(LessonJson file, Model start, Citations citations) {
        require(file.id() != null && file.title() != null && file.summary() != null && file.steps() != null,
                "a lesson needs an id, a title, a summary and steps");
        List<LessonStep> steps = file.steps().stream().map(step -> step(file.id(), step, start, citations)).toList();
        return new Lesson(file.id(), file.title(), file.summary(), start, steps);
    }

    private static LessonStep step(String lesson, StepJson step, Model start, Citations citations) {
        require(step.title() != null && step.text() != null, "lesson " + lesson + ": a step needs a title and text");
        List<String> sources = orEmpty(step.sources()).stream().map(citations::cite).toList();
        List<LessonTask> tasks = orEmpty(step.tasks()).stream().map(task -> task(lesson, task, start)).toList();
        List<ElementId> show = orEmpty(step.show()).stream()
                .map(id -> existing("lesson " + lesson + ", step " + step.title(), id, Element.class, start)).toList();
        return new LessonStep(step.title(), step.text(), sources, tasks, show);
    }

    private static LessonTask task(String lesson, TaskJson task, Model start) {
        String where = "lesson " + lesson + ", task " + task.id();
        require(task.id() != null && task.title() != null && task.text() != null && task.hint() != null,
                where + ": a task needs an id, a title, text and a hint");
        List<TaskCheck> checks = orEmpty(task.checks()).stream().map(check -> check(where, check, start)).toList();
        List<AnswerEdit> answer = orEmpty(task.answer()).stream().map(edit -> {
            require(edit.element() != null && edit.property() != null && edit.value() != null,
                    where + ": an answer needs an element, a property and a value");
            ElementId id = existing(where, edit.element(), Element.class, start);
            return new AnswerEdit(id, edit.property(), edit.value());
        }).toList();
        return new LessonTask(task.id(), task.title(), task.text(), task.hint(), checks, answer);
    }

    private static TaskCheck check(String where, CheckJson check, Model start) {
        ElementId environment = check.environment() == null ? null : existing(where, check.environment(), Environment.class, start);
        return switch (String.valueOf(check.type())) {
            case "cost-below" -> {
                require(check.limit() != null, where + ": cost-below needs a limit");
                yield new CostBelow(environment, check.limit());
            }
            case "requirements-met" -> new RequirementsMet(environment);
            case "tenant-meets-requirement" -> new TenantMeetsRequirement(existing(where, check.tenant(), Tenant.class, start));
            case "agent-follows-advice" -> new AgentFollowsAdvice(existing(where, check.agent(), Agent.class, start));
            case "terraform-export-writes" -> new TerraformExportWrites(check.path());
            default -> throw new IllegalArgumentException(where + ": unknown check '" + check.type() + "'; one of cost-below, "
                    + "requirements-met, tenant-meets-requirement, agent-follows-advice, terraform-export-writes");
        };
    }

    private static ElementId existing(String where, String id, Class<? extends Element> type, Model start) {
        require(id != null, where + ": a check or answer names no element");
        ElementId elementId = ElementId.of(id);
        require(start.find(elementId).filter(type::isInstance).isPresent(),
                where + ": the starting model has no " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + " '" + id + "'");
        return elementId;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}

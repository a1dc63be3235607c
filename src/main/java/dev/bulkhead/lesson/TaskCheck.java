package dev.bulkhead.lesson;

import dev.bulkhead.analysis.Analysis;

/**
 * One condition of a task, a predicate over the model and its analysis. A task is done when all its checks
 * hold. Implementations are records read from a lesson's JSON (see {@link LessonFile}).
 */
public sealed interface TaskCheck permits CostBelow, RequirementsMet, TenantMeetsRequirement, AgentFollowsAdvice,
        TerraformExportWrites {
    /** Evaluates the check on an analysis; the analysis holds the model it describes. */
    Verdict evaluate(Analysis analysis);

    /** The same check with its placeholders resolved, for a task's text: a limit as money, for example. */
    default String describe(Analysis analysis) {
        return "";
    }
}

package dev.bulkhead.lesson;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.SandboxAdvice;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.ElementId;
import java.util.Objects;

/**
 * An agent's sandboxes run under a runtime at least as strong as the analysis advises for the trust level of
 * the code it runs and what it can reach.
 */
public record AgentFollowsAdvice(ElementId agent) implements TaskCheck {
    public AgentFollowsAdvice {
        Objects.requireNonNull(agent, "agent");
    }

    @Override
    public Verdict evaluate(Analysis analysis) {
        Agent found = analysis.model().find(agent).filter(Agent.class::isInstance).map(Agent.class::cast).orElse(null);
        SandboxAdvice advice = analysis.sandboxAdvice().get(agent);
        if (found == null || advice == null) {
            return new Verdict(false, "The agent this task is about was deleted; undo or restart the lesson");
        }
        String now = found.name() + " runs under " + found.runtime().label() + "; the advice is "
                + advice.recommended().label();
        return new Verdict(advice.currentIsEnough(), now);
    }
}

package dev.bulkhead.analysis;

import dev.bulkhead.model.ElementId;
import java.util.List;
import java.util.function.Supplier;

/**
 * The runtime an agent's sandboxes should run under, from its threat model and performance needs. The
 * trade-off text is written on first request: most analyses never show it.
 */
public final class SandboxAdvice {
    /** How much harm running this agent's code could do. */
    public enum Threat { LOW, MODERATE, HIGH, CRITICAL }

    private final ElementId agent;
    private final Threat threat;
    private final SandboxChoice recommended;
    private final List<String> reasons;
    private final Supplier<String> tradeOffText;
    private final boolean currentIsEnough;
    private volatile String tradeOff;

    SandboxAdvice(ElementId agent, Threat threat, SandboxChoice recommended, List<String> reasons,
                  Supplier<String> tradeOffText, boolean currentIsEnough) {
        this.agent = agent;
        this.threat = threat;
        this.recommended = recommended;
        this.reasons = List.copyOf(reasons);
        this.tradeOffText = tradeOffText;
        this.currentIsEnough = currentIsEnough;
    }

    public ElementId agent() {
        return agent;
    }

    public Threat threat() {
        return threat;
    }

    /** The recommended runtime. */
    public SandboxChoice recommended() {
        return recommended;
    }

    /** What in the agent's profile led here, one phrase each. */
    public List<String> reasons() {
        return reasons;
    }

    /** The overhead and start-up cost of the recommendation, with sources. */
    public String tradeOff() {
        String text = tradeOff;
        if (text == null) {
            text = tradeOffText.get();
            tradeOff = text;
        }
        return text;
    }

    /** Whether the runtime the agent uses now is at least as strong. */
    public boolean currentIsEnough() {
        return currentIsEnough;
    }

    /** One sentence: recommendation, reasons and trade-off. */
    public String summary() {
        return recommended.label() + " (" + threat.name().toLowerCase() + " threat: " + String.join(", ", reasons) + "). "
                + tradeOff();
    }
}

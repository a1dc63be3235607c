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
    private final int requiredKernel;
    private final boolean meetsRequirement;
    private final Supplier<String> requirementText;
    private volatile String tradeOff;
    private volatile String requirementNote;

    SandboxAdvice(ElementId agent, Threat threat, SandboxChoice recommended, List<String> reasons,
                  Supplier<String> tradeOffText, boolean currentIsEnough, int requiredKernel, boolean meetsRequirement,
                  Supplier<String> requirementText) {
        this.agent = agent;
        this.threat = threat;
        this.recommended = recommended;
        this.reasons = List.copyOf(reasons);
        this.tradeOffText = tradeOffText;
        this.currentIsEnough = currentIsEnough;
        this.requiredKernel = requiredKernel;
        this.meetsRequirement = meetsRequirement;
        this.requirementText = requirementText;
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

    /** The kernel score the agent's tenant requires (0 to 4), which the advice has to reach. */
    public int requiredKernel() {
        return requiredKernel;
    }

    /**
     * Whether following the advice meets the tenant's kernel requirement on shared nodes: the runtime
     * reaches it and the tenant's own pods do too. When not, {@link #requirementNote()} says what would.
     */
    public boolean meetsRequirement() {
        return meetsRequirement;
    }

    /** How the advice stands to the tenant's kernel requirement and, when it falls short, what would meet it. */
    public String requirementNote() {
        String text = requirementNote;
        if (text == null) {
            text = requirementText.get();
            requirementNote = text;
        }
        return text;
    }

    /** One sentence: recommendation, reasons, trade-off, and how it stands to the tenant's requirement. */
    public String summary() {
        String note = requirementNote();
        return recommended.label() + " (" + threat.name().toLowerCase() + " threat: " + String.join(", ", reasons) + "). "
                + tradeOff() + (note.isEmpty() ? "" : " " + note);
    }
}

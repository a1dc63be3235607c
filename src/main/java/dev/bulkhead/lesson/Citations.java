package dev.bulkhead.lesson;

import dev.bulkhead.export.terraform.LayoutAdvice;
import dev.bulkhead.model.EnumNames;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.SupportTier;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.reference.AssumptionDefinition;
import dev.bulkhead.reference.IsolationRubric;
import dev.bulkhead.reference.PricingProfile;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.reference.SandboxNode;
import java.util.Objects;

/**
 * Turns a lesson step's source keys into the citations the assumptions and the rubric already carry, so a
 * lesson cites exactly what the compare view cites and never a source of its own. Keys:
 * <ul>
 *   <li>{@code assumption:KEY}: an assumption's source (for example {@code assumption:sandbox.kata.cpu})</li>
 *   <li>{@code runtime:RUNTIME}: the rubric's evidence for a runtime's kernel score</li>
 *   <li>{@code requirement:TENANT-KIND}: why a kind of tenant requires what it does</li>
 *   <li>{@code isolation:DIMENSION:PLACEMENT}: the evidence of one rubric cell</li>
 *   <li>{@code untrusted-agent} and {@code hard-gate}: the rubric's rules for untrusted code</li>
 *   <li>{@code terraform:workspaces}: HashiCorp's caveat on workspaces, as the Terraform export's README cites it</li>
 *   <li>{@code control-plane:PROFILE:TIER} and {@code sandbox-nodes:PROFILE:RUNTIME}: a pricing profile's entries</li>
 * </ul>
 */
public final class Citations {
    private final ReferenceData reference;

    public Citations(ReferenceData reference) {
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    /**
     * The citation of a key.
     *
     * @throws IllegalArgumentException naming the key when the reference data has no such entry
     */
    public String cite(String key) {
        String[] part = key.split(":");
        IsolationRubric rubric = reference.rubric();
        String text = switch (part[0]) {
            case "assumption" -> part.length == 2 ? assumption(part[1]) : null;
            case "runtime" -> part.length == 2 ? evidence(rubric.runtimes().get(EnumNames.parse(SandboxRuntime.class, part[1]))) : null;
            case "requirement" -> part.length == 2 ? rubric.requirementEvidence().get(EnumNames.parse(TenantKind.class, part[1])) : null;
            case "isolation" -> part.length == 3 ? rubric.cell(EnumNames.parse(IsolationDimension.class, part[1]), part[2]).evidence() : null;
            case "untrusted-agent" -> part.length == 1 ? rubric.untrustedAgentKernelRequirement().evidence() : null;
            case "hard-gate" -> part.length == 1 ? rubric.hardGateEvidence() : null;
            case "terraform" -> part.length == 2 && part[1].equals("workspaces") ? LayoutAdvice.WORKSPACES_CITATION : null;
            case "control-plane" -> part.length == 3 ? profile(part[1]).controlPlaneFee(EnumNames.parse(SupportTier.class, part[2]))
                    .map(fee -> fee.citation()).orElse(null) : null;
            case "sandbox-nodes" -> part.length == 3 ? profile(part[1]).sandboxNode(EnumNames.parse(SandboxRuntime.class, part[2]))
                    .map(SandboxNode::why).orElse(null) : null;
            default -> null;
        };
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no source '" + key + "' in the reference data");
        }
        return text;
    }

    private String assumption(String key) {
        AssumptionDefinition definition = reference.assumptions().get(key);
        return definition == null ? null : definition.label() + ": " + definition.source();
    }

    private PricingProfile profile(String id) {
        return reference.profile(id).orElseThrow(() -> new IllegalArgumentException("no pricing profile '" + id + "'"));
    }

    private static String evidence(IsolationRubric.Cell cell) {
        return cell == null ? null : cell.evidence();
    }
}

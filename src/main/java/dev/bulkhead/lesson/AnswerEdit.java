package dev.bulkhead.lesson;

import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.EnumNames;
import dev.bulkhead.model.Environment;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TerraformLayout;
import dev.bulkhead.model.Transaction;
import java.util.Objects;

/**
 * One change of a task's answer ("show me"), as a lesson's JSON states it: an element, one of the properties a
 * learner can set in the inspector, and the value in the file format's spelling. Applied inside a transaction,
 * so that a whole answer is one undo step.
 *
 * @param element  the element's id in the lesson's starting model
 * @param property {@code option} (tenant or environment; {@code follow-environment} clears a tenant's),
 *                 {@code runtime} (tenant or agent), {@code addRuntime} (cluster) or {@code terraformLayout}
 *                 (environment)
 * @param value    the new value, for example {@code vcluster}, {@code gvisor} or {@code directories}
 */
public record AnswerEdit(ElementId element, String property, String value) {
    public AnswerEdit {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(value, "value");
    }

    /** Applies the change; fails with a message naming the element when it is missing or does not have the property. */
    public void apply(Transaction tx) {
        Element before = tx.find(element).orElseThrow(() -> new IllegalStateException("the answer changes " + element
                + ", which is no longer in the model; undo your deletion or restart the lesson"));
        tx.replace(changed(before));
    }

    private Element changed(Element before) {
        if (before instanceof Tenant tenant) {
            switch (property) {
                case "option":
                    return tenant.withOption("follow-environment".equals(value) ? null : EnumNames.parse(TenancyOption.class, value));
                case "runtime":
                    return tenant.withRuntime(EnumNames.parse(SandboxRuntime.class, value));
                default:
                    break;
            }
        } else if (before instanceof Agent agent && property.equals("runtime")) {
            return agent.withRuntime(EnumNames.parse(SandboxRuntime.class, value));
        } else if (before instanceof Cluster cluster && property.equals("addRuntime")) {
            return cluster.withRuntime(EnumNames.parse(SandboxRuntime.class, value));
        } else if (before instanceof Environment environment) {
            switch (property) {
                case "option":
                    return environment.withOption("none".equals(value) ? null : EnumNames.parse(TenancyOption.class, value));
                case "terraformLayout":
                    return environment.withTerraformLayout(EnumNames.parse(TerraformLayout.class, value));
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("element " + element + " (" + EnumNames.of(before.kind()) + ") has no property '"
                + property + "' a lesson can set");
    }
}

package dev.bulkhead.model;

import java.util.Objects;

/**
 * A stage such as dev, staging or prod.
 *
 * @param option the tenancy option chosen for the whole environment, or null when none is chosen yet
 */
public record Environment(ElementId id, String name, EnvironmentKind environmentKind, Criticality criticality,
                          TenancyOption option, TerraformLayout terraformLayout) implements Element {
    /** Stage order: dev, staging, prod, other; then by name and id. */
    public static final java.util.Comparator<Environment> STAGE_ORDER = java.util.Comparator
            .comparing(Environment::environmentKind).thenComparing(Environment::name).thenComparing(Environment::id);

    public Environment {
        Objects.requireNonNull(id, "id");
        Checks.name("environment name", name);
        Objects.requireNonNull(environmentKind, "environment kind");
        Objects.requireNonNull(criticality, "criticality");
        Objects.requireNonNull(terraformLayout, "Terraform layout");
    }

    @Override
    public ElementKind kind() {
        return ElementKind.ENVIRONMENT;
    }

    @Override
    public Environment withName(String newName) {
        return new Environment(id, newName, environmentKind, criticality, option, terraformLayout);
    }

    /** A copy with another chosen option (null for none). */
    public Environment withOption(TenancyOption newOption) {
        return new Environment(id, name, environmentKind, criticality, newOption, terraformLayout);
    }

    /** A copy with another kind. */
    public Environment withEnvironmentKind(EnvironmentKind newEnvironmentKind) {
        return new Environment(id, name, newEnvironmentKind, criticality, option, terraformLayout);
    }

    /** A copy with another criticality. */
    public Environment withCriticality(Criticality newCriticality) {
        return new Environment(id, name, environmentKind, newCriticality, option, terraformLayout);
    }

    /** A copy with another Terraform layout. */
    public Environment withTerraformLayout(TerraformLayout newTerraformLayout) {
        return new Environment(id, name, environmentKind, criticality, option, newTerraformLayout);
    }
}

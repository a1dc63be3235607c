package dev.bulkhead.export;

import java.util.Locale;

/** How a Terraform export organises environments: as the user says, or as Bulkhead recommends for the model. */
public enum LayoutChoice {
    /** A root per environment under {@code envs/}, each with its own backend and credentials. */
    DIRECTORIES,
    /** One root whose per-environment values come from maps keyed by {@code terraform.workspace}. */
    WORKSPACES,
    /** Bulkhead's recommendation, overridden by the environments' layout preference in the model. */
    RECOMMENDED;

    /** As {@code --layout} spells it. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

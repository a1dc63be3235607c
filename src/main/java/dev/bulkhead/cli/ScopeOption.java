package dev.bulkhead.cli;

import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** Resolves {@code --environment ENV} (a name or an id) against a model. */
final class ScopeOption {
    private ScopeOption() {
    }

    /** The environment, or null for the whole model when {@code name} is null. */
    static Environment resolve(CommandLine commandLine, Model model, String name) {
        if (name == null) {
            return null;
        }
        return model.all(Environment.class).stream()
                .filter(e -> e.name().equals(name) || e.id().value().equals(name))
                .findFirst()
                .orElseThrow(() -> new CommandLine.ParameterException(commandLine, "no environment '" + name
                        + "' in the model; it has " + model.all(Environment.class).stream().sorted(Environment.STAGE_ORDER).map(Environment::name)
                        .collect(Collectors.joining(", "))));
    }
}

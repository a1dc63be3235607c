package dev.bulkhead.cli;

import dev.bulkhead.model.Model;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --scenario NAME}: which of a model's scenarios a command works on; without it, the scenario that was
 * active when the file was saved (what the app shows on opening it). A command takes it with
 * {@code @Mixin ScenarioOption scenario;} and passes every model it reads through {@link #select}; render and
 * report take it the same way.
 */
final class ScenarioOption {
    @Option(names = "--scenario", paramLabel = "NAME",
            description = "Work on this scenario of the model (default: the one active when the file was saved).")
    String name;

    /**
     * What a command's summary line says in its parentheses, the model's scenario first when it has scenarios
     * ("scenario proposal A, as modelled"), spelled as stored whatever case --scenario gave, as compare's title names
     * it: two runs on two scenarios of one file otherwise printed the same line (review 14e). What follows the comma
     * starts in lower case ("As modelled" is a heading's spelling, review 14f).
     */
    static String describing(Model model, String what) {
        String scenario = model.scenarios().activeLabel();
        return scenario == null || what.isEmpty() ? what
                : scenario + ", " + Character.toLowerCase(what.charAt(0)) + what.substring(1);
    }

    /**
     * The model as it is in the chosen scenario.
     *
     * @throws CommandLine.ParameterException naming the scenarios there are, for an unknown name (exit 2)
     */
    Model select(CommandLine commandLine, Model model) {
        if (name == null) {
            return model;
        }
        if (model.scenarios().names().stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
            throw new CommandLine.ParameterException(commandLine, "no scenario '" + name + "' in the model; it has "
                    + String.join(", ", model.scenarios().names()));
        }
        try {
            // Its case ignored when only one name matches so: the app refuses new names alike but for case.
            return model.inScenario(model.scenarios().resolve(name));
        } catch (IllegalArgumentException ambiguous) {
            throw new CommandLine.ParameterException(commandLine, ambiguous.getMessage());
        }
    }
}

package dev.bulkhead.model;

/**
 * Counted nouns as people write them: "1 agent", "2 agents", "0 agents". Plain Java beside the model, so that the
 * app, the diagram, the exports and the CLI count alike (the diagram printed "1 sandboxes").
 */
public final class Counts {
    private Counts() {
    }

    /** {@code n} and the noun, plural unless {@code n} is one, by adding an "s". */
    public static String of(long n, String noun) {
        return of(n, noun, noun + "s");
    }

    /** {@code n} and the noun, {@code plural} unless {@code n} is one ("1 sandbox", "4 sandboxes"). */
    public static String of(long n, String noun, String plural) {
        return n + " " + (n == 1 ? noun : plural);
    }
}

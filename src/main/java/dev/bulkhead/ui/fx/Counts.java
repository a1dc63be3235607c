package dev.bulkhead.ui.fx;

/** Counted nouns as people write them: "1 agent", "2 agents", "0 agents". */
public final class Counts {
    private Counts() {
    }

    /** {@code n} and the noun, plural unless {@code n} is one; the nouns used here all take an "s". */
    public static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

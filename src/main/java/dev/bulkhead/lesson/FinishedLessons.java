package dev.bulkhead.lesson;

import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Which lessons this user has finished, remembered between runs in {@link Preferences} (one boolean per lesson
 * id). A store that cannot be written just forgets: a lesson's progress is never worth an error dialog.
 */
public final class FinishedLessons {
    /** The preferences node the app uses; tests pass a node of their own. */
    public static final String NODE = "dev/bulkhead/lessons";
    private final Preferences node;

    public FinishedLessons(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    /** The user's store: {@link #NODE}, or the node the {@code bulkhead.lessons.node} system property names (tests). */
    public static FinishedLessons forUser() {
        return new FinishedLessons(Preferences.userRoot().node(System.getProperty("bulkhead.lessons.node", NODE)));
    }

    public boolean isFinished(String lesson) {
        return node.getBoolean(key(lesson), false);
    }

    public void markFinished(String lesson) {
        node.putBoolean(key(lesson), true);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            System.err.println("bulkhead: could not remember that lesson " + lesson + " is finished: " + e.getMessage());
        }
    }

    private static String key(String lesson) {
        return "finished." + lesson;
    }
}

package dev.bulkhead.persistence;

/** Constants of the model file format. */
public final class ModelFormat {
    /**
     * The newest format version this build reads and writes. 2 added scenarios; a version 1 file is a model with
     * only the default scenario and opens unchanged. 3 added stories and notes; only a model with a story or a note
     * is written as 3, so that a colleague on an older build can still open every other file.
     */
    public static final int VERSION = 3;
    /** The version of a model with scenarios but no story and no note, written as before those existed. */
    public static final int VERSION_WITH_SCENARIOS = 2;
    /**
     * The version of a model without scenarios: such a model is still written as version 1, so that its file
     * stays byte for byte as before and colleagues on an older Bulkhead can still open it.
     */
    public static final int VERSION_WITHOUT_SCENARIOS = 1;
    /** File name ending of model files. */
    public static final String EXTENSION = ".bulkhead.json";
    /** Largest model file the loader opens; far above any real model (a 12,000-element model is ~6 MiB). */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

    private ModelFormat() {
    }
}

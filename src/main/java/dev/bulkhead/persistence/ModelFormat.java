package dev.bulkhead.persistence;

/** Constants of the model file format. */
public final class ModelFormat {
    /** The format version this build writes and the newest it reads. */
    public static final int VERSION = 1;
    /** File name ending of model files. */
    public static final String EXTENSION = ".bulkhead.json";
    /** Largest model file the loader opens; far above any real model (a 12,000-element model is ~6 MiB). */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

    private ModelFormat() {
    }
}

package dev.bulkhead.cli;

/** Exit statuses of every command, as documented in the README. */
public final class ExitCodes {
    /** Success; warnings allowed. */
    public static final int OK = 0;
    /** The model has errors (validate), or is invalid for the command. */
    public static final int MODEL_ERRORS = 1;
    /** Bad usage, or a file that cannot be read. */
    public static final int USAGE = 2;
    /** A bug in Bulkhead; run with --debug and report the stack trace. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}

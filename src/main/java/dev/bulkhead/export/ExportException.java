package dev.bulkhead.export;

/** An export could not be made or written; the message is one line a user can act on. */
public final class ExportException extends Exception {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.bulkhead.persistence;

import java.nio.file.Path;

/**
 * A model file could not be read or written. {@link #getMessage()} is one line a user can act on: the
 * file, where in it (line and column, and the JSON path), what is wrong and what to do.
 */
public final class ModelFileException extends Exception {
    private final Path file;
    private final int line;
    private final int column;
    private final String jsonPath;
    private final String problem;

    /**
     * @param line     1-based line, or 0 when unknown
     * @param column   1-based column, or 0 when unknown
     * @param jsonPath where in the document, for example {@code $.agents[3].tenant}, or null
     */
    public ModelFileException(Path file, int line, int column, String jsonPath, String problem, Throwable cause) {
        super(format(file, line, column, jsonPath, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.jsonPath = jsonPath;
        this.problem = problem;
    }

    /** An error about the file as a whole. */
    public ModelFileException(Path file, String problem, Throwable cause) {
        this(file, 0, 0, null, problem, cause);
    }

    /** The file concerned. */
    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** Where in the document, or null. */
    public String jsonPath() {
        return jsonPath;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }

    private static String format(Path file, int line, int column, String jsonPath, String problem) {
        StringBuilder text = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (jsonPath != null) {
            text.append(jsonPath).append(": ");
        }
        // One line whatever the cause said: collapse line breaks.
        text.append(problem.replaceAll("\\s*[\\r\\n]+\\s*", " "));
        return text.toString();
    }
}

package dev.bulkhead.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The bytes of one exported file: text (UTF-8) or binary (a diagram, a PDF). Compared by content. */
public final class ExportFile {
    private final byte[] bytes;

    private ExportFile(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A text file, written as UTF-8. */
    public static ExportFile text(String text) {
        return new ExportFile(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A binary file; the array is copied. */
    public static ExportFile binary(byte[] content) {
        return new ExportFile(content.clone());
    }

    /** A copy of the content. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The content itself, not a copy: for the writer, which only reads it. */
    byte[] content() {
        return bytes;
    }

    /** The content read as UTF-8 text. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The size in bytes. */
    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExportFile file && Arrays.equals(bytes, file.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ExportFile[" + bytes.length + " bytes]";
    }
}

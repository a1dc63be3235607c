package dev.bulkhead.persistence;

import com.fasterxml.jackson.core.JsonPointer;

/** A value in a parsed file that the domain refuses, with where it stands. Internal to the loader. */
final class MappingException extends RuntimeException {
    private final transient FilePath at;

    MappingException(FilePath at, String message) {
        super(message, null, false, false);
        this.at = at;
    }

    JsonPointer at() {
        return at.pointer();
    }
}

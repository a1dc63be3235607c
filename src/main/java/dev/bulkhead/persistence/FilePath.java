package dev.bulkhead.persistence;

import com.fasterxml.jackson.core.JsonPointer;

/**
 * Where a value stands in a model file, as the loader walks it. Only a link to the parent and one step: the
 * {@link JsonPointer} (whose every append re-parses the whole path) is built only when an error names the place,
 * so a valid file with 10,000 elements does not pay for 100,000 pointers nobody reads.
 */
final class FilePath {
    static final FilePath ROOT = new FilePath(null, null, -1);

    private final FilePath parent;
    private final String property;
    private final int index;

    private FilePath(FilePath parent, String property, int index) {
        this.parent = parent;
        this.property = property;
        this.index = index;
    }

    FilePath appendProperty(String name) {
        return new FilePath(this, name, -1);
    }

    FilePath appendIndex(int position) {
        return new FilePath(this, null, position);
    }

    JsonPointer pointer() {
        if (parent == null) {
            return JsonPointer.empty();
        }
        JsonPointer head = parent.pointer();
        return property != null ? head.appendProperty(property) : head.appendIndex(index);
    }

    @Override
    public String toString() {
        return pointer().toString();
    }
}

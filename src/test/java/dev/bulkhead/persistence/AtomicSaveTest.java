package dev.bulkhead.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulkhead.model.Model;
import dev.bulkhead.testing.TestModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSaveTest {
    @TempDir
    Path folder;

    @Test
    void aWriteThatFailsHalfwayLeavesThePreviousFileAndNoLitter() throws Exception {
        Path file = folder.resolve("m.bulkhead.json");
        new ModelWriter().write(TestModels.small(), file);
        String before = Files.readString(file);

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("{\"formatVersion\": 1, \"na".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo(before);
        try (var listing = Files.list(folder)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void savingIntoAFolderWeCannotWriteReportsAndKeepsTheOldFile() throws Exception {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Path file = locked.resolve("m.bulkhead.json");
        new ModelWriter().write(TestModels.small(), file);
        String before = Files.readString(file);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // Root ignores permissions; the check only means something for ordinary users.
            if (!Files.isWritable(locked)) {
                Model empty = Model.empty();
                assertThatThrownBy(() -> new ModelWriter().write(empty, file))
                        .isInstanceOf(ModelFileException.class)
                        .hasMessageContaining("could not save").hasMessageContaining("the previous file is unchanged");
                assertThat(Files.readString(file)).isEqualTo(before);
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void savingReplacesTheWholeFile() throws Exception {
        Path file = folder.resolve("m.bulkhead.json");
        Files.writeString(file, "x".repeat(100_000));

        new ModelWriter().write(Model.empty(), file);

        assertThat(new ModelReader().read(file)).isEqualTo(Model.empty());
    }

    @Test
    void aNewFileIsReadableByOthersAndASavedFileKeepsItsPermissions() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path fresh = folder.resolve("new.bulkhead.json");
        new ModelWriter().write(Model.empty(), fresh);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-r--r--");

        Path shared = folder.resolve("shared.bulkhead.json");
        Files.writeString(shared, "{}");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        new ModelWriter().write(Model.empty(), shared);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");
    }

    /** Files written together land in the one folder; a name that would leave it refuses the whole set, writing nothing. */
    @Test
    void filesWrittenTogetherStayInTheirFolder() throws IOException {
        Path inside = Files.createDirectory(folder.resolve("inside"));
        java.util.Map<String, byte[]> escaping = new java.util.LinkedHashMap<>();
        escaping.put("a.svg", new byte[] {1});
        escaping.put("../b.svg", new byte[] {2});
        assertThatThrownBy(() -> AtomicFiles.writeAll(inside, escaping)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AtomicFiles.writeAll(inside, java.util.Map.of("sub/c.svg", new byte[] {3})))
                .isInstanceOf(IllegalArgumentException.class);
        try (var listed = Files.list(folder)) {
            assertThat(listed).containsExactly(inside);
        }
        assertThat(inside).isEmptyDirectory();

        AtomicFiles.writeAll(inside, java.util.Map.of("a.svg", new byte[] {1}, "r.md", new byte[] {2}));
        assertThat(inside.resolve("a.svg")).hasBinaryContent(new byte[] {1});
        assertThat(inside.resolve("r.md")).hasBinaryContent(new byte[] {2});
    }
}

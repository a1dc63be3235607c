package dev.bulkhead.persistence;

import dev.bulkhead.model.Model;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes model files: stable field order, elements sorted by id, '\n' line ends, so that a saved model
 * diffs cleanly in git. Saving is atomic (see {@link AtomicFiles}).
 */
public final class ModelWriter {
    /** The file content for a model. */
    public String toJson(Model model) {
        try {
            return ModelJson.WRITER.writeValueAsString(ModelMapper.toFile(model)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("a model could not be turned into JSON", e);
        }
    }

    /** Saves atomically; on failure the previous file stays as it was. */
    public void write(Model model, Path file) throws ModelFileException {
        byte[] content = toJson(model).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.write(file, out -> out.write(content));
        } catch (IOException e) {
            throw new ModelFileException(file, "could not save (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); the previous file is unchanged", e);
        }
    }
}

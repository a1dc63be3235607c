package dev.bulkhead.persistence;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ValueRange;
import dev.bulkhead.model.ValueRanges;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads model files. Anything wrong with a file (unreadable, too large, truncated, invalid JSON, wrong
 * types, unknown fields, a newer format, dangling references, duplicate ids, absurd values) becomes a
 * {@link ModelFileException} with one line that says where and what; no other exception escapes.
 */
public final class ModelReader {
    private final long maxBytes;

    /** A reader with the standard size limit. */
    public ModelReader() {
        this(ModelFormat.MAX_FILE_BYTES);
    }

    /** A reader refusing files over {@code maxBytes}. */
    public ModelReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads and checks a model file. */
    public Model read(Path file) throws ModelFileException {
        return parse(file, readBytes(file));
    }

    /** Checks and converts the content of a model file; {@code file} is only used in messages. */
    public Model parse(Path file, byte[] content) throws ModelFileException {
        if (content.length > maxBytes) {
            throw tooLarge(file, content.length);
        }
        try {
            Optional<ModelFileDto> valid = bindDirectly(content);
            if (valid.isPresent()) {
                return ModelMapper.toModel(valid.get());
            }
            // Only a file with something wrong gets here: parse it again as a tree, to say what and where.
            JsonNode tree = ModelJson.MAPPER.readTree(content);
            if (tree == null || tree.isMissingNode()) {
                throw new ModelFileException(file, "the file is empty; it holds no model", null);
            }
            if (!tree.isObject()) {
                throw located(file, content, JsonPointer.empty(),
                        "a model file holds one JSON object, not " + describe(tree), null);
            }
            checkVersion(file, content, tree);
            ModelFileDto dto;
            try {
                dto = ModelJson.MAPPER.treeToValue(tree, ModelFileDto.class);
            } catch (JsonMappingException e) {
                JsonPointer at = pointer(e.getPath());
                throw located(file, content, at, databindProblem(e, at, tree.at(at)), e);
            }
            return ModelMapper.toModel(dto);
        } catch (MappingException e) {
            throw located(file, content, e.at(), e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw fromJackson(file, content, e);
        } catch (IOException e) {
            throw new ModelFileException(file, "cannot read the model: " + e.getMessage(), e);
        }
    }

    /**
     * The file bound straight to objects in one pass, when it is valid JSON of the expected shape with a format
     * version this build reads; empty for anything else. A tree parse first and then a bind (as the error path
     * does, to check the version before the fields) read a large model twice.
     */
    private static Optional<ModelFileDto> bindDirectly(byte[] content) {
        try {
            ModelFileDto dto = ModelJson.MAPPER.readValue(content, ModelFileDto.class);
            Integer version = dto == null ? null : dto.formatVersion();
            return version != null && version >= 1 && version <= ModelFormat.VERSION ? Optional.of(dto) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private byte[] readBytes(Path file) throws ModelFileException {
        try {
            if (Files.isDirectory(file)) {
                throw new ModelFileException(file, "is a folder, not a model file; choose a " + ModelFormat.EXTENSION
                        + " file", null);
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(file, size);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, "file not found; check the path", e);
        } catch (AccessDeniedException e) {
            throw new ModelFileException(file, "permission denied; check the file's permissions", e);
        } catch (IOException e) {
            throw new ModelFileException(file, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private ModelFileException tooLarge(Path file, long size) {
        return new ModelFileException(file, String.format(Locale.ROOT,
                "the file is %.1f MiB; model files are at most %.0f MiB, so this is probably not a Bulkhead model",
                size / 1048576.0, maxBytes / 1048576.0), null);
    }

    private static void checkVersion(Path file, byte[] content, JsonNode tree) throws ModelFileException {
        JsonNode version = tree.get("formatVersion");
        JsonPointer at = JsonPointer.compile("/formatVersion");
        if (version == null) {
            throw located(file, content, JsonPointer.empty(),
                    "no formatVersion; this does not look like a Bulkhead model file", null);
        }
        if (!version.isInt()) {
            throw located(file, content, at, "formatVersion must be a whole number, not " + describe(version), null);
        }
        if (version.intValue() > ModelFormat.VERSION) {
            throw located(file, content, at, "the file was written by a newer Bulkhead (format " + version.intValue()
                    + "; this version reads up to " + ModelFormat.VERSION + "); update Bulkhead to open it", null);
        }
        if (version.intValue() < 1) {
            throw located(file, content, at, "formatVersion " + version.intValue() + " does not exist; the first is 1",
                    null);
        }
    }

    private static ModelFileException fromJackson(Path file, byte[] content, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String problem;
        if (e instanceof JsonEOFException) {
            problem = "the file ends in the middle of the JSON (truncated?); restore it from a backup or a recovery file";
        } else if (e instanceof StreamConstraintsException) {
            problem = "the file nests or repeats deeper than a model file can (" + firstLine(e.getOriginalMessage()) + ")";
        } else {
            problem = "invalid JSON: " + firstLine(e.getOriginalMessage());
        }
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        int column = location == null ? 0 : Math.max(0, location.getColumnNr());
        return new ModelFileException(file, line, column, null, problem, e);
    }

    private static String databindProblem(JsonMappingException e, JsonPointer at, JsonNode found) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'; remove it or correct its spelling (expected one of: "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ")) + ")";
        }
        Optional<ValueRange> range = found.isIntegralNumber() ? wholeNumberRange(at) : Optional.empty();
        if (range.isPresent()) {
            // A whole number too large for the file's type is out of its field's range, and says so.
            return range.get().refusal(at.last().getMatchingProperty().equals(range.get().field()) ? null
                    : at.last().getMatchingProperty(), found.doubleValue());
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "expected " + expected(mismatch.getTargetType())
                    + (found.isMissingNode() ? "" : ", found " + describe(found));
        }
        return firstLine(e.getOriginalMessage());
    }

    /** The range of the whole-number field at {@code at} (a field, or an entry of a map field such as requirements). */
    private static Optional<ValueRange> wholeNumberRange(JsonPointer at) {
        JsonPointer last = at.last();
        JsonPointer parent = at.head() == null ? null : at.head().last();
        return ValueRanges.FIELDS.stream().filter(ValueRange::whole)
                .filter(r -> last != null && r.field().equals(last.getMatchingProperty())
                        || parent != null && r.field().equals(parent.getMatchingProperty()))
                .findFirst();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text in quotes";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list [ ... ]";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object { ... }";
        }
        return "a " + type.getSimpleName();
    }

    private static JsonPointer pointer(List<JsonMappingException.Reference> path) {
        JsonPointer pointer = JsonPointer.empty();
        for (JsonMappingException.Reference reference : path) {
            pointer = reference.getFieldName() != null ? pointer.appendProperty(reference.getFieldName())
                    : pointer.appendIndex(reference.getIndex());
        }
        return pointer;
    }

    private static ModelFileException located(Path file, byte[] content, JsonPointer at, String problem, Throwable cause) {
        JsonLocation location = JsonLocations.locate(content, at);
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        return new ModelFileException(file, line, column, ModelJson.display(at), problem, cause);
    }

    private static String describe(JsonNode node) {
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "text \"" + node.asText() + "\"";
        }
        return node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + node;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}

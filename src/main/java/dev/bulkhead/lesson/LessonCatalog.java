package dev.bulkhead.lesson;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelFileException;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lessons bundled with the app: {@code index.json} in {@value #FOLDER} lists their files in menu order; each
 * names its starting model, a model file in the same folder. A trainer adds a lesson by adding its two files and a
 * line to the index.
 */
public final class LessonCatalog {
    /** Where the bundled lessons live on the class path. */
    public static final String FOLDER = "/dev/bulkhead/lesson/";
    private static volatile LessonCatalog bundled;

    private final Map<String, Lesson> lessons;

    /** A catalogue of the given lessons, in order. */
    public LessonCatalog(List<Lesson> lessons) {
        Map<String, Lesson> byId = new LinkedHashMap<>();
        for (Lesson lesson : lessons) {
            if (byId.put(lesson.id(), lesson) != null) {
                throw new IllegalArgumentException("two lessons have the id '" + lesson.id() + "'");
            }
        }
        this.lessons = byId;
    }

    /** The bundled lessons; read once, then shared. */
    public static LessonCatalog bundled() {
        LessonCatalog catalog = bundled;
        if (catalog == null) {
            synchronized (LessonCatalog.class) {
                catalog = bundled;
                if (catalog == null) {
                    catalog = load(new Citations(ReferenceData.bundled()));
                    bundled = catalog;
                }
            }
        }
        return catalog;
    }

    /** Every lesson in menu order. */
    public List<Lesson> lessons() {
        return List.copyOf(lessons.values());
    }

    public Optional<Lesson> lesson(String id) {
        return Optional.ofNullable(lessons.get(id));
    }

    static LessonCatalog load(Citations citations) {
        String[] files;
        try {
            files = new ObjectMapper().readValue(resource("index.json"), String[].class);
        } catch (IOException e) {
            throw new UncheckedIOException("the lesson index is not valid: " + e.getMessage(), e);
        }
        List<Lesson> lessons = new ArrayList<>();
        for (String file : files) {
            LessonFile.LessonJson json = LessonFile.parse(resource(file), file);
            if (json.model() == null) {
                throw new IllegalArgumentException("lesson " + file + " names no starting model");
            }
            lessons.add(LessonFile.toLesson(json, startingModel(json.model()), citations));
        }
        return new LessonCatalog(lessons);
    }

    private static Model startingModel(String file) {
        try {
            return new ModelReader().parse(Path.of(file), resource(file));
        } catch (ModelFileException e) {
            throw new IllegalArgumentException("the starting model " + file + " does not open: " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String file) {
        try (InputStream in = LessonCatalog.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("lesson file " + FOLDER + file + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("lesson file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}

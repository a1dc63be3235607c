package dev.bulkhead.ui.app;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.bulkhead.persistence.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the app remembers between runs: window placement, theme, recent files and view toggles. Kept as
 * JSON in {@link #directory()}; a missing or unreadable file just means defaults (the user loses nothing
 * that matters).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class AppSettings {
    /** Recent files kept in the menu. */
    static final int RECENT_LIMIT = 8;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public double windowX = Double.NaN;
    public double windowY = Double.NaN;
    public double windowWidth = 1480;
    public double windowHeight = 920;
    public boolean maximized;
    public boolean darkTheme;
    public boolean snapToGrid = true;
    public boolean showOverview = true;
    public List<String> recentFiles = new ArrayList<>();
    public String lastDirectory;
    public String lastExportDirectory;

    /**
     * Where settings and recovery files live: the {@code bulkhead.settings.dir} system property (tests point
     * it at a temporary folder), else {@code ~/.bulkhead}.
     */
    public static Path directory() {
        String override = System.getProperty("bulkhead.settings.dir");
        return override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".bulkhead");
    }

    /** The remembered settings, or defaults when there are none or they cannot be read. */
    public static AppSettings load() {
        Path file = directory().resolve("settings.json");
        if (!Files.isRegularFile(file)) {
            return new AppSettings();
        }
        try {
            return JSON.readValue(file.toFile(), AppSettings.class);
        } catch (IOException e) {
            String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            System.err.println("bulkhead: ignoring unreadable settings " + file + " (" + why + "); using defaults");
            return new AppSettings();
        }
    }

    /** Writes the settings; a failure is reported on stderr and otherwise ignored. */
    public void save() {
        Path file = directory().resolve("settings.json");
        try {
            Files.createDirectories(file.getParent());
            byte[] bytes = JSON.writeValueAsString(this).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(file, out -> out.write(bytes));
        } catch (IOException e) {
            System.err.println("bulkhead: could not save settings to " + file + ": " + e.getMessage());
        }
    }

    /** Puts a file at the top of the recent list. */
    public void addRecent(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        recentFiles.remove(path);
        recentFiles.add(0, path);
        while (recentFiles.size() > RECENT_LIMIT) {
            recentFiles.remove(recentFiles.size() - 1);
        }
    }
}

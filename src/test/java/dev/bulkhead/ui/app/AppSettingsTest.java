package dev.bulkhead.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

@ResourceLock("bulkhead.settings.dir")
class AppSettingsTest {
    @TempDir
    Path folder;
    private String previous;

    @BeforeEach
    void pointSettingsAtATemporaryFolder() {
        previous = System.getProperty("bulkhead.settings.dir");
        System.setProperty("bulkhead.settings.dir", folder.toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty("bulkhead.settings.dir");
        } else {
            System.setProperty("bulkhead.settings.dir", previous);
        }
    }

    @Test
    void windowThemeAndRecentFilesAreRememberedBetweenRuns() {
        AppSettings settings = AppSettings.load();
        settings.windowWidth = 1234;
        settings.darkTheme = true;
        settings.addRecent(Path.of("a.bulkhead.json"));
        settings.addRecent(Path.of("b.bulkhead.json"));
        settings.addRecent(Path.of("a.bulkhead.json"));
        settings.save();

        AppSettings loaded = AppSettings.load();
        assertThat(loaded.windowWidth).isEqualTo(1234);
        assertThat(loaded.darkTheme).isTrue();
        assertThat(loaded.recentFiles).hasSize(2);
        assertThat(loaded.recentFiles.get(0)).endsWith("a.bulkhead.json");
    }

    @Test
    void theRecentListKeepsTheNewestFew() {
        AppSettings settings = new AppSettings();
        for (int i = 0; i < 20; i++) {
            settings.addRecent(Path.of("m" + i + ".bulkhead.json"));
        }
        assertThat(settings.recentFiles).hasSize(AppSettings.RECENT_LIMIT);
        assertThat(settings.recentFiles.get(0)).endsWith("m19.bulkhead.json");
    }

    @Test
    void anUnreadableSettingsFileMeansDefaultsNotAFailure() throws Exception {
        Files.writeString(folder.resolve("settings.json"), "{ not json");

        AppSettings loaded = AppSettings.load();

        assertThat(loaded.windowWidth).isEqualTo(new AppSettings().windowWidth);
        assertThat(loaded.recentFiles).isEmpty();
    }
}

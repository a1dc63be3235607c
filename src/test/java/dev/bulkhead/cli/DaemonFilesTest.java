package dev.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server keeps its state where the launcher's client looks for it, by the same rule. */
class DaemonFilesTest {
    @Test
    void theFolderFollowsTheShellsHomeNotThePasswdEntryAsTheClientDoes() {
        // A CI container job: HOME set elsewhere than the user's passwd home, no runtime directory.
        assertThat(DaemonFiles.directory(Map.of("HOME", "/github/home")::get, "/root"))
                .isEqualTo(Path.of("/github/home/.cache/bulkhead"));
        assertThat(DaemonFiles.directory(Map.<String, String>of()::get, "/root")).isEqualTo(Path.of("/root/.cache/bulkhead"));
        assertThat(DaemonFiles.directory(Map.of("HOME", "/h", "XDG_RUNTIME_DIR", "/run/user/1000")::get, "/root"))
                .isEqualTo(Path.of("/run/user/1000/bulkhead"));
        assertThat(DaemonFiles.directory(Map.of("HOME", "/h", "XDG_RUNTIME_DIR", "/run", "BULKHEAD_DAEMON_DIR", "/own")::get, "/root"))
                .isEqualTo(Path.of("/own"));
    }
}

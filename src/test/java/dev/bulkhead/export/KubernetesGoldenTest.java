package dev.bulkhead.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.export.ExportChoice;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The workshop sample's export for each option, byte for byte. After an intended change, regenerate with
 * {@code mvn test -Dtest=KubernetesGoldenTest -Dbulkhead.updateGolden=true} and review the diff.
 */
class KubernetesGoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("bulkhead.updateGolden");

    @ParameterizedTest
    @EnumSource(ExportChoice.class)
    void exportMatchesTheGoldenFile(ExportChoice choice) throws Exception {
        String actual = Exports.asText(Exports.k8s(Exports.sample("workshop-starter"), choice));
        Path golden = Path.of("src/test/resources/golden/k8s-workshop-starter-" + choice.cliName() + ".txt");
        if (UPDATE) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; regenerate with -Dbulkhead.updateGolden=true").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}

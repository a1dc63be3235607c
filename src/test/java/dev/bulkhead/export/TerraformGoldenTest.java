package dev.bulkhead.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Terraform export byte for byte: the workshop sample (AKS, a Kata pool) in both layouts, and the same model
 * moved to EKS, to GKE (a gVisor pool: the beta module) and on premises. After an intended change, regenerate with
 * {@code mvn test -Dtest=TerraformGoldenTest -Dbulkhead.updateGolden=true} and review the diff.
 */
class TerraformGoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("bulkhead.updateGolden");

    @ParameterizedTest
    @CsvSource({"aks, directories", "aks, workspaces", "eks, directories", "gke, directories", "on-prem, directories"})
    void exportMatchesTheGoldenFile(String provider, String layout) throws Exception {
        ExportSettings settings = ExportSettings.of(ExportChoice.AS_MODELLED)
                .withLayout(LayoutChoice.valueOf(layout.toUpperCase(java.util.Locale.ROOT)));
        String actual = Exports.asText(Exports.terraform(workshopOn(provider), settings));
        Path golden = Path.of("src/test/resources/golden/terraform-workshop-starter-" + provider + "-" + layout + ".txt");
        if (UPDATE) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; regenerate with -Dbulkhead.updateGolden=true").exists();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    /**
     * The workshop sample on another provider, its first node pool labelled and tainted for the sandbox runtime
     * (gVisor on GKE, where GKE Sandbox is gVisor; Kata elsewhere).
     */
    static Model workshopOn(String provider) throws Exception {
        String json = Files.readString(Path.of("sample-models/workshop-starter.bulkhead.json"), StandardCharsets.UTF_8);
        String runtime = provider.equals("gke") ? "gvisor" : "kata";
        json = json.replace("\"provider\" : \"aks\"", "\"provider\" : \"" + provider + "\"")
                .replace("\"kata\"", "\"" + runtime + "\"")
                .replaceFirst("\"labels\" : \\{ },\\s*\"taints\" : \\[ ]",
                        "\"labels\" : { \"sandbox.bulkhead.dev/runtime\" : \"" + runtime + "\" }, "
                                + "\"taints\" : [ \"sandbox.bulkhead.dev/runtime=" + runtime + ":NoSchedule\" ]");
        Path file = Files.createTempFile("workshop-" + provider, ".bulkhead.json");
        try {
            Files.writeString(file, json, StandardCharsets.UTF_8);
            return new ModelReader().read(file);
        } finally {
            Files.delete(file);
        }
    }
}

package dev.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --to terraform} with --layout and --tenants, and their usage errors. */
class TerraformExportCommandTest {
    private static final String SAMPLE = "sample-models/workshop-starter.bulkhead.json";

    @TempDir
    Path out;

    @Test
    void writesTheChosenLayout() throws Exception {
        CliRun directories = CliRun.of("export", SAMPLE, "--to", "terraform", "--option", "vcluster", "--layout",
                "directories", "--out", out.resolve("d").toString());
        assertThat(directories.status()).as(directories.err()).isEqualTo(ExitCodes.OK);
        assertThat(out.resolve("d/envs/dev/main.tf")).exists();
        assertThat(out.resolve("d/modules/tenant-vcluster/main.tf")).exists();

        CliRun workspaces = CliRun.of("export", SAMPLE, "--to", "terraform", "--layout", "workspaces", "--tenants", "none",
                "--out", out.resolve("w").toString());
        assertThat(workspaces.status()).as(workspaces.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(out.resolve("w/main.tf"))).contains("terraform.workspace == \"prod\"");
        assertThat(out.resolve("w/modules/tenant-namespace")).doesNotExist();
        assertThat(Files.readString(out.resolve("w/README.md"))).contains("Workspaces are not appropriate");
    }

    /** Two proposals' exports can be told apart: each README names its scenario; a model without scenarios says nothing new. */
    @Test
    void eachExportsReadmeNamesTheScenarioItWasExportedFrom() throws Exception {
        String proposal = "sample-models/workshop-proposal.bulkhead.json";
        for (String to : java.util.List.of("k8s", "terraform")) {
            for (String scenario : java.util.List.of("proposal A", "current")) {
                Path folder = out.resolve(to + "-" + scenario.replace(' ', '-'));
                CliRun run = CliRun.of("export", proposal, "--scenario", scenario, "--to", to, "--out", folder.toString());
                assertThat(run.status()).as(run.err()).isEqualTo(ExitCodes.OK);
                assertThat(Files.readString(folder.resolve("README.md"))).as(to + " " + scenario)
                        .contains("Exported from scenario **" + scenario + "** of the model.");
            }
            Path plain = out.resolve(to + "-starter");
            assertThat(CliRun.of("export", SAMPLE, "--to", to, "--out", plain.toString()).status()).isEqualTo(ExitCodes.OK);
            assertThat(Files.readString(plain.resolve("README.md"))).doesNotContain("scenario");
        }
    }

    @Test
    void layoutAndTenantsNeedTerraform() {
        CliRun layout = CliRun.of("export", SAMPLE, "--to", "k8s", "--layout", "workspaces", "--out", out.toString());
        assertThat(layout.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(layout.err()).contains("--layout applies only to --to terraform");

        CliRun tenants = CliRun.of("export", SAMPLE, "--to", "k8s", "--tenants", "gitops", "--out", out.toString());
        assertThat(tenants.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(tenants.err()).contains("--tenants applies only to --to terraform");

        CliRun unknown = CliRun.of("export", SAMPLE, "--to", "terraform", "--layout", "monorepo", "--out", out.toString());
        assertThat(unknown.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("'monorepo' is not a layout");
    }
}

package dev.bulkhead.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sample, every option, through the independent validators: the shared manifest-check (official API
 * schemas, unknown fields, DNS names, multi-tenancy policy, vCluster's values schema, and in strict mode a floor
 * of behaviour checks) and
 * {@code kubectl kustomize} on every kustomization. The tools live outside the repository; where they are
 * missing the test is skipped, unless {@code BULKHEAD_REQUIRE_VALIDATORS} is set (CI sets it), then it fails.
 */
class ExternalValidatorsTest {
    private static final Path MANIFEST_CHECK = Path.of("../shared/tools/manifest-check/run");

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"workshop-starter", "internal-platform", "ai-agent-saas"})
    void everyOptionPassesManifestCheckAndBuildsWithKustomize(String sample) throws Exception {
        boolean required = System.getenv("BULKHEAD_REQUIRE_VALIDATORS") != null;
        boolean available = Files.isExecutable(MANIFEST_CHECK) && ExternalTools.onPath("kubectl") && ExternalTools.onPath("node");
        if (required) {
            assertThat(available).as("manifest-check (%s), kubectl and node are required here", MANIFEST_CHECK).isTrue();
        }
        assumeTrue(available, "manifest-check, kubectl or node missing: skipped (set BULKHEAD_REQUIRE_VALIDATORS to fail instead)");
        for (ExportChoice choice : ExportChoice.values()) {
            Path out = folder.resolve(sample + "-" + choice.name().toLowerCase());
            ExportWriter.write(Exports.k8s(Exports.sample(sample), choice), out, false, f -> { });

            ExternalTools.Result check = ExternalTools.run(List.of(MANIFEST_CHECK.toAbsolutePath().toString(), "k8s", out.toString(), "--strict"));
            assertThat(check.status()).as("manifest-check %s %s:%n%s", sample, choice, check.output()).isZero();
            assertThat(check.output()).contains(", 0 problems");

            // Each level builds the bundles below it, so the levels (root, environments, clusters) and the
            // vCluster insides, which no level includes, cover every kustomization.
            try (Stream<Path> kustomizations = Files.walk(out)) {
                for (Path kustomization : kustomizations.filter(p -> p.endsWith("kustomization.yaml"))
                        .filter(p -> out.relativize(p).getNameCount() <= 3 || p.getParent().endsWith("inside")).toList()) {
                    ExternalTools.Result build = ExternalTools.run(List.of("kubectl", "kustomize", kustomization.getParent().toString()));
                    assertThat(build.status()).as("kubectl kustomize %s:%n%s", kustomization.getParent(), build.output()).isZero();
                }
            }
        }
    }
}

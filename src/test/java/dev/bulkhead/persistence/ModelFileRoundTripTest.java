package dev.bulkhead.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementLayout;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TrustLevel;
import dev.bulkhead.testing.TestModels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileRoundTripTest {
    @TempDir
    Path folder;

    static Model sample() {
        Model small = TestModels.small();
        TestModels b = TestModels.builder().settings(small.settings().withAssumption("hoursPerMonth", 720.0));
        // Address ranges are optional: one cluster and one host-name endpoint carry one, so both forms are written.
        // So is a connection's traffic: the first connection carries its own volume, any others the assumed one.
        boolean trafficSet = false;
        for (var e : small.elements().values()) {
            if (e instanceof dev.bulkhead.model.Cluster c) {
                b.put(c.withAddressRange("10.20.0.0/16"));
            } else if (e instanceof dev.bulkhead.model.Connection connection && !trafficSet) {
                b.put(connection.withMonthlyTrafficGB(250.5));
                trafficSet = true;
            } else {
                b.put(e);
            }
        }
        b.put(new dev.bulkhead.model.ExternalEndpoint(ElementId.of("ext-db"), "db", "db.internal", "10.40.0.0/16"));
        b.agent(ElementId.of("tenant-payments"), "report-writer", TrustLevel.UNTRUSTED, SandboxRuntime.GVISOR);
        b.place(ElementId.of("env-prod"), new ElementLayout(new Geometry(10, 20, 800, 600), true));
        return b.build();
    }

    @Test
    void savedModelReadsBackEqual() throws Exception {
        Path file = folder.resolve("m.bulkhead.json");
        Model model = sample();

        new ModelWriter().write(model, file);

        assertThat(new ModelReader().read(file)).isEqualTo(model);
    }

    @Test
    void outputIsStableAndSortedForCleanDiffs() throws Exception {
        String first = new ModelWriter().toJson(sample());
        String second = new ModelWriter().toJson(
                new ModelReader().parse(Path.of("first.bulkhead.json"), first.getBytes(StandardCharsets.UTF_8)));

        assertThat(second).isEqualTo(first);
        assertThat(first).doesNotContain("\r").endsWith("}\n");
        assertThat(first.indexOf("\"tenant-payments\"")).isLessThan(first.indexOf("\"tenant-search\""));
        assertThat(first).startsWith("{\n  \"formatVersion\" : 1,\n  \"name\" : \"Test model\",");
    }

    @Test
    void optionalFieldsTakeTheirDefaults() throws Exception {
        String minimal = """
                {"formatVersion": 1, "name": "Minimal",
                 "environments": [{"id": "env-dev", "name": "dev", "kind": "dev", "criticality": "low"}],
                 "clusters": [{"id": "c", "name": "c", "environment": "env-dev", "provider": "gke", "region": "us-central1"}],
                 "tenants": [{"id": "t", "name": "t", "cluster": "c", "kind": "internal-team", "ownerGroup": "g",
                              "demand": {"cpu": 1, "memoryGiB": 2, "pods": 3}}]}
                """;
        Model model = new ModelReader().parse(Path.of("minimal.bulkhead.json"), minimal.getBytes(StandardCharsets.UTF_8));

        assertThat(model.settings().pricingProfile()).isEqualTo("aws-us-east-1");
        assertThat(model.settings().namespacePattern()).isEqualTo("{tenant}-{environment}");
        assertThat(model.all(dev.bulkhead.model.Cluster.class).get(0).networkPolicyDefaultDeny()).isTrue();
        assertThat(model.all(dev.bulkhead.model.Tenant.class).get(0).option()).isNull();
    }

    @Test
    void samplesOnDiskAreInTheirOwnCanonicalForm() throws Exception {
        try (var files = Files.list(Path.of("sample-models"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(ModelFormat.EXTENSION)).toList()) {
                String onDisk = Files.readString(file);
                assertThat(new ModelWriter().toJson(new ModelReader().read(file)))
                        .as("%s is saved exactly as Bulkhead would save it", file).isEqualTo(onDisk);
            }
        }
    }
}

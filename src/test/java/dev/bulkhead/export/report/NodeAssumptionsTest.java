package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.InstanceType;
import dev.bulkhead.reference.PricingProfile;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A report's node assumptions quote the model's own provider and instance types only: a GKE proposal that explained
 * its pods per node with "58 on an m6i.xlarge" would be read as costing AWS nodes.
 */
class NodeAssumptionsTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());
    private static final List<String> NODE_ROWS = List.of("Pods per node", "CPU reserved per node", "Memory reserved per node");

    /**
     * The expected figures are those cost-isolation-data.md works out for a 4 vCPU / 16 GiB node: GKE 110 pods, 80m
     * CPU and ~2.7 GiB (3a, 10c); EKS 58 pods on an m6i.xlarge and 0.97 GiB (10a: 11 MiB × 58 + 255 MiB + 100 MiB);
     * AKS 250 pods (Azure CNI Overlay), 140m and min(20 MB × 250 + 50 MB, 25% of 16 GiB) + 100 MiB = 4.10 GiB (10b).
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "internal-platform; gcp-us-central1; e2-standard-4: 110 pods; e2-standard-4 (4 vCPU): 0.08 vCPU; e2-standard-4 (16 GiB, 110 pods): 2.70 GiB",
            "ai-agent-saas; aws-us-east-1; m6i.xlarge: 58 pods; m6i.xlarge (4 vCPU): 0.08 vCPU; m6i.xlarge (16 GiB, 58 pods): 0.97 GiB",
            "workshop-starter; azure-eastus; Standard_D4s_v5: 250 pods; Standard_D4s_v5 (4 vCPU): 0.14 vCPU; Standard_D4s_v5 (16 GiB, 250 pods): 4.10 GiB"})
    void nodeAssumptionsQuoteTheModelsOwnProviderAndInstanceTypes(String sample, String profileId, String pods, String cpu,
                                                                   String memory) throws Exception {
        ProposalReport report = ProposalReport.of(ANALYZER.analyze(new ModelReader().read(Path.of("sample-models/" + sample + ".bulkhead.json"))),
                null, null, LocalDate.of(2026, 11, 30));
        assertThat(report.analysis().pricing().profile().id()).isEqualTo(profileId);
        Map<String, String> sources = report.assumptions().stream().filter(a -> NODE_ROWS.contains(a.label()))
                .collect(Collectors.toMap(ProposalReport.AssumptionRow::label, ProposalReport.AssumptionRow::source));

        assertThat(sources.get("Pods per node")).contains(pods);
        assertThat(sources.get("CPU reserved per node")).contains(cpu);
        assertThat(sources.get("Memory reserved per node")).contains(memory);
        // No other profile's instance type, and no other provider's formula, anywhere in the assumption table.
        String table = report.assumptions().stream().map(a -> a.label() + " " + a.value() + " " + a.source())
                .collect(Collectors.joining("\n"));
        for (PricingProfile other : ReferenceData.bundled().profiles().values()) {
            if (!other.id().equals(profileId)) {
                for (InstanceType type : other.instances()) {
                    assertThat(table).as(other.id()).doesNotContain(type.type());
                }
            }
        }
        sources.values().forEach(source -> assertThat(source).contains(report.analysis().pricing().profile().name()));
    }
}

package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Environment;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review R12f, 5: the bank's teams have a tenant in each of dev, staging and prod, and the dedicated column's lines read
 * "Worker nodes · analytics's dedicated cluster" three times at three amounts, so a reader could not rebuild the
 * per-environment totals from the appendix. Each dedicated cluster's line names its environment, also after the
 * environment is renamed in an analysis that reuses what it worked out before.
 */
class DedicatedLineNamesTest {
    private static final Path BANK = Path.of("sample-models/internal-platform.bulkhead.json");

    @Test
    void everyDedicatedClustersLineNamesItsEnvironmentAndNoTwoReadAlike() throws Exception {
        List<String> items = dedicatedItems(new Analyzer(ReferenceData.bundled()).analyze(new ModelReader().read(BANK)));

        assertThat(items).isNotEmpty().doesNotHaveDuplicates()
                .allMatch(item -> item.matches(".*dedicated cluster of \\S+ in (dev|staging|prod)\\b.*"), "names its environment");
        assertThat(items).anyMatch(item -> item.contains("dedicated cluster of analytics in prod"));
    }

    @Test
    void anIncrementalAnalysisNamesTheEnvironmentByItsNewNameAfterARename() throws Exception {
        ModelDocument document = new ModelDocument(new ModelReader().read(BANK));
        Analyzer incremental = new Analyzer(ReferenceData.bundled());
        incremental.analyze(document.snapshot());
        Environment prod = document.snapshot().all(Environment.class).stream()
                .filter(environment -> environment.name().equals("prod")).findFirst().orElseThrow();
        document.edit("Rename prod", tx -> tx.replace(prod.withName("production")));
        Model renamed = document.snapshot();

        List<String> items = dedicatedItems(incremental.analyze(renamed));

        assertThat(items).anyMatch(item -> item.contains("dedicated cluster of analytics in production"))
                .noneMatch(item -> item.matches(".*dedicated cluster of \\S+ in prod\\b.*"));
        assertThat(items).isEqualTo(dedicatedItems(new Analyzer(ReferenceData.bundled()).analyze(renamed)));
    }

    /**
     * Review R12g: identical dedicated clusters share a line, which read "2 dedicated clusters alike · eks-prod" (the
     * shared cluster they are not in) eight times at eight amounts. Each names its environment and its tenants.
     */
    @Test
    void identicalDedicatedClustersShareALineNamingTheirEnvironmentAndTenants() throws Exception {
        List<String> items = new Analyzer(ReferenceData.bundled()).analyze(new ModelReader()
                        .read(Path.of("sample-models/ai-agent-saas.bulkhead.json"))).whole().option(OptionKey.DEDICATED).lines()
                .stream().map(CostLine::item).toList();
        List<String> alike = items.stream().filter(item -> item.contains("dedicated clusters alike")).toList();

        assertThat(alike).hasSizeGreaterThan(5).doesNotHaveDuplicates()
                .allMatch(item -> item.matches(".* \\d+ dedicated clusters alike in (dev|staging|prod) \\([a-z-]+, [a-z-]+.*\\)"),
                        "names its environment and its first tenants")
                .noneMatch(item -> item.contains("· eks-"));
        assertThat(items).contains("Worker nodes · 2 dedicated clusters alike in staging (globex, initech)",
                "Worker nodes · 5 dedicated clusters alike in prod (duff-brewing, hooli, nakatomi-trading and 2 more)");
    }

    /**
     * Review R12h: the file of every cost line beside a report read "(duff-brewing, hooli, nakatomi-trading and 2 more)"
     * too, so no reader could tell which two. The item in full names every tenant a line covers; a short one is itself.
     */
    @Test
    void theItemInFullNamesEveryTenantAnAlikeLineCovers() throws Exception {
        List<CostLine> lines = new Analyzer(ReferenceData.bundled()).analyze(new ModelReader()
                .read(Path.of("sample-models/ai-agent-saas.bulkhead.json"))).whole().option(OptionKey.DEDICATED).lines();
        CostLine five = lines.stream().filter(line -> line.item()
                .equals("Worker nodes · 5 dedicated clusters alike in prod (duff-brewing, hooli, nakatomi-trading and 2 more)"))
                .findFirst().orElseThrow();
        assertThat(five.itemInFull()).matches("Worker nodes · 5 dedicated clusters alike in prod "
                + "\\(duff-brewing, hooli, nakatomi-trading, [a-z-]+, [a-z-]+\\)");
        assertThat(lines).filteredOn(line -> !line.item().contains(" more)"))
                .allMatch(line -> line.itemInFull().equals(line.item()));
    }

    /**
     * Review R12g: the mix's line for payments' own cluster read "Control planes · Google GKE standard tier · gke-prod"
     * beside gke-prod's own line of the same words and amount, as if gke-prod were charged twice. A dedicated cluster's
     * fixed costs name the environment it stands in; no two lines of a column read alike.
     */
    @Test
    void theFixedCostsOfDedicatedClustersNameTheirEnvironmentNotTheSharedCluster() throws Exception {
        Analysis analysis = new Analyzer(ReferenceData.bundled()).analyze(new ModelReader().read(BANK));
        for (OptionKey key : List.of(OptionKey.RECOMMENDED, OptionKey.DEDICATED)) {
            List<String> items = analysis.whole().option(key).lines().stream().map(CostLine::item).toList();
            assertThat(items).as(key.name()).doesNotHaveDuplicates();
            assertThat(items).as(key.name()).anyMatch(item -> item.matches("Control planes · .* · dedicated clusters? in (dev|staging|prod)"));
        }
        assertThat(analysis.whole().option(OptionKey.RECOMMENDED).lines().stream().map(CostLine::item))
                .contains("Control planes · Google GKE standard tier · gke-prod",
                        "Control planes · Google GKE standard tier · dedicated cluster in prod");
        assertThat(analysis.whole().option(OptionKey.DEDICATED).lines().stream().map(CostLine::item))
                .contains("Operations · clusters · dedicated clusters in dev")
                .noneMatch(item -> item.startsWith("Control planes") && item.endsWith("· gke-dev"));
    }

    private static List<String> dedicatedItems(Analysis analysis) {
        return analysis.whole().option(OptionKey.DEDICATED).lines().stream()
                .map(CostLine::item).filter(item -> item.contains("dedicated cluster of ")).toList();
    }
}

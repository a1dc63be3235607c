package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review R12f, 5: the bank's teams have a tenant in each of dev, staging and prod, and the dedicated column's lines read
 * "Worker nodes · analytics's dedicated cluster" three times at three amounts, so a reader could not rebuild the
 * per-environment totals from the appendix. Each dedicated cluster's line names its environment.
 */
class DedicatedLineNamesTest {
    @Test
    void everyDedicatedClustersLineNamesItsEnvironmentAndNoTwoReadAlike() throws Exception {
        Analysis analysis = new Analyzer(ReferenceData.bundled())
                .analyze(new ModelReader().read(Path.of("sample-models/internal-platform.bulkhead.json")));
        List<String> items = analysis.whole().option(OptionKey.DEDICATED).lines().stream()
                .map(CostLine::item).filter(item -> item.contains("'s dedicated cluster")).toList();

        assertThat(items).isNotEmpty().doesNotHaveDuplicates()
                .allMatch(item -> item.matches(".*'s dedicated cluster in (dev|staging|prod)\\b.*"), "names its environment");
        assertThat(items).anyMatch(item -> item.contains("analytics's dedicated cluster in prod"));
    }
}

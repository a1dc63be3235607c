package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Connection;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.Model;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What an option leaves out as not priced is recorded while it is costed, so that the compare strip reads it without
 * writing any line: the record says exactly what the written lines say, in their order, for every sample, profile,
 * scope and option; and whether data goes out is what the model's connections say.
 */
class NotPricedFlagsTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());

    @Test
    void theRecordedUnpricedItemsAreThoseOfTheWrittenLinesInTheirOrder() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("sample-models"))) {
            samples = files.filter(p -> p.toString().endsWith(".bulkhead.json")).sorted().toList();
        }
        int checked = 0;
        for (Path file : samples) {
            Model sample = new ModelReader().read(file);
            for (String profile : ReferenceData.PROFILE_IDS) {
                Model model = Model.of(sample.settings().withPricingProfile(profile), sample.elements().values(), sample.layout());
                Analysis analysis = ANALYZER.analyze(model);
                List<ScopeAnalysis> scopes = new ArrayList<>();
                scopes.add(analysis.whole());
                model.all(dev.bulkhead.model.Environment.class).forEach(e -> analysis.environment(e.id()).ifPresent(scopes::add));
                for (ScopeAnalysis scope : scopes) {
                    for (OptionResult option : scope.options().values()) {
                        Map<String, CostCategory> fromLines = new LinkedHashMap<>();
                        option.lines().stream().filter(CostLine::notPriced)
                                .forEach(line -> fromLines.putIfAbsent(CostLedger.paidFor(line.item()), line.category()));
                        String where = file.getFileName() + " " + profile + " " + scope.label() + " " + option.key();
                        assertThat(option.notPricedItems()).as(where).containsExactlyEntriesOf(fromLines);
                        for (CostCategory category : CostCategory.values()) {
                            assertThat(option.notPriced(category)).as(where + " " + category)
                                    .isEqualTo(fromLines.containsValue(category));
                        }
                        assertThat(option.sendsDataOut()).as(where).isEqualTo(sendsDataOut(model, scope));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    private static boolean sendsDataOut(Model model, ScopeAnalysis scope) {
        return model.all(Connection.class).stream()
                .filter(c -> model.find(c.to()).orElse(null) instanceof ExternalEndpoint)
                .anyMatch(c -> scope.environment() == null
                        || model.environmentOf(c.from()).map(e -> e.id().equals(scope.environment())).orElse(false));
    }
}

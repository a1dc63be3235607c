package dev.bulkhead.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The placement edit as the CLI uses it: no toolkit, no canvas, new pools left for the app to place. */
class PlacementEditsTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());

    @Test
    void withoutAPlacerTheMixAddsPoolsWithNoLayoutAndUndoesAsOneStep() throws Exception {
        ModelDocument document = new ModelDocument(new ModelReader().read(Path.of("sample-models", "workshop-starter.bulkhead.json")));
        Model before = document.snapshot();
        Analysis analysis = ANALYZER.analyze(before);
        Set<Object> poolsBefore = before.all(NodePool.class).stream().map(NodePool::id).collect(Collectors.toSet());

        PlacementEdits.apply(document, analysis, null, OptionKey.RECOMMENDED, LayoutPlacer.NONE);

        Model after = document.snapshot();
        var added = after.all(NodePool.class).stream().filter(p -> !poolsBefore.contains(p.id())).toList();
        // The workshop's code-tutor and partner-acme move to vCluster with private nodes (see the goldens).
        assertThat(added).isNotEmpty();
        added.forEach(pool -> assertThat(after.layoutOf(pool.id())).isEmpty());
        assertThat(ANALYZER.analyze(after).whole().option(OptionKey.CURRENT).unmetRequirements()).isZero();
        document.undo();
        assertThat(document.snapshot()).isEqualTo(before);
    }
}

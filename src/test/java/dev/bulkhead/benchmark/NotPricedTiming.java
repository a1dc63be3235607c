package dev.bulkhead.benchmark;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.CostLine;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.ScopeAnalysis;
import dev.bulkhead.export.report.NotPriced;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.ExternalEndpoint;
import dev.bulkhead.model.Model;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import java.util.Locale;

/**
 * What the compare strip's "+ not priced" marking costs on the FX thread after an analysis of the 2,000-element
 * model: {@link NotPriced#of} as it is (reading what the costing recorded), against what it did before (writing every
 * option's cost lines and scanning every connection), each on a fresh analysis, as the strip meets one after an edit.
 * Six shots in one JVM; the first ones warm up.
 */
public final class NotPricedTiming {
    private NotPricedTiming() {
    }

    public static void main(String[] args) {
        Model model = GeneratedModels.platform(3, 2, 1400, 580, 2000, 42);
        Analyzer analyzer = new Analyzer(ReferenceData.bundled());
        for (int shot = 0; shot < 6; shot++) {
            Analysis fresh = analyzer.analyze(model);
            long start = System.nanoTime();
            NotPriced.of(fresh, fresh.whole());
            long now = System.nanoTime() - start;
            Analysis other = analyzer.analyze(model);
            start = System.nanoTime();
            int before = before(other, other.whole());
            long then = System.nanoTime() - start;
            System.out.printf(Locale.ROOT, "NotPriced.of %.3f ms; as before (lines and connections) %.3f ms (%d)%n",
                    now / 1e6, then / 1e6, before);
        }
    }

    /** What NotPriced.of read before: every option's lines, then every connection for data sent out. */
    private static int before(Analysis analysis, ScopeAnalysis scope) {
        int unpriced = 0;
        for (OptionResult option : scope.options().values()) {
            unpriced += (int) option.lines().stream().filter(CostLine::notPriced).count();
        }
        Model model = analysis.model();
        boolean out = model.all(Connection.class).stream().anyMatch(c -> model.find(c.to()).orElse(null) instanceof ExternalEndpoint);
        return unpriced + (out ? 1 : 0);
    }
}

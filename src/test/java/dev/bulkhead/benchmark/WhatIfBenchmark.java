package dev.bulkhead.benchmark;

import dev.bulkhead.analysis.WhatIf;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * How long presentation mode's what-if takes to answer (a fresh analysis of the derived model), on the samples a
 * room would use: five warm-up runs, then the median, least and most of ten. Plain timing in one JVM, not JMH: the
 * question is whether the chart follows a slider within a moment.
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.bulkhead.benchmark.WhatIfBenchmark}
 */
public final class WhatIfBenchmark {
    private WhatIfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ReferenceData reference = ReferenceData.bundled();
        for (String sample : List.of("workshop-proposal", "ai-agent-saas")) {
            Model model = new ModelReader().read(Path.of("sample-models", sample + ".bulkhead.json"));
            for (WhatIf whatIf : List.of(WhatIf.NONE.withPriceMultiplier(1.2), WhatIf.NONE.withTenantMultiplier(3),
                    WhatIf.NONE.withTenantMultiplier(10))) {
                for (int i = 0; i < 5; i++) {
                    whatIf.analyze(reference, model);
                }
                long[] nanos = new long[10];
                for (int i = 0; i < nanos.length; i++) {
                    long start = System.nanoTime();
                    whatIf.analyze(reference, model);
                    nanos[i] = System.nanoTime() - start;
                }
                Arrays.sort(nanos);
                System.out.printf("%s, %s (%d tenants): median %.0f ms, %.0f-%.0f ms%n", sample, whatIf.describe(model),
                        whatIf.applyTo(model, reference.rubric()).all(Tenant.class).size(), nanos[5] / 1e6, nanos[0] / 1e6, nanos[9] / 1e6);
            }
        }
    }
}

package dev.bulkhead.export.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.diagram.pdf.PageSpec;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Fitting a mid-size model to a page stays a matter of seconds. Every candidate picture of the fitting looked for
 * detours round the boxes its lines crossed, on grids as large as the picture: a 300-tenant model's A4 page took
 * 84 s of CPU (a bank-sized report, minutes). Measured in process CPU, which other work on the machine distorts
 * least; the bound is generous, the regression was eight times it.
 */
class FittingCostTest {
    @Test
    void aThreeHundredTenantModelFitsAnA4PageInSecondsOfCpu() {
        Analysis analysis = new Analyzer(ReferenceData.bundled()).analyze(GeneratedModels.platform(3, 2, 300, 1500, 300, 42));
        DiagramExport.Options options = DiagramExport.Options.of(DiagramExport.Format.PDF)
                .withPage(new PageSpec(PageSpec.Paper.A4, true, false)).withLegend(true);

        long start = cpuNanos();
        DiagramExport.render(analysis, options);
        double seconds = (cpuNanos() - start) / 1e9;

        assertThat(seconds).as("CPU seconds to fit and write the page").isLessThan(25);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}

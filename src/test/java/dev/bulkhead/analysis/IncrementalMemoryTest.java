package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.ModelArbitraries;
import dev.bulkhead.testing.ModelArbitraries.AgentSpec;
import dev.bulkhead.testing.ModelArbitraries.TenantSpec;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.model.TrustLevel;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The incremental analyzer keeps one generation: what it computed for the snapshot before the newest one is
 * reused once and then let go. The app analyses after every edit for as long as a document is open, so anything
 * an analysis keeps of the one before it grows without bound.
 */
class IncrementalMemoryTest {
    private static final ReferenceData DATA = ReferenceData.bundled();
    private static final int EDITS = 10_000;

    /**
     * Tenants edited in turn, the worst case for reuse: each analysis reuses the previous one's work for every
     * tenant but the edited one, so per-tenant work of many generations meets in one analysis.
     */
    @Test
    void tenThousandEditsKeepNoEarlierGenerationAndRetainedMemoryStaysFlat() {
        Model start = model();
        ModelDocument document = new ModelDocument(start, Clock.systemUTC(), 1);
        Analyzer analyzer = new Analyzer(DATA);
        List<Tenant> tenants = start.all(Tenant.class);
        List<WeakReference<TenantLoad>> earlier = new ArrayList<>();
        Analysis newest = analyzer.analyze(document.snapshot());
        long afterWarmUp = 0;
        for (int edit = 1; edit <= EDITS; edit++) {
            Tenant tenant = tenants.get(edit % tenants.size());
            ResourceDemand demand = new ResourceDemand(1 + edit % 7, 2 + edit % 7, 3 + edit % 5, 0);
            document.edit("demand", tx -> tx.replace(((Tenant) tx.find(tenant.id()).orElseThrow()).withDemand(demand)));
            newest = analyzer.analyze(document.snapshot());
            if (edit % 1_000 == 0 && edit < EDITS) {
                // The edited tenant's load of this generation: the next edit of that tenant replaces it.
                earlier.add(new WeakReference<>(newest.load(tenant.id())));
            }
            if (edit == 1_000) {
                afterWarmUp = retainedHeap();
            }
        }
        long atEnd = retainedHeap();

        assertThat(newest.whole().tenantCount()).isEqualTo(tenants.size());
        // A kept chain holds tens of kilobytes per generation (hundreds of megabytes over 9,000 edits); a flat heap
        // moves by what the JIT, the GC and the test's own few objects leave, well under this bound.
        assertThat(atEnd - afterWarmUp).as("retained heap growth over %d edits, bytes", EDITS - 1_000)
                .isLessThan(8L * 1024 * 1024);
        for (int i = 0; i < earlier.size(); i++) {
            assertThat(clearedAfterGc(earlier.get(i))).as("the load of generation %d is still reachable", (i + 1) * 1_000)
                    .isTrue();
        }
    }

    /** Four tenants with agents in one cluster with a pool, so that every kind of per-tenant work is memoised. */
    private static Model model() {
        List<TenantSpec> tenants = List.of(
                new TenantSpec(TenantKind.INTERNAL_TEAM, 2, 4, 6, List.of(), false),
                new TenantSpec(TenantKind.UNTRUSTED_CODE, 1, 2, 4,
                        List.of(new AgentSpec(TrustLevel.UNTRUSTED, SandboxRuntime.RUNC, 4, 1, 0.5)), false),
                new TenantSpec(TenantKind.EXTERNAL_CUSTOMER, 3, 6, 8,
                        List.of(new AgentSpec(TrustLevel.REVIEWED, SandboxRuntime.GVISOR, 2, 0, 0.25)), true),
                new TenantSpec(TenantKind.INTERNAL_TEAM, 1, 1, 2, List.of(), false));
        return ModelArbitraries.build(Criticality.HIGH, 1, "aws-us-east-1", tenants, 1, true);
    }

    private static boolean clearedAfterGc(WeakReference<?> reference) {
        for (int attempt = 0; attempt < 20 && reference.get() != null; attempt++) {
            System.gc();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return reference.get() == null;
    }

    private static long retainedHeap() {
        long least = Long.MAX_VALUE;
        for (int attempt = 0; attempt < 5; attempt++) {
            System.gc();
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}

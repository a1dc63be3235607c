package dev.bulkhead.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.model.ElementId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The findings merged from the parts an edit changed are exactly the list a full sort of every part gives. */
class SortedFindingsTest {
    private static final FindingCode[] CODES = FindingCode.values();
    private static final Severity[] SEVERITIES = Severity.values();

    @Test
    void replacingSomePartsGivesWhatSortingAllPartsGives() {
        Random random = new Random(7);
        SortedFindings sorted = new SortedFindings();
        List<List<Finding>> parts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            parts.add(part(random, 40 + random.nextInt(60)));
        }
        assertThat(sorted.of(parts)).isEqualTo(fullSort(parts));
        for (int round = 0; round < 200; round++) {
            List<List<Finding>> next = new ArrayList<>(parts);
            // An edit replaces one cluster's part (sometimes with an empty one), sometimes the model-wide rest too;
            // now and then a part comes or goes, as when a cluster is added or deleted.
            // Most often the cluster's new part repeats most of its old findings, as equal copies.
            int replaced = random.nextInt(next.size());
            next.set(replaced, random.nextInt(3) > 0 ? variant(random, next.get(replaced))
                    : part(random, random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(80)));
            if (random.nextBoolean()) {
                next.set(0, part(random, random.nextInt(6)));
            }
            if (random.nextInt(10) == 0) {
                next.add(part(random, 1 + random.nextInt(30)));
            } else if (random.nextInt(10) == 0 && next.size() > 3) {
                next.remove(next.size() - 1);
            }
            parts = next;
            assertThat(sorted.of(parts)).as("round %d", round).isEqualTo(fullSort(parts));
        }
    }

    @Test
    void theSameFindingInTwoPartsIsKeptOnceForThePartThatStays() {
        Finding shared = Finding.info(CODES[0], ElementId.of("tenant-1"), "same");
        List<Finding> staying = List.of(shared);
        List<Finding> unchanged = part(new Random(1), 200);
        SortedFindings sorted = new SortedFindings();
        sorted.of(List.of(staying, List.of(shared, Finding.error(CODES[1], null, "x")), unchanged));
        List<List<Finding>> after = List.of(staying, List.of(), unchanged);
        assertThat(sorted.of(after)).isEqualTo(fullSort(after)).filteredOn(f -> f == shared).hasSize(1);
    }

    private static List<Finding> part(Random random, int size) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            ElementId element = random.nextInt(8) == 0 ? null : ElementId.of(String.format("tenant-%04d", random.nextInt(300)));
            findings.add(new Finding(SEVERITIES[random.nextInt(SEVERITIES.length)], CODES[random.nextInt(CODES.length)],
                    element, "message " + random.nextInt(4)));
        }
        findings.sort(Finding.ORDER);
        return findings;
    }

    /** The part again as new but equal findings, with a few findings dropped and a few added. */
    private static List<Finding> variant(Random random, List<Finding> part) {
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : part) {
            if (random.nextInt(20) > 0) {
                findings.add(new Finding(finding.severity(), finding.code(), finding.element(), finding.message()));
            }
        }
        findings.addAll(part(random, random.nextInt(4)));
        findings.sort(Finding.ORDER);
        return findings;
    }

    private static List<Finding> fullSort(List<List<Finding>> parts) {
        List<Finding> all = new ArrayList<>();
        parts.forEach(all::addAll);
        all.sort(Finding.ORDER);
        return all;
    }
}

package dev.bulkhead.export.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.export.ExportChoice;
import dev.bulkhead.export.ExportSettings;
import dev.bulkhead.export.kubernetes.KubernetesExporter;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review R12j: the annotation on a NetworkPolicy rule that opens a host as any public address advised exporting with
 * {@code --network-policy cilium} on GKE too, whose Dataplane V2 takes no CiliumNetworkPolicy. On GKE it now names what
 * narrows it there; elsewhere it keeps the Cilium advice.
 */
class HostRuleAdviceTest {
    private static final Pattern HOST_RULE = Pattern.compile("bulkhead.dev/destination: \"([^\"]*NetworkPolicy cannot name a host[^\"]*)\"");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"internal-platform, true", "ai-agent-saas, false"})
    void aHostRuleAdvisesWhatNarrowsItOnItsProvider(String sample, boolean gke) throws Exception {
        var analysis = new Analyzer(ReferenceData.bundled()).analyze(new ModelReader().read(Path.of("sample-models", sample + ".bulkhead.json")));
        var bundle = new KubernetesExporter().export(analysis, ExportSettings.of(ExportChoice.RECOMMENDED), f -> { });
        List<String> annotations = bundle.files().values().stream().flatMap(file -> {
            Matcher matcher = HOST_RULE.matcher(file.text());
            return matcher.results().map(m -> m.group(1));
        }).toList();
        assertThat(annotations).as("host rules of %s", sample).isNotEmpty();
        for (String annotation : annotations) {
            if (gke) {
                assertThat(annotation).doesNotContain("network-policy cilium").contains("FQDNNetworkPolicy", "egress proxy");
            } else {
                assertThat(annotation).contains("--network-policy cilium").doesNotContain("FQDNNetworkPolicy");
            }
        }
    }
}

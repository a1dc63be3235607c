package dev.bulkhead.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each exported {@code vcluster.yaml} read the way Helm reads it: merged over the pinned chart's own defaults
 * (../shared/schemas/vcluster-chart-0.36.1/values.yaml), so that a default Bulkhead did not set is judged too.
 * The keys checked are those the chart's templates read at v0.36.1: {@code statefulset.yaml} takes the pod and
 * container security contexts from {@code controlPlane.statefulSet.security}, its init container from
 * {@code controlPlane.distro.k8s.securityContext}; {@code networkpolicy.yaml} renders only when
 * {@code policies.networkPolicy.enabled}; {@code resourcequota.yaml} and {@code limitrange.yaml} only when their
 * {@code enabled} is "true" (or "auto" with the other on).
 */
class VClusterValuesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Stream<Arguments> exports() {
        List<Arguments> cases = new ArrayList<>();
        for (String sample : List.of("workshop-starter", "internal-platform", "ai-agent-saas")) {
            for (VClusterEdition edition : VClusterEdition.values()) {
                cases.add(Arguments.of(sample, edition));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("exports")
    void mergedOverTheChartDefaultsEveryValuesFileIsAdmittedAndTurnsOffWhatWouldUndoTheGuardRails(String sample,
            VClusterEdition edition) throws Exception {
        JsonNode defaults = YAML.readTree(Path.of("../shared/schemas/vcluster-chart-0.36.1/values.yaml").toFile());
        ExportBundle bundle = Exports.k8s(Exports.sample(sample), ExportSettings.of(ExportChoice.VCLUSTER).withEdition(edition));
        int files = 0;
        for (Map.Entry<String, ExportFile> file : bundle.files().entrySet()) {
            if (!file.getKey().endsWith("/vcluster.yaml")) {
                continue;
            }
            files++;
            JsonNode values = merge(defaults.deepCopy(), YAML.readTree(file.getValue().text()));
            String where = file.getKey();
            JsonNode controlPlane = values.at("/controlPlane/statefulSet/security");
            assertRestricted(where + " control plane", controlPlane.get("podSecurityContext"),
                    controlPlane.get("containerSecurityContext"));
            assertRestricted(where + " init container", controlPlane.get("podSecurityContext"),
                    values.at("/controlPlane/distro/k8s/securityContext"));
            JsonNode coreDns = values.at("/controlPlane/coredns/security");
            assertRestricted(where + " CoreDNS", coreDns.get("podSecurityContext"), coreDns.get("containerSecurityContext"));
            JsonNode etcd = values.at("/controlPlane/backingStore/etcd");
            if (etcd.at("/deploy/enabled").asBoolean()) {
                assertThat(etcd.at("/deploy/statefulSet/resources/limits/memory").asText()).as(where).isEqualTo("1024Mi");
                JsonNode security = etcd.at("/deploy/statefulSet/security");
                assertRestricted(where + " etcd", security.get("podSecurityContext"), security.get("containerSecurityContext"));
            }

            // CoreDNS forwards to the host's DNS, which the host policies allow (pkg/coredns/template.go), not to
            // the node's resolver, which they do not; and syncing nodes grants no nodes/proxy (clusterrole.yaml).
            assertThat(values.at("/networking/advanced/fallbackHostCluster").asBoolean()).as(where).isTrue();
            assertThat(values.at("/networking/advanced/proxyKubelets/byHostname").asBoolean()).as(where).isFalse();
            assertThat(values.at("/networking/advanced/proxyKubelets/byIP").asBoolean()).as(where).isFalse();
            assertThat(values.at("/policies/networkPolicy/enabled").asBoolean()).as(where).isFalse();
            assertThat(values.at("/policies/networkPolicy/workload/publicEgress/enabled").asBoolean()).as(where).isFalse();
            assertThat(values.at("/policies/resourceQuota/enabled").asText()).as(where).isEqualTo("false");
            assertThat(values.at("/policies/limitRange/enabled").asText()).as(where).isEqualTo("false");
            if (edition == VClusterEdition.OPEN_SOURCE) {
                // Licensed in v0.36 (loft-sh/vcluster pkg/pro): the open-source build refuses to start with them.
                assertThat(etcd.at("/embedded/enabled").asBoolean()).as(where).isFalse();
                assertThat(values.at("/privateNodes/enabled").asBoolean()).as(where).isFalse();
            }
            int replicas = values.at("/controlPlane/statefulSet/highAvailability/replicas").asInt();
            if (replicas > 1) {
                // Several replicas need a datastore they share: a deployed etcd, or Platform's embedded one.
                assertThat(etcd.at("/deploy/enabled").asBoolean() || etcd.at("/embedded/enabled").asBoolean()).as(where).isTrue();
                assertThat(etcd.at("/embedded/enabled").asBoolean()).as(where).isEqualTo(edition == VClusterEdition.PLATFORM);
            }
        }
        assertThat(files).isPositive();
    }

    /** Pod Security's restricted level for one container under its pod (Kubernetes "Pod Security Standards"). */
    private static void assertRestricted(String where, JsonNode pod, JsonNode container) {
        JsonNode p = pod == null ? YAML.createObjectNode() : pod;
        JsonNode c = container == null ? YAML.createObjectNode() : container;
        assertThat(c.path("allowPrivilegeEscalation").asBoolean(true)).as(where + ": allowPrivilegeEscalation").isFalse();
        assertThat(c.path("privileged").asBoolean(false)).as(where + ": privileged").isFalse();
        assertThat(c.has("runAsNonRoot") ? c.get("runAsNonRoot").asBoolean() : p.path("runAsNonRoot").asBoolean())
                .as(where + ": runAsNonRoot").isTrue();
        assertThat(c.has("runAsUser") ? c.get("runAsUser").asLong() : p.path("runAsUser").asLong(1)).as(where + ": runAsUser")
                .isNotZero();
        List<String> dropped = new ArrayList<>();
        c.at("/capabilities/drop").forEach(d -> dropped.add(d.asText()));
        assertThat(dropped).as(where + ": capabilities.drop").contains("ALL");
        c.at("/capabilities/add").forEach(a -> assertThat(a.asText()).as(where + ": capabilities.add").isEqualTo("NET_BIND_SERVICE"));
        String seccomp = c.has("seccompProfile") ? c.at("/seccompProfile/type").asText() : p.at("/seccompProfile/type").asText();
        assertThat(seccomp).as(where + ": seccompProfile").isIn("RuntimeDefault", "Localhost");
    }

    /** Helm's merge of a values file over chart defaults: maps merge key by key, anything else is replaced. */
    private static JsonNode merge(JsonNode base, JsonNode over) {
        if (!(base instanceof ObjectNode target) || !over.isObject()) {
            return over;
        }
        over.fields().forEachRemaining(field -> target.set(field.getKey(),
                target.has(field.getKey()) ? merge(target.get(field.getKey()), field.getValue()) : field.getValue()));
        return target;
    }
}

package dev.bulkhead.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.Finding;
import dev.bulkhead.analysis.Severity;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Cluster;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.ElementKind;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.TestModels;
import java.util.List;
import org.junit.jupiter.api.Test;

/** New elements as a user adds them: told apart by name and owner group, and safe by default. */
class NewElementsTest {
    private final TestModels builder = TestModels.builder();
    private final ElementId prod = builder.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
    private final ElementId cluster = builder.cluster(prod, "shared", Provider.EKS);

    private ModelDocument document() {
        builder.pool(cluster, "general", 4, 16, 3, 20);
        builder.tenant(cluster, "search", TenantKind.INTERNAL_TEAM, new ResourceDemand(1, 2, 4, 0));
        return new ModelDocument(builder.build());
    }

    private static <T extends dev.bulkhead.model.Element> T added(ModelDocument document, CanvasEdits.Outcome outcome, Class<T> type) {
        assertThat(outcome.applied()).isTrue();
        return document.snapshot().get(outcome.created().get(0), type);
    }

    @Test
    void newTenantsAreNumberedAndEachGetsAnOwnerGroupOfItsOwn() {
        ModelDocument document = document();
        CanvasEdits edits = new CanvasEdits(document);

        Tenant first = added(document, edits.createInside(ElementKind.TENANT, cluster), Tenant.class);
        Tenant second = added(document, edits.createInside(ElementKind.TENANT, cluster), Tenant.class);

        assertThat(List.of(first.name(), second.name())).containsExactly("tenant 2", "tenant 3");
        assertThat(List.of(first.ownerGroup(), second.ownerGroup())).containsExactly("tenant-2-owners", "tenant-3-owners");
        List<Finding> findings = new Analyzer(ReferenceData.bundled()).analyze(document.snapshot()).findings();
        assertThat(findings).extracting(Finding::code).doesNotContain(dev.bulkhead.analysis.FindingCode.SHARED_OWNER_GROUP);
    }

    @Test
    void aNewAgentRunsUnderTheStrongestSandboxItsClusterOffersAndRaisesNoWarning() {
        ModelDocument document = document();
        Cluster offeringKata = document.snapshot().get(cluster, Cluster.class).withRuntime(SandboxRuntime.KATA);
        document.edit("Offer Kata", tx -> tx.replace(offeringKata));
        ElementId tenant = ElementId.of("tenant-search");

        Agent agent = added(document, new CanvasEdits(document).createInside(ElementKind.AGENT, tenant), Agent.class);

        assertThat(agent.name()).isEqualTo("agent 1");
        assertThat(agent.runtime()).isEqualTo(SandboxRuntime.KATA);
        assertThat(new Analyzer(ReferenceData.bundled()).analyze(document.snapshot()).findings())
                .filteredOn(f -> agent.id().equals(f.element())).noneMatch(f -> f.severity() != Severity.INFO);
    }

    @Test
    void withoutASandboxOnOfferTheAgentRunsUnderRunc() {
        assertThat(ElementFactory.strongestSandbox(null)).isEqualTo(SandboxRuntime.RUNC);
        Cluster gvisor = builder.build().get(cluster, Cluster.class);
        assertThat(ElementFactory.strongestSandbox(gvisor)).isEqualTo(SandboxRuntime.GVISOR);
    }
}

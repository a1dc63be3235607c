package dev.bulkhead.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.diagram.DiagramPainter;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.Element;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.model.TrustLevel;
import dev.bulkhead.persistence.ModelReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Find matches the words the canvas shows, and a trust level only as a whole word (trainer review, issue 14). */
class ElementSearchTest {
    private Model model;

    @BeforeEach
    void openTheProposal() throws Exception {
        model = new ModelReader().read(Path.of("sample-models", "workshop-proposal.bulkhead.json"));
    }

    private List<Element> tenants(java.util.function.Predicate<Tenant> which) {
        return model.all(Tenant.class).stream().filter(which).map(Element.class::cast).toList();
    }

    @Test
    void aTenantsKindFindsItAsTheCanvasWritesItAndAsTheFileDoes() {
        List<Element> internal = tenants(t -> t.tenantKind() == TenantKind.INTERNAL_TEAM);
        assertThat(internal).isNotEmpty();
        assertThat(ElementSearch.find(model, "internal team")).containsExactlyInAnyOrderElementsOf(internal);
        assertThat(ElementSearch.find(model, "internal-team")).containsExactlyInAnyOrderElementsOf(internal);
        assertThat(ElementSearch.find(model, "External customer"))
                .containsExactlyInAnyOrderElementsOf(tenants(t -> t.tenantKind() == TenantKind.EXTERNAL_CUSTOMER)).isNotEmpty();
        assertThat(ElementSearch.find(model, "untrusted code"))
                .containsExactlyInAnyOrderElementsOf(tenants(t -> t.tenantKind() == TenantKind.UNTRUSTED_CODE)).isNotEmpty();
    }

    @Test
    void anOptionFindsTheTenantsItsPillShows() {
        for (TenancyOption option : List.of(TenancyOption.VCLUSTER, TenancyOption.DEDICATED)) {
            List<Element> placed = tenants(t -> DiagramPainter.effectiveOption(model, t) == option);
            assertThat(placed).as("the sample places a tenant on %s", option).isNotEmpty();
            assertThat(ElementSearch.find(model, option.label().toLowerCase(java.util.Locale.ROOT)))
                    .as(option.label()).containsAll(placed);
        }
    }

    @Test
    void aTrustLevelMatchesAsAWholeWordOnly() {
        List<Agent> agents = model.all(Agent.class);
        assertThat(agents).extracting(Agent::trust).contains(TrustLevel.UNTRUSTED);
        assertThat(ElementSearch.find(model, "trusted")).containsExactlyInAnyOrderElementsOf(
                agents.stream().filter(a -> a.trust() == TrustLevel.TRUSTED).map(Element.class::cast).toList());
        assertThat(ElementSearch.find(model, "untrusted")).containsAll(
                agents.stream().filter(a -> a.trust() == TrustLevel.UNTRUSTED).map(Element.class::cast).toList());
        assertThat(ElementSearch.find(model, "LLM-generated code")).containsExactlyInAnyOrderElementsOf(
                agents.stream().filter(a -> a.trust() == TrustLevel.UNTRUSTED).map(Element.class::cast).toList());
    }

    @Test
    void aTagMatchesFromTheStartOfAWordWhileANameMatchesAnywhere() {
        assertThat(ElementSearch.startsAWord("runs untrusted code", "untrusted")).isTrue();
        assertThat(ElementSearch.startsAWord("untrusted-code", "trusted")).isFalse();
        assertThat(ElementSearch.startsAWord("untrusted-code", "code")).isTrue();
        Element named = model.all(Tenant.class).get(0);
        String middle = named.name().substring(1);
        assertThat(ElementSearch.find(model, middle)).contains(named);
    }
}

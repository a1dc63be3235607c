package dev.bulkhead.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulkhead.edit.ScenarioEdits;
import dev.bulkhead.model.Agent;
import dev.bulkhead.model.ElementLayout;
import dev.bulkhead.model.Geometry;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.Scenarios;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.Tenant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Scenarios in the file: overlays on the base that read back to the same model, and older files still open. */
class ScenarioFileTest {
    private static final Path FILE = Path.of("scenarios.bulkhead.json");

    /** A model whose "proposal A" changes a tenant's option, drops an agent, moves a box and changes an assumption. */
    static Model withTwoScenarios() {
        ModelDocument document = new ModelDocument(ModelFileRoundTripTest.sample());
        ScenarioEdits scenarios = new ScenarioEdits(document);
        scenarios.duplicate("proposal A");
        Tenant tenant = document.snapshot().all(Tenant.class).get(0);
        Agent agent = document.snapshot().all(Agent.class).get(0);
        document.edit("Change proposal A", tx -> {
            tx.replace(tenant.withOption(TenancyOption.VCLUSTER));
            tx.remove(agent.id());
            tx.setLayout(tenant.cluster(), new ElementLayout(new Geometry(500, 40, 300, 200), false));
            tx.setSettings(tx.settings().withAssumption("hoursPerMonth", 730.0));
        });
        return document.snapshot();
    }

    @Test
    void scenariosReadBackEqualWithTheActiveOneShown() throws Exception {
        Model model = withTwoScenarios();

        Model read = new ModelReader().parse(FILE, new ModelWriter().toJson(model).getBytes(StandardCharsets.UTF_8));

        assertThat(read).isEqualTo(model);
        assertThat(read.scenarios().active()).isEqualTo("proposal A");
        assertThat(read.inScenario("current")).isEqualTo(model.inScenario("current"));
    }

    @Test
    void theFileHoldsTheBaseWholeAndTheProposalOnlyAsWhatDiffers() throws Exception {
        Model model = withTwoScenarios();
        JsonNode file = new ObjectMapper().readTree(new ModelWriter().toJson(model));

        JsonNode variant = file.at("/scenarios/variants/0");
        assertThat(file.at("/formatVersion").intValue()).isEqualTo(2);
        assertThat(file.at("/scenarios/base").textValue()).isEqualTo("current");
        assertThat(variant.at("/name").textValue()).isEqualTo("proposal A");
        assertThat(variant.at("/tenants")).hasSize(1);
        assertThat(variant.at("/tenants/0/option").textValue()).isEqualTo("vcluster");
        assertThat(variant.has("clusters")).isFalse();
        assertThat(variant.at("/removed")).hasSize(1);
        assertThat(variant.at("/layout")).hasSize(1);
        assertThat(variant.at("/pricing/overrides/hoursPerMonth").doubleValue()).isEqualTo(730.0);
        // The base keeps the agent the proposal dropped, and its own assumption.
        assertThat(file.at("/agents")).hasSize(model.inScenario("current").all(Agent.class).size());
        assertThat(file.at("/pricing/overrides/hoursPerMonth").doubleValue()).isEqualTo(720.0);
        assertThat(ModelSchemaTest.SCHEMA.validate(file)).isEmpty();
    }

    @Test
    void aModelWithOnlyTheDefaultScenarioWritesNoScenarios() {
        assertThat(new ModelWriter().toJson(ModelFileRoundTripTest.sample())).doesNotContain("\"scenarios\"");
    }

    @Test
    void aFormatOneSampleOpensAsOneScenario() throws Exception {
        Model model = new ModelReader().read(Path.of("sample-models", "workshop-starter.bulkhead.json"));

        assertThat(model.scenarios()).isEqualTo(Scenarios.single("current"));
    }

    @Test
    void aBrokenOverlaySaysWhereAndWhatToDo() throws Exception {
        String json = new ModelWriter().toJson(withTwoScenarios());

        assertThat(refuse(json.replace("\"active\" : \"proposal A\"", "\"active\" : \"proposal Z\"")).getMessage())
                .contains("$.scenarios.active: no scenario named 'proposal Z'; this model has: current, proposal A");
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode) new ObjectMapper().readTree(json);
        ((com.fasterxml.jackson.databind.node.ArrayNode) tree.at("/scenarios/variants/0/removed")).set(0, "agent-nothing");
        assertThat(refuse(tree.toPrettyString()).getMessage())
                .contains("$.scenarios.variants[0].removed[0]: removes 'agent-nothing', which the base scenario does not have");
    }

    private static ModelFileException refuse(String content) {
        ModelFileException e = catchThrowableOfType(ModelFileException.class,
                () -> new ModelReader().parse(FILE, content.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).isNotNull();
        return e;
    }
}

package dev.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.edit.ScenarioEdits;
import dev.bulkhead.model.Connection;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.ModelDocument;
import dev.bulkhead.model.NodePool;
import dev.bulkhead.model.Protocol;
import dev.bulkhead.model.TenancyOption;
import dev.bulkhead.model.StoryStep;
import dev.bulkhead.model.StoryView;
import dev.bulkhead.model.Tenant;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.persistence.ModelWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code bulkhead diff} on the workshop starter and the proposal derived from it. Regenerate the golden outputs
 * (and the proposal sample) with {@code mvn test -Dtest=DiffCommandTest -Dbulkhead.updateGolden=true} and review
 * the diff.
 */
class DiffCommandTest {
    private static final boolean UPDATE = Boolean.getBoolean("bulkhead.updateGolden");
    private static final Path STARTER = Path.of("sample-models", "workshop-starter.bulkhead.json");
    private static final Path PROPOSAL = Path.of("sample-models", "workshop-proposal.bulkhead.json");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/diff");
    static final String PROPOSAL_NAME = "Workshop proposal — two scenarios and a story to present";

    /**
     * The proposal sample: the starter as its base scenario "current", and "proposal A" (active) in which the
     * code tutor gets a dedicated cluster, the partner a vCluster, the prod pool a lower ceiling, the prod web
     * shop a larger quota, dev's orders connection is gone and prod's data team calls the LLM API.
     */
    static Model proposal() throws Exception {
        ModelDocument document = new ModelDocument(new ModelReader().read(STARTER));
        // A name of its own: in a file dialog, the title bar and a report the proposal is not mistaken for the starter.
        document.edit("Name the proposal", tx -> tx.setSettings(tx.settings().withName(PROPOSAL_NAME).withDescription(
                "The workshop starter as the base scenario \"current\", and \"proposal A\": the code tutor on a dedicated "
                + "cluster, the partner on a vCluster, a larger quota for prod's web shop and a lower ceiling for prod's pool. "
                + "A story walks a room from one to the other (View > Presentation). "
                + tx.settings().description().substring(tx.settings().description().indexOf("Costed with")))));
        new ScenarioEdits(document).duplicate("proposal A");
        Model m = document.snapshot();
        document.edit("Proposal A", tx -> {
            tx.replace(m.get(ElementId.of("tenant-code-tutor-prod"), Tenant.class).withOption(TenancyOption.DEDICATED));
            tx.replace(m.get(ElementId.of("tenant-partner-acme-prod"), Tenant.class).withOption(TenancyOption.VCLUSTER));
            Tenant shop = m.get(ElementId.of("tenant-web-shop-prod"), Tenant.class);
            tx.replace(shop.withDemand(new dev.bulkhead.model.ResourceDemand(6, shop.demand().memoryGiB(), shop.demand().pods(),
                    shop.demand().storageGiB())));
            NodePool pool = m.get(ElementId.of("pool-prod-d4"), NodePool.class);
            tx.replace(pool.withMaxCount(12));
            tx.remove(ElementId.of("conn-web-data-dev"));
            tx.add(new Connection(ElementId.of("conn-data-llm-prod"), "summaries", ElementId.of("tenant-data-team-prod"),
                    ElementId.of("ext-llm-api"), 443, Protocol.TCP));
        });
        withPlacesAndStory(document);
        return document.snapshot();
    }

    /**
     * Both scenarios placed as the app places them on opening, and the story that walks a room from the current design
     * to proposal A (presentation mode), with its canvas areas taken from those places.
     */
    private static void withPlacesAndStory(ModelDocument document) {
        ScenarioEdits scenarios = new ScenarioEdits(document);
        scenarios.switchTo("current");
        document.edit("Place", dev.bulkhead.diagram.AutoLayout::placeMissingIn);
        scenarios.switchTo("proposal A");
        document.edit("Place", dev.bulkhead.diagram.AutoLayout::placeMissingIn);
        dev.bulkhead.edit.StoryEdits story = new dev.bulkhead.edit.StoryEdits(document);
        String name = "Current design to proposal A";
        story.addStep(name, new StoryStep("current", StoryView.canvas(932, 276, 0.8), null,
                "Today: two AKS clusters, dev and prod, and no option chosen, so every tenant is costed as a namespace."));
        story.addStep(name, new StoryStep("current", StoryView.canvas(962, 273, 1.4), ElementId.of("tenant-code-tutor-prod"),
                "The code tutor runs learners' code, untrusted by definition. The cards below count what each option leaves unmet."));
        story.addStep(name, new StoryStep("current", StoryView.compareView(), null,
                "The options for the whole model side by side: what each costs a month and how well it isolates, dimension by dimension."));
        story.addStep(name, new StoryStep("proposal A", StoryView.canvas(1176, 288, 1.0), ElementId.of("tenant-partner-acme-prod"),
                "Proposal A: the code tutor gets a dedicated cluster, the partner a vCluster, and prod's pool a lower ceiling. "
                + "Still open: the partner's kernel requirement, as a vCluster's pods run under runc on shared nodes."));
        story.addStep(name, new StoryStep("proposal A", StoryView.compareView(), null,
                "What proposal A costs beside the options. Try the what-ifs (three times the tenants, dearer cloud prices, gVisor on a cluster) and watch the figures change."));
    }

    @Test
    void theProposalSampleIsTheStarterWithProposalA() throws Exception {
        String expected = new ModelWriter().toJson(proposal());
        if (UPDATE) {
            Files.writeString(PROPOSAL, expected);
        }
        assertThat(Files.readString(PROPOSAL)).as("regenerate with -Dbulkhead.updateGolden=true").isEqualTo(expected);
    }

    @Test
    void theProposalIsNamedForWhatItIsAndItsStorySaysWhatItLeavesUnmet() throws Exception {
        Model starter = new ModelReader().read(STARTER);
        Model proposal = new ModelReader().read(PROPOSAL);
        assertThat(proposal.settings().name()).isNotEqualTo(starter.settings().name()).startsWith("Workshop proposal");

        var analysis = new dev.bulkhead.analysis.Analyzer(dev.bulkhead.reference.ReferenceData.bundled()).analyze(proposal);
        var partner = analysis.whole().option(dev.bulkhead.analysis.OptionKey.CURRENT).isolation().get(ElementId.of("tenant-partner-acme-prod"));
        assertThat(partner.shortfalls()).extracting(dev.bulkhead.analysis.Shortfall::dimension)
                .containsExactly(dev.bulkhead.model.IsolationDimension.KERNEL);
        StoryStep partnerStep = proposal.stories().all().get(0).steps().stream()
                .filter(step -> ElementId.of("tenant-partner-acme-prod").equals(step.highlight())).findFirst().orElseThrow();
        assertThat(partnerStep.note()).contains("the partner's kernel requirement");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "markdown"})
    void theStarterAndTheProposalDifferAsTheGoldenSays(String format) throws Exception {
        CliRun run = CliRun.of("diff", STARTER.toString(), PROPOSAL.toString(), "--format", format);

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isEqualTo(1);
        Path golden = GOLDEN.resolve("starter-to-proposal." + (format.equals("markdown") ? "md" : format.equals("json") ? "json" : "txt"));
        if (UPDATE) {
            Files.writeString(golden, run.out());
        }
        assertThat(run.out()).as("golden %s; regenerate with -Dbulkhead.updateGolden=true", golden).isEqualTo(Files.readString(golden));
    }

    @Test
    void whatTheDiffSaysInTermsOfTheRoom() {
        String out = CliRun.of("diff", STARTER.toString(), PROPOSAL.toString()).out();

        assertThat(out).contains("prod / code-tutor: ")
                .contains("+ Connection summaries (prod): data-team → LLM API port 443/tcp")
                .contains("- Connection orders (dev): web-shop → data-team port 5432/tcp")
                .contains("~ Node pool d4s-v5 (prod): maxCount: 20 → 12")
                .contains("~ Tenant web-shop (prod): demand.cpu: 4 → 6")
                .contains("~ Tenant code-tutor (prod): option: follows environment prod (undecided) → Dedicated")
                .contains("~ Tenant partner-acme (prod): option: follows environment prod (undecided) → vCluster")
                // One move, one vocabulary: the compare view's column names, in the moved list as in the option change.
                .contains("prod / code-tutor: Namespace → Dedicated\n")
                .contains("prod / partner-acme: Namespace → vCluster\n")
                .doesNotContain("dedicated cluster").doesNotContain("→ vcluster").doesNotContain("→ dedicated\n");
    }

    @Test
    void aVerdictThatTurnsNamesTheRequirementThatTurnedIt() {
        String out = CliRun.of("diff", STARTER.toString(), PROPOSAL.toString()).out();

        // The untrusted code tutor leaves the shared nodes, so its neighbours no longer need a sandboxed kernel.
        // data-team was not edited: the line says what changed its requirement (the tutor's code left its nodes).
        assertThat(out).contains("; isolation 21.9 → 21.9; "
                + "requirement unmet → met (Kernel / runtime: 0 (needs 1) → 0 (needs 0)), because the hard gate lifted (nothing on "
                + "its nodes runs untrusted code under runc now); before: the own pods of 'code-tutor'");
        // The tutor moved itself onto nodes of its own: its option change says why, no "because" repeats it.
        assertThat(out).containsPattern("prod / code-tutor: Namespace → Dedicated; .*requirement unmet → met \\([^\\n]*\\)\\n");
        // A verdict that stays unmet names no gate: the gate lifted for it too, but that turned nothing.
        assertThat(out).containsPattern("prod / partner-acme: [^\\n]*requirement unmet → unmet \\([^\\n]*\\)\\n")
                .doesNotContainPattern("prod / partner-acme: [^\\n]*hard gate");
        // And a verdict that stays unmet says what still falls short.
        assertThat(out).containsPattern("prod / partner-acme: .*requirement unmet → unmet \\(.*Kernel / runtime: 0 \\(needs 2\\) → 0 \\(needs 2\\);");
    }

    @Test
    void anUneditedTenantWhoseCostChangedSaysWhichPartOfItsCostChangedAndWhatMovedBesideIt() {
        String out = CliRun.of("diff", STARTER.toString(), PROPOSAL.toString()).out();

        // data-team was not edited: its bill moved because the tutor left the shared nodes and the partner's vCluster
        // control plane joined them, which the analysis splits over the tenants there.
        assertThat(out).contains("prod / data-team: Namespace; $536.20 → $514.02 (-$22.18), because its share of cluster "
                + "aks-prod's shared nodes (-$5.55) and cluster-wide costs (-$16.63) changed as code-tutor moved (Namespace → "
                + "Dedicated); partner-acme moved (Namespace → vCluster); web-shop changed (demand.cpu: 4 → 6); and 1 more;");
        // A tenant edited itself or moved gives no such reason: its own change says why.
        assertThat(out).doesNotContainPattern("prod / (web-shop|code-tutor|partner-acme): [^\\n]*its share of");
    }

    @Test
    void aTenantThatFollowsItsEnvironmentSaysWhichEditMovedIt() throws Exception {
        Model before = new ModelReader().read(STARTER);
        ModelDocument document = new ModelDocument(before);
        dev.bulkhead.model.Environment prod = before.get(ElementId.of("env-prod"), dev.bulkhead.model.Environment.class);
        document.edit("prod on dedicated clusters", tx -> tx.replace(prod.withOption(TenancyOption.DEDICATED)));
        var analyzer = new dev.bulkhead.analysis.Analyzer(dev.bulkhead.reference.ReferenceData.bundled());
        var diff = dev.bulkhead.analysis.diff.ModelDiff.between("before", analyzer.analyze(before), "after",
                analyzer.analyze(document.snapshot()));
        String text = dev.bulkhead.analysis.diff.DiffText.text(diff);

        assertThat(diff.moved()).isNotEmpty();
        for (var tenant : diff.moved()) {
            assertThat(tenant.movedBecause()).isEqualTo("follows environment prod's option (undecided → Dedicated)");
            assertThat(text).contains("prod / " + tenant.name() + ": Namespace → Dedicated, because follows environment prod's "
                    + "option (undecided → Dedicated)");
        }
        assertThat(text).contains("~ Environment prod: option: undecided → Dedicated").doesNotContain("dedicated cluster");
    }

    @Test
    void theJsonGivesMoneyAsExactNumbersInANamedCurrency() throws Exception {
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(CliRun.of("diff", STARTER.toString(), PROPOSAL.toString(), "--format", "json").out());

        assertThat(json.path("currency").asText()).isEqualTo("USD");
        assertThat(json.at("/monthlyCost/after").isNumber()).isTrue();
        assertThat(json.at("/monthlyCost/after").decimalValue()).isEqualByComparingTo("4903.15");
        assertThat(json.at("/tenants/0/monthlyCost/before").decimalValue()).isEqualByComparingTo("940.13");
        assertThat(json.at("/tenants/1/requirementChanges/0/dimension").asText()).isEqualTo("kernel");
        assertThat(json.at("/tenants/1/requirementChanges/0/met/after").asBoolean()).isTrue();
    }

    @Test
    void aScenarioAgainstItselfAndTheBaseAgainstTheStarterHaveNoDifference() {
        CliRun same = CliRun.of("diff", PROPOSAL.toString(), PROPOSAL.toString());
        CliRun base = CliRun.of("diff", STARTER.toString(), PROPOSAL.toString(), "--to-scenario", "current");

        assertThat(same.status()).isZero();
        assertThat(same.out()).contains("No differences (layout aside).");
        assertThat(base.status()).isZero();
    }

    @Test
    void twoScenariosOfOneFileDiffLikeTwoFiles() {
        CliRun scenarios = CliRun.of("diff", PROPOSAL.toString(), PROPOSAL.toString(), "--from-scenario", "current",
                "--to-scenario", "proposal A");
        CliRun files = CliRun.of("diff", STARTER.toString(), PROPOSAL.toString());

        assertThat(scenarios.status()).isEqualTo(1);
        assertThat(scenarios.out().lines().skip(1).toList()).isEqualTo(files.out().lines().skip(1).toList());
    }

    @Test
    void anUnreadableFileOrUnknownScenarioExitsWithTwoAndOneLine(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path broken = folder.resolve("broken.bulkhead.json");
        Files.writeString(broken, "{\"formatVersion\": 1, \"name\": ");

        CliRun unreadable = CliRun.of("diff", STARTER.toString(), broken.toString());
        CliRun unknown = CliRun.of("diff", STARTER.toString(), PROPOSAL.toString(), "--to-scenario", "proposal Z");

        assertThat(unreadable.status()).isEqualTo(2);
        assertThat(unreadable.err().lines()).hasSize(1);
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("bulkhead: no scenario 'proposal Z' in the model; it has current, proposal A");
    }

    @Test
    void compareOfAScenarioHasTheAppsAsModelledColumnFirst() {
        String proposal = CliRun.of("compare", PROPOSAL.toString(), "--scenario", "proposal A").out();
        String base = CliRun.of("compare", PROPOSAL.toString(), "--scenario", "current").out();
        String starter = CliRun.of("compare", STARTER.toString()).out();

        // The compare view heads the column so (ComparisonTableView): the proposal as modelled, then the four options.
        assertThat(proposal.lines().skip(2).findFirst().orElseThrow().strip())
                .startsWith("proposal A (as modelled)").containsSubsequence("Namespace", "vCluster", "Dedicated", "Recommended mix");
        // Its total is the proposal's own design, the diff's "after": $4,903.15.
        assertThat(proposal).containsPattern("\\nTotal +\\$4,903\\.15 \\+ not priced +\\$3,251\\.26");
        assertThat(base.lines().skip(2).findFirst().orElseThrow().strip()).startsWith("current ");
        // A model without scenarios prints the four options as before.
        assertThat(starter.lines().skip(2).findFirst().orElseThrow().strip()).startsWith("Namespace ");
    }

    @Test
    void compareAndExportTakeAScenario() {
        CliRun base = CliRun.of("compare", PROPOSAL.toString(), "--scenario", "current", "--format", "csv");
        CliRun starter = CliRun.of("compare", STARTER.toString(), "--format", "csv");
        CliRun proposal = CliRun.of("compare", PROPOSAL.toString(), "--format", "csv");
        CliRun unknown = CliRun.of("export", PROPOSAL.toString(), "--scenario", "nope", "--to", "k8s", "--out", "target/never");

        assertThat(base.out()).isEqualTo(starter.out());
        assertThat(proposal.out()).isNotEqualTo(starter.out());
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("bulkhead: no scenario 'nope' in the model; it has current, proposal A");
    }
}

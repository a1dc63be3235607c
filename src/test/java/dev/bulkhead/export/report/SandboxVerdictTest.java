package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analysis;
import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.FindingCode;
import dev.bulkhead.analysis.WeakSandboxes;
import dev.bulkhead.cli.CliRun;
import dev.bulkhead.diagram.svg.SvgSurface;
import dev.bulkhead.model.Criticality;
import dev.bulkhead.model.ElementId;
import dev.bulkhead.model.EnvironmentKind;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.Provider;
import dev.bulkhead.model.ResourceDemand;
import dev.bulkhead.model.SandboxRuntime;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.model.TrustLevel;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.TestModels;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * "Meets every requirement" is never said while an agent's sandbox is weaker than its threat model calls for: review R12j
 * read it in the SaaS's summary above 45 agents under gVisor or runc whose threat model calls for a VM. No option changes
 * an agent's runtime, so the verdict names what it leaves unmet.
 */
class SandboxVerdictTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());
    private static final String UNQUALIFIED = "meets every requirement:";

    @Test
    void theSaasVerdictNamesTheAgentsWhoseSandboxesAreWeakerThanTheirThreatModelCallsFor() throws Exception {
        Analysis analysis = ANALYZER.analyze(new ModelReader().read(Path.of("sample-models/ai-agent-saas.bulkhead.json")));
        ProposalReport report = ProposalReport.of(analysis, null, null, LocalDate.of(2026, 12, 1));
        // The agents the findings warn of: weaker than advised, or untrusted under runc (the weakest of all).
        long warned = analysis.findings().stream().filter(f -> f.code() == FindingCode.SANDBOX_WEAKER_THAN_ADVISED
                || f.code() == FindingCode.UNTRUSTED_AGENT_UNSANDBOXED).count();
        assertThat(warned).as("the sample still shows the case").isEqualTo(45);

        String summary = report.recommendation();
        assertThat(summary).startsWith("Cheapest that meets every requirement except 45 agents' sandbox strength: Recommended mix at ")
                .doesNotContain(UNQUALIFIED);
        // The requirements say how each falls short, and why no option meets it.
        String unmet = "45 agents run under gVisor (43) or runc (2) where their threat model calls for Kata Containers (VM per pod) "
                + "for 27 or Firecracker microVM for 18; the options place tenants, keeping each agent's runtime as modelled and "
                + "priced. Findings names each.";
        assertThat(new Requirements(analysis, report.scope()).unmet("bulkhead compare")).last()
                .isEqualTo(new Requirements.ShortRow("every option", "45 agents' sandboxes", unmet));
        String pdf;
        try (PDDocument document = Loader.loadPDF(PdfReport.of(report, "m.bulkhead.json"))) {
            pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        String markdown = MarkdownReport.of(report, "m.bulkhead.json");
        String html = HtmlReport.of(report, "m.bulkhead.json");
        assertThat(markdown).contains(summary).contains("| every option | 45 agents' sandboxes | " + unmet + " |");
        assertThat(html).contains(SvgSurface.escape(summary)).contains(SvgSurface.escape(unmet));
        assertThat(pdf).contains(summary.replaceAll("\\s+", " ")).contains(unmet);
        for (String text : List.of(markdown, html, pdf)) {
            assertThat(text).doesNotContain(UNQUALIFIED);
        }
        // One environment's report counts that environment's agents.
        dev.bulkhead.model.Environment prod = analysis.model().all(dev.bulkhead.model.Environment.class).stream()
                .filter(e -> e.name().equals("prod")).findFirst().orElseThrow();
        int inProd = WeakSandboxes.of(analysis, prod.id()).agents().size();
        assertThat(inProd).isBetween(1, 44);
        assertThat(ProposalReport.of(analysis, prod, null, LocalDate.of(2026, 12, 1)).recommendation())
                .contains("except " + inProd + " agents' sandbox strength").doesNotContain(UNQUALIFIED);
    }

    @Test
    void onASmallModelTheVerdictIsQualifiedExactlyWhileTheAgentsSandboxIsWeakerThanAdvised() {
        ProposalReport weak = report(SandboxRuntime.GVISOR);
        assertThat(weak.analysis().sandboxAdvice().values()).singleElement().satisfies(advice -> {
            assertThat(advice.currentIsEnough()).as("gVisor is weaker than the advice").isFalse();
            assertThat(weak.scope().cheapestMeetingAll()).as("some option meets every tenant's requirement").isPresent();
        });
        assertThat(weak.recommendation()).contains("meets every requirement except 1 agent's sandbox strength: ")
                .doesNotContain(UNQUALIFIED);
        assertThat(new Requirements(weak.analysis(), weak.scope()).unmet("bulkhead compare")).last().satisfies(row -> {
            assertThat(row.tenant()).isEqualTo("1 agent's sandbox");
            assertThat(row.shortOf()).startsWith("1 agent runs under gVisor where its threat model calls for "
                    + weak.analysis().sandboxAdvice().values().iterator().next().recommended().label() + ";");
        });

        // Under the runtime its threat model calls for, the verdict is the plain one.
        SandboxRuntime advised = weak.analysis().sandboxAdvice().values().iterator().next().recommended().runtime();
        ProposalReport strong = report(advised);
        assertThat(strong.analysis().sandboxAdvice().values()).singleElement().satisfies(advice ->
                assertThat(advice.currentIsEnough()).isTrue());
        assertThat(strong.recommendation()).startsWith("Cheapest that meets every requirement: ").doesNotContain("except");
        assertThat(new Requirements(strong.analysis(), strong.scope()).unmet("bulkhead compare"))
                .noneMatch(row -> row.option().equals("every option"));
    }

    @Test
    void theCompareCommandQualifiesItsVerdictAlike() {
        CliRun run = CliRun.of("compare", "sample-models/ai-agent-saas.bulkhead.json");
        assertThat(run.out()).as(run.err()).contains("Cheapest choice that meets every requirement except 45 agents' sandbox strength: ")
                .contains(". Not met by any option: 45 agents run under gVisor (43) or runc (2)").doesNotContain(UNQUALIFIED);
    }

    /** One prod cluster offering Kata, one internal team whose untrusted agent runs under {@code runtime}. */
    private static ProposalReport report(SandboxRuntime runtime) {
        TestModels b = TestModels.builder();
        ElementId prod = b.environment("prod", EnvironmentKind.PROD, Criticality.HIGH);
        ElementId cluster = b.cluster(prod, "eks-prod", Provider.EKS);
        b.pool(cluster, "general", 4, 16, 3, 20);
        ElementId team = b.tenant(cluster, "analytics", TenantKind.INTERNAL_TEAM, new ResourceDemand(4, 8, 40, 50));
        b.agent(team, "coder", TrustLevel.UNTRUSTED, runtime);
        Model model = b.build();
        return ProposalReport.of(ANALYZER.analyze(model), null, null, LocalDate.of(2026, 12, 1));
    }
}

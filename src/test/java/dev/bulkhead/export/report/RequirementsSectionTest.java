package dev.bulkhead.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.analysis.Analyzer;
import dev.bulkhead.analysis.OptionKey;
import dev.bulkhead.analysis.OptionResult;
import dev.bulkhead.analysis.TenantIsolation;
import dev.bulkhead.model.IsolationDimension;
import dev.bulkhead.model.Model;
import dev.bulkhead.model.TenantKind;
import dev.bulkhead.persistence.ModelReader;
import dev.bulkhead.reference.ReferenceData;
import dev.bulkhead.testing.GeneratedModels;
import java.nio.file.Path;
import java.time.LocalDate;
import dev.bulkhead.reference.IsolationRubric;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The report says what each kind of tenant requires, the rule that holds a regulated tenant to less outside prod, and
 * who each option falls short of, on which dimension and why (review R12f, 4: "Unmet requirements: 1 tenant" named
 * nobody, and a bank's PCI tenant sat on a shared namespace in staging with no reason given).
 */
class RequirementsSectionTest {
    private static final Analyzer ANALYZER = new Analyzer(ReferenceData.bundled());

    private static ProposalReport report(Model model) {
        return ProposalReport.of(ANALYZER.analyze(model), null, null, LocalDate.of(2026, 12, 1));
    }

    private static List<String> formats(ProposalReport report) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PdfReport.of(report, "m.bulkhead.json"))) {
            return List.of(MarkdownReport.of(report, "m.bulkhead.json").replaceAll("\\s+", " "),
                    HtmlReport.of(report, "m.bulkhead.json").replaceAll("<[^>]+>", " ").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replaceAll("\\s+", " "),
                    new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "));
        }
    }

    @Test
    void theBankReportSaysWhatEachKindNeedsWhyPaymentsNeedsLessInStagingAndWhoFallsShort() throws Exception {
        ProposalReport report = report(new ModelReader().read(Path.of("sample-models/internal-platform.bulkhead.json")));
        Requirements requirements = report.requirements();
        // The kinds table is the rubric's, dimension by dimension.
        for (Requirements.KindRow row : requirements.kinds()) {
            TenantKind kind = Arrays.stream(TenantKind.values()).filter(k -> k.label().equals(row.kind())).findFirst().orElseThrow();
            assertThat(row.required()).isEqualTo(Arrays.stream(IsolationDimension.values())
                    .map(d -> ReferenceData.bundled().rubric().requirements().get(kind).get(d)).toList());
        }
        assertThat(requirements.heldToAnotherKind()).containsExactly("2 tenants of kind \"regulated\", held to the \"internal team\" "
                + "requirement here (the inspector shows each tenant's): payments (dev); payments (staging).");
        // Each option's unmet tenants are the analysis's own, each with its shortfalls.
        for (OptionKey key : ProposalReport.tableColumns()) {
            OptionResult option = report.scope().option(key);
            List<Requirements.ShortRow> rows = requirements.unmet("c").stream()
                    .filter(r -> r.option().equals(key.label(report.model().scenarios()))).toList();
            if (option.failing().isEmpty()) {
                assertThat(rows).extracting(Requirements.ShortRow::tenant).containsExactly("none");
            } else {
                assertThat(rows).extracting(Requirements.ShortRow::tenant).containsExactly("payments (prod)");
                assertThat(rows.get(0).shortOf()).contains(option.failing().get(0).shortfalls().get(0).describe(),
                        "Compliance boundary " + option.failing().get(0).scores().get(IsolationDimension.COMPLIANCE) + " < required 4");
            }
        }
        for (String text : formats(report)) {
            assertThat(text).contains("Requirements", Requirements.meansNote(report.scope()), Requirements.UNMET_HEADING,
                    requirements.heldToAnotherKind().get(0), "Compliance boundary 1 < required 4: Shared cluster and audit scope",
                    "payments (prod)", "Tenants of kind \"regulated\" are held to that requirement only in environments of kind");
        }
    }

    /** A large model's lists name a few tenants per option and count the rest, pointing to where each is listed. */
    @Test
    void theKindsTableIsTheRubricTheAnalysisScoredByNotTheBundledOne() throws Exception {
        // An analysis scored by another rubric (a team that requires 4 for every internal team's network): the report
        // describes that rubric, or its kinds table would contradict its own shortfalls.
        ReferenceData bundled = ReferenceData.bundled();
        IsolationRubric base = bundled.rubric();
        Map<TenantKind, Map<IsolationDimension, Integer>> requirements = new EnumMap<>(base.requirements());
        Map<IsolationDimension, Integer> stricter = new EnumMap<>(requirements.get(TenantKind.INTERNAL_TEAM));
        stricter.put(IsolationDimension.NETWORK, 4);
        requirements.put(TenantKind.INTERNAL_TEAM, stricter);
        IsolationRubric strict = new IsolationRubric(base.scores(), base.runtimes(), requirements, base.requirementEvidence(),
                base.untrustedAgentKernelRequirement(), base.untrustedWeights(), base.weightsEvidence(), base.hardGateMax(),
                base.hardGateEvidence(), base.hardGateKernelRequirement(), base.thirdPartyCodeKernelRequirement(),
                base.environmentScopes());
        Analyzer analyzer = new Analyzer(new ReferenceData(bundled.profiles(), bundled.assumptions(), strict));
        ProposalReport report = ProposalReport.of(analyzer.analyze(new ModelReader().read(Path.of("sample-models/internal-platform.bulkhead.json"))),
                null, null, LocalDate.of(2026, 12, 1));

        Requirements.KindRow internal = report.requirements().kinds().stream()
                .filter(row -> row.kind().equals(TenantKind.INTERNAL_TEAM.label())).findFirst().orElseThrow();
        assertThat(internal.required().get(IsolationDimension.NETWORK.ordinal())).isEqualTo(4);
    }

    @Test
    void aLargeModelNamesFiveTenantsPerOptionAndCountsTheRest() throws Exception {
        ProposalReport report = report(GeneratedModels.platform(3, 2, 250, 120, 250, 42));
        List<Requirements.ShortRow> rows = report.requirements().unmet(report.compareCommand("m.bulkhead.json"));
        boolean gated = false;
        for (OptionKey key : ProposalReport.tableColumns()) {
            List<TenantIsolation> failing = report.scope().option(key).failing();
            List<Requirements.ShortRow> mine = rows.stream().filter(r -> r.option().equals(key.label(report.model().scenarios()))).toList();
            int named = (int) mine.stream().filter(r -> !r.tenant().startsWith("and ") && !r.tenant().equals("none")).count();
            assertThat(named).isEqualTo(Math.min(failing.size(), Requirements.NAMED_TENANTS));
            if (failing.size() > Requirements.NAMED_TENANTS) {
                assertThat(mine.get(mine.size() - 1)).isEqualTo(new Requirements.ShortRow(key.label(report.model().scenarios()),
                        "and " + (failing.size() - named) + " more", "of " + failing.size() + " tenants in all; "
                        + "bulkhead compare m.bulkhead.json --format json lists each with its shortfalls"));
            }
            gated |= mine.stream().anyMatch(r -> r.shortOf().contains("hard gate: "));
        }
        assertThat(gated).as("the hard gate's cause is named").isTrue();
        String pdf = formats(report).get(2);
        rows.forEach(row -> assertThat(pdf).contains(row.shortOf().replaceAll("\\s+", " ")));
    }
}

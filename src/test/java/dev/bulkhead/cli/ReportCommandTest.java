package dev.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulkhead report}: PDF, Markdown or HTML by the file's extension, headless. */
class ReportCommandTest {
    private static final String SAMPLE = "sample-models/workshop-starter.bulkhead.json";

    @TempDir
    Path folder;

    @Test
    void writesEachFormatInAJvmWithNoDisplayAndLoadsNoJavaFx() throws Exception {
        for (String name : List.of("report.pdf", "report.md", "report.html")) {
            List<String> log = RenderCommandTest.runHeadless("report", SAMPLE, "--out", folder.resolve(name).toString(),
                    "--author", "Ada");
            assertThat(folder.resolve(name)).isNotEmptyFile();
            assertThat(log).filteredOn(line -> line.contains(" javafx.") || line.contains(" com.sun.javafx.")
                    || line.contains(" com.sun.glass.") || line.contains(" com.sun.prism.")).isEmpty();
        }
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("report.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Prepared by: Ada");
        }
        assertThat(Files.readString(folder.resolve("report.md"), StandardCharsets.UTF_8)).startsWith("# ");
    }

    @Test
    void oneEnvironmentAndOneLineErrors() {
        CliRun run = CliRun.of("report", "sample-models/ai-agent-saas.bulkhead.json", "--out", folder.resolve("prod.md").toString(),
                "--environment", "prod");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("environment prod");

        CliRun wrong = CliRun.of("report", SAMPLE, "--out", folder.resolve("report.docx").toString());
        assertThat(wrong.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err().strip().lines()).hasSize(1).first().asString().contains("--out must end in .pdf, .md or .html");
    }

    /**
     * A proposal's report never calls its design "Current design": that reads as the base scenario, named "current",
     * which costs something else. Its table column, chart table and findings name the proposal as the compare view does.
     */
    @Test
    void aProposalsReportNamesItsDesignByTheScenarioNotAsTheCurrentDesign() throws Exception {
        Path out = folder.resolve("a.md");
        CliRun run = CliRun.of("report", "sample-models/workshop-proposal.bulkhead.json", "--scenario", "proposal A", "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        String report = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(report).doesNotContain("Current design").doesNotContain("the current design")
                .contains("| proposal A (as modelled) | $").contains("proposal A (as modelled):");

        // The base scenario's report names it by its name, unmarked, as compare --scenario current heads its column.
        Path base = folder.resolve("base.md");
        assertThat(CliRun.of("report", "sample-models/workshop-proposal.bulkhead.json", "--scenario", "current", "--out", base.toString())
                .status()).isZero();
        assertThat(Files.readString(base, StandardCharsets.UTF_8)).contains("| current | $").doesNotContain("(as modelled)");
    }

    /**
     * The base scenario has one name in every command: a room that reads "Current design" in the report and "current"
     * in compare takes them for two designs. Report (table, chart, findings), compare (table, CSV, JSON), diff and the
     * export README all say "current"; a model that never made scenarios still says "Current design".
     */
    @Test
    void theBaseScenarioHasOneNameInEveryCommand() throws Exception {
        String proposal = "sample-models/workshop-proposal.bulkhead.json";
        Path md = folder.resolve("base.md");
        assertThat(CliRun.of("report", proposal, "--scenario", "current", "--out", md.toString()).status()).isZero();
        String report = Files.readString(md, StandardCharsets.UTF_8);
        String chart = Files.readString(folder.resolve("base-cost-isolation.svg"), StandardCharsets.UTF_8);
        String table = CliRun.of("compare", proposal, "--scenario", "current").out();
        String csv = CliRun.of("compare", proposal, "--scenario", "current", "--format", "csv").out();
        String json = CliRun.of("compare", proposal, "--scenario", "current", "--format", "json").out();
        String diff = CliRun.of("diff", proposal, proposal, "--from-scenario", "current", "--to-scenario", "proposal A").out();
        Path exported = folder.resolve("k8s");
        assertThat(CliRun.of("export", proposal, "--scenario", "current", "--to", "k8s", "--out", exported.toString()).status()).isZero();
        String readme = Files.readString(exported.resolve("README.md"), StandardCharsets.UTF_8);

        assertThat(table.lines().skip(2).findFirst().orElseThrow().strip()).startsWith("current ");
        assertThat(report).contains("| current | $").contains("| | current | Namespace |").contains("\ncurrent: each tenant as drawn");
        assertThat(chart).contains(">current · $");
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("section,line,current,Namespace,vCluster,Dedicated,Recommended mix");
        assertThat(json).contains("\"heading\" : \"current\"");
        assertThat(diff).startsWith("Diff: workshop-proposal.bulkhead.json (current) → ");
        assertThat(readme).contains("Exported from scenario **current** of the model.");
        for (String out : List.of(report, chart, table, csv, json, diff, readme)) {
            assertThat(out).doesNotContainIgnoringCase("current design");
        }

        // Findings: the blast-radius finding of a model with scenarios names the scenario, not "the current design".
        dev.bulkhead.model.ModelDocument document = new dev.bulkhead.model.ModelDocument(
                new dev.bulkhead.persistence.ModelReader().read(Path.of("sample-models/ai-agent-saas.bulkhead.json")));
        new dev.bulkhead.edit.ScenarioEdits(document).duplicate("proposal A");
        Path scenarios = folder.resolve("saas.bulkhead.json");
        Files.writeString(scenarios, new dev.bulkhead.persistence.ModelWriter().toJson(document.snapshot()));
        String base = CliRun.of("compare", scenarios.toString(), "--scenario", "current", "--format", "json").out();
        String other = CliRun.of("compare", scenarios.toString(), "--scenario", "proposal A", "--format", "json").out();
        String plain = CliRun.of("compare", "sample-models/ai-agent-saas.bulkhead.json", "--format", "json").out();
        assertThat(base).contains("\"message\" : \"in scenario current a compromised agent").doesNotContain("current design");
        assertThat(other).contains("\"message\" : \"in proposal A (as modelled) a compromised agent");
        assertThat(plain).contains("\"message\" : \"in the current design a compromised agent");
    }

    /** --scenario matches a name ignoring case when only one scenario has it; an unknown one still lists the valid names. */
    @Test
    void theScenarioOptionMatchesIgnoringCaseWhenUnambiguous() throws Exception {
        Path out = folder.resolve("upper.md");
        CliRun run = CliRun.of("report", "sample-models/workshop-proposal.bulkhead.json", "--scenario", "PROPOSAL a", "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("proposal A (as modelled)");

        CliRun unknown = CliRun.of("report", "sample-models/workshop-proposal.bulkhead.json", "--scenario", "proposal Z", "--out", out.toString());
        assertThat(unknown.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("no scenario 'proposal Z'").contains("current, proposal A");
    }

    /** A file the system refuses names the user's --out, never the temporary file written first, on one line. */
    @Test
    void aWriteErrorNamesTheUsersPathAndWhatToDo() {
        CliRun run = CliRun.of("report", SAMPLE, "--out", "/proc/x.pdf");

        assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).contains("could not write /proc/x.pdf").doesNotContain(".tmp").contains("--out");
    }

    /**
     * A Markdown report links its diagrams (the whole model's, then each environment's, as that one summarises clusters)
     * and both charts as SVG files beside it, named after it; each parses as XML and carries the names it shows as text;
     * nothing else is written, in that folder or outside it.
     */
    @Test
    void aMarkdownReportLinksItsPicturesWrittenBesideIt() throws Exception {
        Path inside = Files.createDirectory(folder.resolve("out"));
        CliRun run = CliRun.of("report", "sample-models/ai-agent-saas.bulkhead.json", "--out", inside.resolve("my proposal.md").toString());
        assertThat(run.status()).as(run.err()).isZero();
        // The whole model's diagram summarises the sample's clusters, so dev and staging have a diagram of their own; prod's
        // would only repeat the summary of its one cluster, too large to draw in full. Last, the diagram with the mix applied.
        // And, as its mix's export (vCluster Platform) blocks more flows than the report lists, the file of all of them.
        assertThat(run.out()).contains("and my proposal-blocked-flows.csv, my proposal-diagram.svg, my proposal-diagram-dev.svg, "
                + "my proposal-diagram-staging.svg, my proposal-diagram-recommended-mix.svg, my proposal-cost-isolation.svg, "
                + "my proposal-growth.svg beside it");

        String md = Files.readString(inside.resolve("my proposal.md"), StandardCharsets.UTF_8);
        java.util.regex.Matcher links = java.util.regex.Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)").matcher(md);
        List<String> linked = new java.util.ArrayList<>();
        while (links.find()) {
            linked.add(java.net.URLDecoder.decode(links.group(1), StandardCharsets.UTF_8));
        }
        assertThat(linked).containsExactly("my proposal-diagram.svg", "my proposal-diagram-dev.svg", "my proposal-diagram-staging.svg",
                "my proposal-diagram-recommended-mix.svg", "my proposal-cost-isolation.svg", "my proposal-growth.svg");
        try (var written = Files.list(inside)) {
            assertThat(written.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("my proposal.md", "my proposal-blocked-flows.csv", "my proposal-diagram.svg",
                            "my proposal-diagram-dev.svg",
                            "my proposal-diagram-staging.svg", "my proposal-diagram-recommended-mix.svg", "my proposal-cost-isolation.svg",
                            "my proposal-growth.svg");
        }
        try (var outside = Files.list(folder)) {
            assertThat(outside).containsExactly(inside);
        }
        // The diagram as the PDF prints it: too small for 59 tenants' names, each cluster is named with its counts.
        assertThat(svgTexts(inside.resolve(linked.get(0)))).contains("eks-prod", "40 tenants: 40 undecided", "36 agents, 34 sandboxed",
                "prod", "staging");
        // The mix's: each cluster's tenants counted as the mix places them, none undecided.
        assertThat(svgTexts(inside.resolve(linked.get(3)))).contains("40 tenants: ").doesNotContain("undecided,", "undecided\n");
        assertThat(svgTexts(inside.resolve(linked.get(4)))).contains("monthly cost", "Namespace ·", "vCluster ·",
                "Dedicated ·", "Recommended mix ·");
        assertThat(svgTexts(inside.resolve(linked.get(5)))).contains("Namespace", "vCluster", "Dedicated");
    }

    /** The text of every {@code <text>} element of an SVG file, which must parse as XML. */
    static String svgTexts(Path svg) throws Exception {
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.NodeList texts = factory.newDocumentBuilder().parse(svg.toFile())
                .getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        return all.toString();
    }

    /** Without --author the title page names nobody: the OS user (often "root") is not who wrote the proposal. */
    @Test
    void withoutAuthorTheTitlePageNamesNobody() throws Exception {
        Path pdfFile = folder.resolve("anonymous.pdf");
        CliRun run = CliRun.of("report", SAMPLE, "--out", pdfFile.toString());

        assertThat(run.status()).as(run.err()).isZero();
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("Prepared by");
        }
    }
}

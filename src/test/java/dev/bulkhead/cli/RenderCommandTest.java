package dev.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulkhead render}: headless, one file exactly where --out says, one-line errors. */
class RenderCommandTest {
    private static final String SAMPLE = "sample-models/ai-agent-saas.bulkhead.json";

    @TempDir
    Path folder;

    @Test
    void rendersEveryFormatInAJvmWithNoDisplayAndLoadsNoJavaFx() throws Exception {
        for (String format : List.of("png", "svg", "pdf")) {
            Path out = folder.resolve("diagram." + format);
            List<String> log = runHeadless("render", SAMPLE, "--to", format, "--out", out.toString(), "--legend");
            assertThat(out).exists().isNotEmptyFile();
            assertThat(log).filteredOn(line -> line.contains(" javafx.") || line.contains(" com.sun.javafx.")
                    || line.contains(" com.sun.glass.") || line.contains(" com.sun.prism.")).isEmpty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .as("nothing but the three files is written").containsExactly("diagram.pdf", "diagram.png", "diagram.svg");
        }
    }

    @Test
    void theFormatFollowsTheFileNameAndTheOptionsApply() throws Exception {
        Path out = folder.resolve("prod.pdf");
        CliRun run = CliRun.of("render", SAMPLE, "--out", out.toString(), "--environment", "prod", "--page", "a4", "--landscape",
                "--theme", "dark");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("PDF").contains("environment prod");
        assertThat(Files.readAllBytes(out)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * internal-platform's report-writer runs one sandbox in two environments and four in the third: the diagram the
     * render draws (and the app, through the same painter) counts them as written, not "1 sandboxes".
     */
    @Test
    void anAgentWithOneSandboxIsCountedInTheSingular() throws Exception {
        Path svg = folder.resolve("platform.svg");
        assertThat(CliRun.of("render", "sample-models/internal-platform.bulkhead.json", "--out", svg.toString()).status()).isZero();
        assertThat(Files.readString(svg)).contains(">1 sandbox · warm ", ">4 sandboxes · warm ").doesNotContainPattern("[^0-9]1 sandboxes");
    }

    @Test
    void badOptionsAreOneLineUsageErrors() {
        assertUsage("the folder of --out", "render", SAMPLE, "--out", folder.resolve("missing/d.png").toString());
        assertUsage("is a folder", "render", SAMPLE, "--out", folder.toString(), "--to", "png");
        assertUsage("--scale applies to PNG only", "render", SAMPLE, "--out", folder.resolve("d.svg").toString(), "--scale", "2");
        assertUsage("--scale must be 1, 2 or 3", "render", SAMPLE, "--out", folder.resolve("d.png").toString(), "--scale", "4");
        assertUsage("--landscape needs --page", "render", SAMPLE, "--out", folder.resolve("d.pdf").toString(), "--landscape");
        assertUsage("unknown page size", "render", SAMPLE, "--out", folder.resolve("d.pdf").toString(), "--page", "a3");
        assertUsage("unknown format", "render", SAMPLE, "--out", folder.resolve("d.gif").toString());
        assertUsage("no environment 'nope'", "render", SAMPLE, "--out", folder.resolve("d.png").toString(), "-e", "nope");
        assertThat(folder.toFile().list()).as("a refused render writes nothing").isEmpty();
    }

    @Test
    void aScenarioIsRenderedAndReportedAsTheModelHoldsIt() throws Exception {
        String proposal = "sample-models/workshop-proposal.bulkhead.json";
        Path current = folder.resolve("current.svg");
        Path proposed = folder.resolve("proposal.svg");
        assertThat(CliRun.of("render", proposal, "--out", current.toString(), "--scenario", "current").status()).isZero();
        assertThat(CliRun.of("render", proposal, "--out", proposed.toString(), "--scenario", "proposal A").status()).isZero();
        // Proposal A moves tenants to other options: the same elements, drawn with other placements.
        assertThat(Files.readString(proposed)).isNotEqualTo(Files.readString(current));

        Path report = folder.resolve("proposal.md");
        assertThat(CliRun.of("report", proposal, "--out", report.toString(), "--scenario", "proposal A").status()).isZero();
        assertThat(report).isNotEmptyFile();

        assertUsage("no scenario 'nope' in the model", "render", proposal, "--out", folder.resolve("x.svg").toString(),
                "--scenario", "nope");
        assertUsage("no scenario 'nope' in the model", "report", proposal, "--out", folder.resolve("x.md").toString(),
                "--scenario", "nope");
        assertThat(folder.resolve("x.svg")).doesNotExist();
        assertThat(folder.resolve("x.md")).doesNotExist();
    }

    /** Review 14e: "Wrote 39 files to tfA (As modelled)" did not say which scenario; the stored spelling, whatever the case asked. */
    @Test
    void everySummaryLineNamesTheScenarioAsTheModelSpellsIt() {
        String proposal = "sample-models/workshop-proposal.bulkhead.json";
        CliRun render = CliRun.of("render", proposal, "--out", folder.resolve("r.svg").toString(), "--scenario", "proposal a");
        CliRun report = CliRun.of("report", proposal, "--out", folder.resolve("r.md").toString(), "--scenario", "PROPOSAL A");
        CliRun terraform = CliRun.of("export", proposal, "--scenario", "proposal a", "--to", "terraform", "--out",
                folder.resolve("tf").toString());
        CliRun kubernetes = CliRun.of("export", proposal, "--scenario", "Current", "--to", "k8s", "--out",
                folder.resolve("k8s").toString());

        assertThat(render.out()).startsWith("Wrote ").contains("(SVG, scenario proposal A, whole model)");
        assertThat(report.out()).startsWith("Wrote ").contains("(scenario proposal A, whole model)");
        assertThat(terraform.out()).startsWith("Wrote ").contains("(scenario proposal A, as modelled)");
        assertThat(kubernetes.out()).startsWith("Wrote ").contains("(scenario current, ");
        // A model that never made scenarios has nothing to name.
        assertThat(CliRun.of("render", SAMPLE, "--out", folder.resolve("p.svg").toString()).out()).doesNotContain("scenario");
    }

    @Test
    void theTitleBlockAndTheReportsTitlePageNameTheScenario() throws Exception {
        String proposal = "sample-models/workshop-proposal.bulkhead.json";
        Path saved = folder.resolve("saved.svg");
        Path current = folder.resolve("current.svg");
        assertThat(CliRun.of("render", proposal, "--out", saved.toString()).status()).isZero();
        assertThat(CliRun.of("render", proposal, "--out", current.toString(), "--scenario", "current").status()).isZero();
        assertThat(titleBlock(saved)).contains("scenario proposal A").doesNotContain("scenario current");
        assertThat(titleBlock(current)).contains("scenario current").doesNotContain("proposal A");
        // A model that never made scenarios says nothing about them.
        Path plain = folder.resolve("plain.svg");
        assertThat(CliRun.of("render", SAMPLE, "--out", plain.toString()).status()).isZero();
        assertThat(titleBlock(plain)).doesNotContain("scenario");

        Path report = folder.resolve("proposal.pdf");
        assertThat(CliRun.of("report", proposal, "--out", report.toString()).status()).isLessThan(ExitCodes.USAGE);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(report.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setEndPage(1);
            assertThat(stripper.getText(pdf)).as("the title page").contains("Scenario: proposal A");
        }
        Path markdown = folder.resolve("current.md");
        assertThat(CliRun.of("report", proposal, "--out", markdown.toString(), "--scenario", "current").status())
                .isLessThan(ExitCodes.USAGE);
        assertThat(Files.readString(markdown).lines().limit(4)).anyMatch(line -> line.contains("· scenario current ·"));
    }

    @Test
    void anOutExtensionThatContradictsToIsRefused() {
        assertUsage("--to svg but --out names a .png file", "render", SAMPLE, "--to", "svg", "--out",
                folder.resolve("x.png").toString());
        assertUsage("--to pdf but --out names a .svg file", "render", SAMPLE, "--to", "pdf", "--out",
                folder.resolve("x.svg").toString());
        assertThat(folder.toFile().list()).as("a refused render writes nothing").isEmpty();
        // The case of the extension does not matter, and a name with no extension takes --to's format.
        assertThat(CliRun.of("render", SAMPLE, "--to", "png", "--out", folder.resolve("x.PNG").toString()).status()).isZero();
        assertThat(CliRun.of("render", SAMPLE, "--to", "svg", "--out", folder.resolve("diagram").toString()).status()).isZero();
    }

    /** The texts of an SVG's title block: its first two text elements (model name, then the facts line). */
    private static String titleBlock(Path svg) throws Exception {
        org.w3c.dom.NodeList texts = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(svg.toFile()).getElementsByTagName("text");
        return texts.item(0).getTextContent() + "\n" + texts.item(1).getTextContent();
    }

    private static void assertUsage(String message, String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.status()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(message);
        assertThat(run.err().strip().lines()).as("one line").hasSize(1);
    }

    /** Runs the command in a JVM of its own, headless and with no DISPLAY, and returns its class-loading log. */
    static List<String> runHeadless(String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Djava.awt.headless=true",
                "-Xlog:class+load=info:stdout", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output.lines().filter(l -> !l.startsWith("[")).toList().toString()).isZero();
        return output.lines().filter(line -> line.contains("[class,load]")).toList();
    }
}

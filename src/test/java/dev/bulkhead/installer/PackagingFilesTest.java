package dev.bulkhead.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The files installer/build-installer.sh hands to jpackage (issue 15): the pom's metadata reach the script, the
 * menu entry and the file association name the model's MIME type, the icon's source is a drawing. The packages
 * themselves are built and installed by the script, not by mvn verify.
 */
class PackagingFilesTest {
    private static final String MIME_TYPE = "application/x-bulkhead+json";

    @Test
    void thePomsMetadataReachTheInstallerScript() throws Exception {
        Document pom = parse(Path.of("pom.xml"));
        Element project = pom.getDocumentElement();
        Properties packaging = properties(Path.of("target/packaging/package.properties"));

        assertThat(packaging.getProperty("name")).isEqualTo(child(project, "name"));
        assertThat(packaging.getProperty("version")).isEqualTo(child(project, "version"));
        assertThat(packaging.getProperty("description")).isEqualTo(child(project, "description"));
        assertThat(packaging.getProperty("homepage")).isEqualTo(child(project, "url")).startsWith("https://");
        assertThat(packaging.getProperty("vendor")).isNotBlank().doesNotContain("${");
        assertThat(packaging.getProperty("license")).isEqualTo("Apache-2.0");
        String script = Files.readString(Path.of("installer/build-installer.sh"));
        for (String key : List.of("name", "version", "description", "vendor", "homepage", "license")) {
            assertThat(script).as("the script reads " + key).contains("$(prop " + key);
        }
    }

    @Test
    void theMenuEntryIsInDevelopmentAndOpensAModelFile() throws Exception {
        Map<String, String> entry = desktopEntry(Path.of("installer/linux/bulkhead.desktop"));

        assertThat(entry).containsEntry("Type", "Application").containsEntry("Name", "Bulkhead")
                .containsEntry("Terminal", "false");
        assertThat(entry.get("Categories").split(";")).contains("Development");
        assertThat(entry.get("MimeType").split(";")).contains(MIME_TYPE);
        // %f: the desktop passes the double-clicked file, which Main opens when it is the only argument.
        assertThat(entry.get("Exec")).endsWith(" %f");
        // The window's WM_CLASS is JavaFX's Application class name; a dock groups the window with the entry by it.
        Class<?> windowClass = Class.forName(entry.get("StartupWMClass"), false, getClass().getClassLoader());
        assertThat(javafx.application.Application.class.isAssignableFrom(windowClass)).as("an Application").isTrue();
        for (String listKey : List.of("Categories", "MimeType", "Keywords")) {
            assertThat(entry.get(listKey)).as(listKey + " is a list and ends with ';'").endsWith(";");
        }
    }

    @Test
    void theFileAssociationNamesTheModelFilesAndTheirMimeType() throws IOException {
        Properties association = properties(Path.of("installer/bulkhead-model.properties"));

        assertThat(association.getProperty("mime-type")).isEqualTo(MIME_TYPE);
        assertThat(association.getProperty("extension")).isEqualTo("bulkhead.json");
        assertThat(Files.list(Path.of("sample-models")).map(p -> p.getFileName().toString()))
                .isNotEmpty().allMatch(name -> name.endsWith("." + association.getProperty("extension")));
    }

    @Test
    void theMimeInfoIsWellFormedAndGlobsTheModelFiles() throws Exception {
        Element root = parse(Path.of("installer/linux/bulkhead-mime.xml")).getDocumentElement();

        assertThat(root.getNamespaceURI()).isEqualTo("http://www.freedesktop.org/standards/shared-mime-info");
        Element type = (Element) root.getElementsByTagNameNS("*", "mime-type").item(0);
        assertThat(type.getAttribute("type")).isEqualTo(MIME_TYPE);
        Element glob = (Element) type.getElementsByTagNameNS("*", "glob").item(0);
        assertThat(glob.getAttribute("pattern")).isEqualTo("*.bulkhead.json");
    }

    @Test
    void thePackageScriptsLinkWhatTheyUnlink() throws IOException {
        String integration = Files.readString(Path.of("installer/linux/desktop-integration.sh"));
        assertThat(integration).contains("/usr/bin/bulkhead=$app/lib/app/bulkhead-command",
                "/usr/share/applications/bulkhead.desktop=",
                "/usr/share/mime/packages/bulkhead.xml=$app/lib/app/bulkhead-mime.xml", "install)", "uninstall)");
        assertThat(Files.readString(Path.of("installer/linux/postinst"))).contains("desktop-integration.sh install");
        assertThat(Files.readString(Path.of("installer/linux/prerm"))).contains("desktop-integration.sh uninstall");
        String spec = Files.readString(Path.of("installer/linux/bulkhead.spec"));
        assertThat(spec).contains("desktop-integration.sh install", "desktop-integration.sh uninstall",
                "BULKHEAD_JAR_MTIME");
    }

    @Test
    void theBulkheadCommandOpensTheAppForAModelFileAloneAndRunsEverythingElseAsACommand(@TempDir Path app)
            throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash (the Linux packages' command)");
        // The installed layout: APP/lib/app/bulkhead-command with the resident process's client beside it, and the
        // three launchers in APP/bin, here stand-ins that say which of them ran and with what.
        Path command = Files.createDirectories(app.resolve("lib/app")).resolve("bulkhead-command");
        Files.copy(Path.of("installer/linux/bulkhead-command"), command);
        Files.copy(Path.of("installer/daemon-client.bash"), app.resolve("lib/app/daemon-client.bash"));
        Files.writeString(app.resolve("lib/app/bulkhead.jar"), "the build");
        Files.createDirectories(app.resolve("bin"));
        for (String launcher : List.of("bulkhead", "bulkhead-cli", "bulkhead-daemon")) {
            Files.writeString(app.resolve("bin/" + launcher), "#!/bin/sh\necho " + launcher + " \"$@\"\n");
            app.resolve("bin/" + launcher).toFile().setExecutable(true);
        }
        String model = Files.writeString(app.resolve("m.bulkhead.json"), "{}").toString();
        Path daemonDir = app.resolve("daemon");

        assertThat(run(command, daemonDir)).isEqualTo("bulkhead");
        assertThat(run(command, daemonDir, model)).isEqualTo("bulkhead " + model);
        assertThat(daemonDir).as("the desktop app never starts the resident process").doesNotExist();
        // A command first starts the resident process (here a stand-in that ends at once, so the command then runs
        // in bulkhead-cli, as when the resident process cannot start).
        assertThat(run(command, daemonDir, "validate", model)).isEqualTo("bulkhead-cli validate " + model);
        try (var logs = Files.list(daemonDir)) {
            assertThat(logs.filter(f -> f.toString().endsWith(".log")).findFirst().map(PackagingFilesTest::read))
                    .hasValueSatisfying(log -> assertThat(log).startsWith("bulkhead-daemon daemon run --key "));
        }
        assertThat(run(command, daemonDir, "--version")).isEqualTo("bulkhead-cli --version");
        // A lone word that is no file is a command (and picocli says what is wrong with it), not a window.
        assertThat(run(command, daemonDir, "no-such-file.bulkhead.json")).isEqualTo("bulkhead-cli no-such-file.bulkhead.json");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs the package's `bulkhead` command with bash, its resident processes' files in {@code daemonDir}. */
    private static String run(Path bulkheadCommand, Path daemonDir, String... arguments) throws Exception {
        List<String> commandLine = new ArrayList<>(List.of("/bin/bash", bulkheadCommand.toString()));
        commandLine.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(commandLine).redirectErrorStream(true);
        builder.environment().put("BULKHEAD_DAEMON_DIR", daemonDir.toString());
        builder.environment().remove("BULKHEAD_DAEMON");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    @Test
    void theInstalledCommandLineRunsWithTheCheckoutLaunchersJvmOptions() throws IOException {
        Properties cli = properties(Path.of("installer/cli-launcher.properties"));
        List<String> options = List.of(cli.getProperty("java-options").split(" "));
        String checkoutLauncher = Files.readString(Path.of("installer/bulkhead"));
        String commandOptions = checkoutLauncher.lines().filter(line -> line.startsWith("options=("))
                .findFirst().orElseThrow();

        assertThat(options).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-XX:SharedArchiveFile=$APPDIR/bulkhead.jsa", "-Xshare:auto", "-Xlog:cds=off,cds+dynamic=off");
        for (String option : commandOptions.substring("options=(".length(), commandOptions.indexOf(')')).split(" ")) {
            assertThat(options).as("installer/bulkhead's command options").contains(option);
        }
        String script = Files.readString(Path.of("installer/build-installer.sh"));
        // The main launcher names the same archive (the training run writes it once for both).
        assertThat(script).contains("--add-launcher bulkhead-cli=installer/cli-launcher.properties",
                "--add-launcher bulkhead-daemon=installer/daemon-launcher.properties", "installer/daemon-client.bash",
                "-XX:SharedArchiveFile=\\$APPDIR/bulkhead.jsa", "installer/linux/bulkhead-command");
    }

    @Test
    void theIconSourceIsASquareSvgDrawing() throws Exception {
        Element svg = parse(Path.of("assets/icon/bulkhead.svg")).getDocumentElement();

        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 256 256");
        assertThat(svg.getElementsByTagNameNS("*", "path").getLength()).isGreaterThanOrEqualTo(2);
    }

    private static String run(Path script, String... arguments) throws Exception {
        List<String> commandLine = new ArrayList<>(List.of("/bin/sh", script.toString()));
        commandLine.addAll(List.of(arguments));
        Process process = new ProcessBuilder(commandLine).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    private static Map<String, String> desktopEntry(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("[Desktop Entry]");
        Map<String, String> entry = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            assertThat(line).as("a key=value line").matches("[A-Za-z0-9-]+=.*");
            String[] keyValue = line.split("=", 2);
            assertThat(entry.put(keyValue[0], keyValue[1])).as("key " + keyValue[0] + " once").isNull();
        }
        assertThat(Arrays.asList("Type", "Name", "Exec", "Icon")).allMatch(entry::containsKey);
        return entry;
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static String child(Element parent, String name) {
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getLocalName().equals(name)) {
                return element.getTextContent().trim();
            }
        }
        throw new AssertionError("pom.xml has no <" + name + ">");
    }
}

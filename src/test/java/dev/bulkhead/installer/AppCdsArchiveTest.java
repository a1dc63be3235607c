package dev.bulkhead.installer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulkhead.Main;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AppCDS archive the build makes (pom.xml's appcds-archive execution, build-installer.sh step 5) works the way
 * it is made and used there (issue 15): a training run of {@code compare} writes it, and a command run with the
 * installed command line's JVM options (installer/cli-launcher.properties) then takes the command line's classes
 * from it. mvn verify runs its tests before the jar exists, so the app's classes are put in a jar here: a JDK 17
 * archive holds classes from jars only.
 */
class AppCdsArchiveTest {
    private static final String SAMPLE = "sample-models/ai-agent-saas.bulkhead.json";

    @Test
    void aCommandRunWithTheInstalledOptionsTakesTheCommandLinesClassesFromTheTrainedArchive(@TempDir Path app)
            throws Exception {
        String classPath = classPathOfJars(app);
        Path archive = app.resolve("bulkhead.jsa");

        Result training = java(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off,cds+dynamic=off"),
                classPath, "compare", SAMPLE);
        assertThat(training.exitCode).as(training.output).isZero();
        assertThat(archive).isNotEmptyFile();

        String installedOptions = launcherOptions().replace("$APPDIR", app.toString());
        List<String> options = new ArrayList<>(List.of(installedOptions.split(" ")));
        options.add("-Xshare:on"); // the launcher says auto, which would hide an archive that cannot be used
        options.add("-Xlog:class+load=info:stdout");
        Result command = java(options, classPath, "validate", SAMPLE);
        List<String> loaded = command.output.lines().filter(line -> line.contains("[class,load]")).toList();

        assertThat(command.output).contains(": valid (0 errors");
        String fromAppArchive = "source: shared objects file (top)";
        for (String name : List.of("dev.bulkhead.Main", "dev.bulkhead.cli.BulkheadCli",
                "dev.bulkhead.cli.ValidateCommand")) {
            assertThat(loaded).as(name).anyMatch(line -> line.contains(" " + name + " " + fromAppArchive));
        }
        // The app's own classes, lambdas aside (spun at run time): all but the few that implement one of picocli's
        // interfaces, which JDK 17 does not archive because picocli is class file version 49 (BENCHMARKS.md).
        List<String> appClasses = loaded.stream().filter(line -> line.contains(" dev.bulkhead."))
                .filter(line -> !line.contains("$$Lambda$")).toList();
        assertThat(appClasses.stream().filter(line -> line.endsWith(fromAppArchive)).count())
                .as("app classes from the app's archive, of " + appClasses.size())
                .isGreaterThanOrEqualTo(appClasses.size() * 95L / 100);
        long shared = loaded.stream().filter(line -> line.contains("source: shared objects file")).count();
        assertThat(shared).as("classes mapped from the base and the app's archive, of " + loaded.size())
                .isGreaterThan(loaded.size() * 8L / 10);
    }

    private static String launcherOptions() throws IOException {
        Properties launcher = new Properties();
        try (var reader = Files.newBufferedReader(Path.of("installer/cli-launcher.properties"))) {
            launcher.load(reader);
        }
        return launcher.getProperty("java-options");
    }

    /** This JVM's class path with the app's classes folder packed into a jar, and the test classes left out. */
    private static String classPathOfJars(Path dir) throws IOException {
        Path appJar = dir.resolve("bulkhead.jar");
        Path classes = Path.of("target/classes");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(appJar));
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, jar);
                jar.closeEntry();
            }
        }
        List<String> entries = new ArrayList<>(List.of(appJar.toString()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Result java(List<String> options, String classPath, String... args)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private record Result(int exitCode, String output) {
    }
}

package dev.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A command's help reads as sentences: its footer is wrapped by picocli, never broken by hand mid-sentence. */
class HelpFooterTest {
    @Test
    void everyFooterParagraphIsWholeSentencesAndWrapsOnlyWhereTheLineIsFull() {
        CommandLine root = BulkheadCli.commandLine();
        assertThat(root.getSubcommands()).containsKey("report");
        root.getSubcommands().forEach((name, command) -> {
            for (String paragraph : command.getCommandSpec().usageMessage().footer()) {
                assertThat(paragraph).as(name + "'s footer").matches("|.*[.:)]");
            }
            List<String> lines = CliRun.of(name, "--help").out().lines().toList();
            for (int i = 0; i + 1 < lines.size(); i++) {
                // A line followed by the rest of its sentence was wrapped: it must have been full, not cut short.
                if (!lines.get(i + 1).isBlank() && Character.isLowerCase(lines.get(i + 1).charAt(0))) {
                    assertThat(lines.get(i).length()).as(name + " --help, line '" + lines.get(i) + "'").isGreaterThan(60);
                }
            }
        });
    }
}

package dev.bulkhead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line builds only the command it is given; help and unknown words still see them all (issue 15). */
class BulkheadCliTest {
    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertThat(BulkheadCli.commandLine("compare", "x.bulkhead.json").getSubcommands()).containsOnlyKeys("compare");
        assertThat(BulkheadCli.commandLine("--debug", "validate", "x.bulkhead.json").getSubcommands())
                .containsOnlyKeys("validate");
        assertThat(BulkheadCli.commandLine("export", "--help").getSubcommands()).containsOnlyKeys("export");
    }

    @Test
    void helpNoCommandOrAnUnknownOneBuildEveryCommand() {
        for (String[] args : new String[][] {{}, {"--help"}, {"--version"}, {"help", "compare"}, {"comapre", "x"}}) {
            assertThat(BulkheadCli.commandLine(args).getSubcommands()).as(String.join(" ", args))
                    .containsOnlyKeys("validate", "compare", "export", "render", "report", "diff", "daemon", "help");
        }
    }

    @Test
    void everyCommandPicocliKnowsIsACommandToMain() {
        for (String name : BulkheadCli.commandLine().getSubcommands().keySet()) {
            assertThat(BulkheadCli.isCommand(name)).as(name).isTrue();
        }
        assertThat(BulkheadCli.isCommand("model.bulkhead.json")).isFalse();
    }

    @Test
    void helpListsEveryCommandAndAnUnknownOneIsAUsageError() {
        CliRun help = CliRun.of("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("validate", "compare", "export", "help");
        CliRun unknown = CliRun.of("comapre", "x.bulkhead.json");
        assertThat(unknown.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).startsWith("bulkhead: ").contains("comapre");
    }

    @Test
    void anInheritedOptionStillReachesTheOneCommand() {
        CliRun run = CliRun.of("validate", "--debug", "does-not-exist.bulkhead.json");
        assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("bulkhead: error:").contains("at ");
    }
}

package org.est4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.ingest.ImportException;
import org.est4j.core.ingest.Rejection;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.AreaHierarchyProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.ScaleProvider;
import org.est4j.core.spi.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The command line as a whole: help, version, usage errors and the exit code of each kind of failure. */
class EstCliTest {

    static Stream<String> commands() {
        return Stream.of("report", "validate", "plugins", "demo-data");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandsHelpMentionsEveryOptionAndTheExitCodes(String command) {
        Cli.Result r = Cli.run(command, "--help");
        assertThat(r.code).as(r.toString()).isZero();
        CommandLine.Model.CommandSpec spec = EstCli.commandLine(EstPlugins.global()).getSubcommands().get(command)
                .getCommandSpec();
        assertThat(spec.options()).isNotEmpty();
        for (OptionSpec option : spec.options()) {
            assertThat(r.out).as(option.longestName()).contains(option.longestName());
            assertThat(option.description()).as(option.longestName()).isNotEmpty();
        }
        assertThat(r.out).startsWith("Usage: est " + command).contains("Exit codes:").contains("  0   ")
                .contains("  2   usage error");
        assertThat(Cli.run("help", command).out).isEqualTo(r.out);
    }

    @Test
    void theTopHelpListsEveryCommandAndEveryExitCode() {
        Cli.Result r = Cli.run("--help");
        assertThat(r.code).isZero();
        commands().forEach(c -> assertThat(r.out).containsPattern("\n  " + c + " +[A-Z]"));
        assertThat(r.out).contains("  1   input rejected").contains("  2   usage error")
                .contains("  3   a file could not be read or written").contains("  4   unexpected failure");
    }

    @Test
    void everyCommandPrintsTheVersion() {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"report", "--version"},
                new String[] {"plugins", "-V"})) {
            Cli.Result r = Cli.run(args);
            assertThat(r.code).isZero();
            assertThat(r.out).containsPattern("^est4j \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJava ");
        }
    }

    @Test
    void noCommandOrAMisspeltOneIsAUsageError() {
        Cli.Result none = Cli.run();
        assertThat(none.code).isEqualTo(EstCli.USAGE);
        assertThat(none.err).contains("est: Missing command").contains("Run 'est --help'");
        Cli.Result typo = Cli.run("reprot");
        assertThat(typo.code).isEqualTo(EstCli.USAGE);
        assertThat(typo.err).contains("Unmatched argument at index 0: 'reprot'").contains("Did you mean: est report?");
        Cli.Result option = Cli.run("plugins", "--verbose");
        assertThat(option.code).isEqualTo(EstCli.USAGE);
        assertThat(option.err).contains("est plugins: Unknown option: '--verbose'")
                .contains("Run 'est plugins --help' for the options.");
    }

    static Stream<Arguments> failures() {
        Rejection row = Rejection.builder().source("x.csv").line(3).reason("broken").build();
        return Stream.of(
                Arguments.of(new ValidationException("Area", List.of(new Problem("id", "is missing", null))),
                        EstCli.INPUT_REJECTED),
                Arguments.of(unknownScale(), EstCli.INPUT_REJECTED),
                Arguments.of(new ImportException(row, null), EstCli.INPUT_REJECTED),
                Arguments.of(new ImportException(row, new MalformedInputException(1)), EstCli.INPUT_REJECTED),
                Arguments.of(new ImportException(row, new NoSuchFileException("x.csv")), EstCli.IO_ERROR),
                Arguments.of(new UncheckedIOException(new AccessDeniedException("out")), EstCli.IO_ERROR),
                Arguments.of(new IOException("disk full"), EstCli.IO_ERROR),
                Arguments.of(new CommandFailure(EstCli.IO_ERROR, "no such file"), EstCli.IO_ERROR),
                Arguments.of(new IllegalStateException("a bug"), EstCli.INTERNAL_ERROR));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void eachKindOfFailureHasItsExitCode(Exception failure, int code) {
        assertThat(EstCli.exitCode(failure)).isEqualTo(code);
    }

    @Test
    void aBugInAPluginIsExitCode4WithTheTrace() {
        EstPlugins plugins = EstPlugins.builder().register(AreaHierarchyProvider.class, new Broken()).build();
        Cli.Result r = Cli.run(plugins, "validate", "--areas-provider", "broken");
        assertThat(r.code).isEqualTo(EstCli.INTERNAL_ERROR);
        assertThat(r.err).contains("est validate: unexpected failure, a bug in est4j or in a plugin")
                .contains("java.lang.IllegalStateException: the broken provider")
                .contains(Broken.class.getName() + ".load(");
    }

    private static Exception unknownScale() {
        try {
            EstPlugins.builder().withoutDiscovery().build().get(ScaleProvider.class, "x");
            throw new AssertionError("an empty registry knows no scale");
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** An area provider with a bug. */
    static final class Broken implements AreaHierarchyProvider {
        @Override
        public String id() {
            return "broken";
        }

        @Override
        public String description() {
            return "Fails with a bug";
        }

        @Override
        public boolean readsSource() {
            return false;
        }

        @Override
        public AreaHierarchy load(Source source, PluginConfig config) {
            throw new IllegalStateException("the broken provider");
        }
    }
}

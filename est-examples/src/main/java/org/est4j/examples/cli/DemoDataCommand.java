package org.est4j.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.est4j.examples.demo.DemoMunicipality;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code est demo-data}: writes the demo municipality as input files a coordinator can try {@code validate} and
 * {@code report} on (see {@link DemoFiles}).
 */
@Command(name = "demo-data", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        versionProvider = EstCli.Version.class,
        description = {"Write the demo municipality (fictional Sjövikens kommun, a year of weekly EST rounds) as "
                + "input files to try the other commands on.",
            "The files:",
            "  observations.csv  the observations as a survey tool exports them (Swedish headers, ;)",
            "  areas.csv         the areas: id;name;level;parent;lat;lon;kommunkod",
            "  actors.json, reporters.json, rounds.json  who reports, and who was expected and answered each week"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the files were written", "1:a value is out of range", "2:usage error",
            "3:the folder could not be written"},
        footer = {"", "Then, for example:",
            "  est validate --observations DIR/observations.csv --areas DIR/areas.csv",
            "  est report --observations DIR/observations.csv --areas DIR/areas.csv \\",
            "      --actors DIR/actors.json --reporters DIR/reporters.json --rounds DIR/rounds.json \\",
            "      --period 2025-W26 --out DIR/rapport"})
final class DemoDataCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true, order = 1,
            description = "The folder to write into; created if need be. Files of the same names are replaced.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", order = 2, defaultValue = "" + DemoMunicipality.DEFAULT_SEED,
            description = "The random seed: the same seed gives the same files, byte for byte (default: "
                    + "${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--year", paramLabel = "YEAR", order = 3, defaultValue = "" + DemoMunicipality.DEFAULT_YEAR,
            description = "The ISO week-based year whose weeks are generated, 2000 to 2100 (default: "
                    + "${DEFAULT-VALUE}).")
    int year;

    @Option(names = "--size", paramLabel = "FACTOR", order = 4, defaultValue = "1",
            description = "How many observations, as a factor of the default (about a year's worth for three "
                    + "localities): 0.01 to 20, such as 0.25 for a small file (default: ${DEFAULT-VALUE}).")
    double size;

    DemoDataCommand() {}

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        Files.createDirectories(out);
        DemoMunicipality demo = DemoMunicipality.builder().seed(seed).year(year).scale(size).build();
        List<Path> written = DemoFiles.write(demo, out);
        stdout.println(demo.name() + ": " + demo.hierarchy().size() + " areas, " + demo.reporters().size()
                + " reporters, " + demo.rounds().size() + " weekly rounds, " + demo.observations().size()
                + " observations in " + demo.year());
        for (Path p : written) {
            stdout.println("  " + p);
        }
        stdout.println("Try: est report --observations " + out.resolve(DemoFiles.OBSERVATIONS) + " --areas "
                + out.resolve(DemoFiles.AREAS) + " --actors " + out.resolve(DemoFiles.ACTORS) + " --reporters "
                + out.resolve(DemoFiles.REPORTERS) + " --rounds " + out.resolve(DemoFiles.ROUNDS) + " --period "
                + demo.year() + "-W26 --out " + out.resolve("rapport"));
        return EstCli.OK;
    }
}

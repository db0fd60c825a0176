package org.est4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.ingest.ImportContext;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.mapping.Observation;
import org.est4j.examples.demo.DemoMunicipality;
import org.est4j.io.Sources;
import org.est4j.io.area.AreaCsv;
import org.est4j.io.csv.ObservationCsv;
import org.est4j.io.json.DocumentKind;
import org.est4j.io.json.EstJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code est demo-data}: the files it writes read back as the demo that made them. */
class DemoDataCommandTest {
    @TempDir
    static Path dir;
    private static DemoMunicipality demo;
    private static Cli.Result written;

    @BeforeAll
    static void write() {
        demo = DemoMunicipality.builder().scale(Cli.DEMO_SIZE).build();
        written = Cli.run("demo-data", "--out", dir.resolve("demo").toString(), "--size",
                Double.toString(Cli.DEMO_SIZE));
    }

    @Test
    void writesFiveFilesAndSaysHowToUseThem() {
        assertThat(written.code).as(written.toString()).isZero();
        Path out = dir.resolve("demo");
        assertThat(written.out).startsWith("Sjövikens kommun: 50 areas, 47 reporters, 52 weekly rounds, "
                + demo.observations().size() + " observations in 2025\n")
                .contains("  " + out.resolve("observations.csv") + "\n")
                .contains("Try: est report --observations " + out.resolve("observations.csv"));
        assertThat(out).isDirectoryContaining("glob:**/observations.csv").isDirectoryContaining("glob:**/areas.csv")
                .isDirectoryContaining("glob:**/actors.json").isDirectoryContaining("glob:**/reporters.json")
                .isDirectoryContaining("glob:**/rounds.json");
    }

    @Test
    void theAreasReadBackAsTheDemosHierarchy() {
        AreaHierarchy read = AreaCsv.read(Sources.of(dir.resolve("demo").resolve(DemoFiles.AREAS)));
        assertThat(read).isEqualTo(demo.hierarchy());
    }

    @Test
    void theObservationsReadBackAsTheDemosEveryOne() {
        ImportResult result = ObservationCsv.importer().read(Sources.of(dir.resolve("demo")
                .resolve(DemoFiles.OBSERVATIONS)), ImportContext.of(demo.hierarchy(), demo.taxonomy()));
        assertThat(result.rejected()).isEmpty();
        assertThat(result.accepted()).isEqualTo(demo.observations());
    }

    @Test
    void theRegisterAndRoundsReadBackAsJson() throws IOException {
        Path out = dir.resolve("demo");
        try (InputStream actors = Files.newInputStream(out.resolve(DemoFiles.ACTORS));
                InputStream reporters = Files.newInputStream(out.resolve(DemoFiles.REPORTERS));
                InputStream rounds = Files.newInputStream(out.resolve(DemoFiles.ROUNDS))) {
            assertThat(EstJson.read(DocumentKind.ACTORS, actors)).isEqualTo(demo.actors());
            assertThat(EstJson.read(DocumentKind.REPORTERS, reporters)).isEqualTo(demo.reporters());
            assertThat(EstJson.read(DocumentKind.REPORTING_ROUNDS, rounds)).isEqualTo(demo.rounds());
        }
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        DemoFiles.write(demo, dir.resolve("again"));
        for (String file : List.of(DemoFiles.OBSERVATIONS, DemoFiles.AREAS, DemoFiles.ACTORS, DemoFiles.REPORTERS,
                DemoFiles.ROUNDS)) {
            assertThat(Files.readAllBytes(dir.resolve("again").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("demo").resolve(file)));
        }
    }

    @Test
    void cellsWithTheDelimiterOrQuotesAreQuoted() {
        Observation first = demo.observations().get(0);
        String csv = DemoFiles.observations(List.of(Observation.builder().from(first)
                .description("Sa \"hej\"; gick sen").build()));
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).contains(";\"Sa \"\"hej\"\"; gick sen\";");
    }

    @Test
    void aSizeOutOfRangeIsRejectedAndAFileInTheWayIsAnIoError() throws IOException {
        Cli.Result big = Cli.run("demo-data", "--out", dir.resolve("big").toString(), "--size", "50");
        assertThat(big.code).as(big.toString()).isEqualTo(EstCli.INPUT_REJECTED);
        assertThat(big.err).contains("scale: must be from 0.01 to 20");
        Path file = Files.writeString(dir.resolve("in-the-way"), "x");
        Cli.Result blocked = Cli.run("demo-data", "--out", file.toString(), "--size", "0.01");
        assertThat(blocked.code).as(blocked.toString()).isEqualTo(EstCli.IO_ERROR);
        assertThat(blocked.err).contains("cannot read or write " + file);
    }
}

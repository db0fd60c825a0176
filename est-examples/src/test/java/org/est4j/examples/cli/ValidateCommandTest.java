package org.est4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code est validate} on the demo's files, on broken rows and on the real shared data. */
class ValidateCommandTest {
    @TempDir
    static Path dir;
    private static Path demo;
    private static long rows;

    @BeforeAll
    static void writeDemo() throws IOException {
        demo = Cli.demoData(dir.resolve("demo"));
        rows = Cli.rows(demo.resolve(DemoFiles.OBSERVATIONS));
    }

    private static String observations() {
        return demo.resolve(DemoFiles.OBSERVATIONS).toString();
    }

    private static String areas() {
        return demo.resolve(DemoFiles.AREAS).toString();
    }

    @Test
    void aCleanFileGivesTheSummaryAndExitCode0() {
        Cli.Result r = Cli.run("validate", "--observations", observations(), "--areas", areas());
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.out).isEqualTo("observations.csv: " + rows + " read, " + rows + " accepted, 0 rejected "
                + "(0 excluded)\n");
        assertThat(r.err).isEmpty();
    }

    @Test
    void everyBrokenRowIsPrintedWithLineColumnFieldAndReasonAndTheExitCodeIs1() throws IOException {
        Path broken = Cli.withBrokenRows(demo, dir.resolve("broken.csv"));
        Cli.Result r = Cli.run("validate", "--observations", broken.toString(), "--areas", areas());
        assertThat(r.code).as(r.toString()).isEqualTo(EstCli.INPUT_REJECTED);
        assertThat(r.out).isEqualTo("broken.csv: " + (rows + 3) + " read, " + rows + " accepted, 3 rejected "
                + "(0 excluded)\n");
        assertThat(r.err)
                .contains("broken.csv:" + (rows + 2) + ":3: tid: '25:99' is not a real time")
                .contains("[tid]")
                .contains("broken.csv:" + (rows + 3) + ":5: område: 'atlantis' is not an area of the hierarchy")
                .contains("[område]")
                .contains("broken.csv:" + (rows + 4) + ":7: kategori: 'no-such-category' is not a category")
                .contains("[kategori]")
                .contains("    | " + Cli.BROKEN_ROWS.get(1))
                .contains("3 rows are errors");
    }

    @Test
    void strictModeStopsAtTheFirstBrokenRow() throws IOException {
        Path broken = Cli.withBrokenRows(demo, dir.resolve("strict.csv"));
        Cli.Result r = Cli.run("validate", "--strict", "--observations", broken.toString(), "--areas", areas());
        assertThat(r.code).as(r.toString()).isEqualTo(EstCli.INPUT_REJECTED);
        assertThat(r.out).isEmpty();
        assertThat(r.err).contains("strict.csv:" + (rows + 2) + ":3:").contains("stopped at the first row")
                .contains("--strict").doesNotContain("atlantis");
    }

    @Test
    void withoutObservationsTheAreasAloneAreChecked() {
        Cli.Result r = Cli.run("validate", "--areas", areas());
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.out).isEqualTo("areas.csv: 50 areas, a valid hierarchy\n");
    }

    @Test
    void anAreaFileThatBreaksTheRulesListsEveryProblem() throws IOException {
        Path areas = dir.resolve("bad-areas.csv");
        Files.writeString(areas, "id;name;level;parent\nk;Kommun;kommun;\na;A;tatort;nowhere\nk;Igen;kommun;\n");
        Cli.Result r = Cli.run("validate", "--areas", areas.toString());
        assertThat(r.code).as(r.toString()).isEqualTo(EstCli.INPUT_REJECTED);
        assertThat(r.err).contains("est validate: Invalid").contains("line[3].parent").contains("line[4].id");
    }

    @Test
    void anAreaFileWithoutAreasIsRejected() throws IOException {
        Path areas = Files.writeString(dir.resolve("empty-areas.csv"), "id;name;level;parent\n");
        Cli.Result r = Cli.run("validate", "--observations", observations(), "--areas", areas.toString());
        assertThat(r.code).as(r.toString()).isEqualTo(EstCli.INPUT_REJECTED);
        assertThat(r.err).contains("empty-areas.csv hold no area");
    }

    @Test
    void areaSettingsReachTheProvider() {
        Cli.Result r = Cli.run("validate", "--areas-provider", "se-deso", "--areas-setting", "kommun=0188");
        assertThat(r.code).as(r.toString()).isZero();
        Matcher m = Pattern.compile("--areas-provider se-deso: (\\d+) areas, a valid hierarchy\n").matcher(r.out);
        assertThat(m.matches()).as(r.out).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isBetween(2, 200);
    }

    @Test
    void theRealMunicipalityListIsNotAnAreaFileAndSaysWhichColumnsAreMissing() {
        Cli.Result r = Cli.run("validate", "--areas", Cli.sharedData().resolve("kommuner-med-lan.csv").toString());
        assertThat(r.code).as(r.toString()).isEqualTo(EstCli.INPUT_REJECTED);
        assertThat(r.err).contains("has no column id").contains("has no column name").contains("has no column level");
    }

    @Test
    void theRealPoliceEventsAreReadWithTheBuiltInMunicipalities() {
        Cli.Result r = Cli.run("validate", "--importer", "polisen-events", "--observations",
                Cli.sharedData().resolve("polisen-events-2023-03-25.json").toString(),
                "--areas-provider", "se-municipalities");
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.out).isEqualTo("polisen-events-2023-03-25.json: 500 read, 224 accepted, 276 rejected "
                + "(276 excluded)\n");
        assertThat(r.err.lines().filter(l -> l.contains(": excluded: ")).count()).isEqualTo(276);
        assertThat(r.err).contains("polisen-events-2023-03-25.json:3: excluded: 'Övrigt'");
    }

    @Test
    void importerSettingsReachTheImporter() {
        Path data = Cli.sharedData();
        String[] base = {"validate", "--importer", "open311", "--observations",
            data.resolve("open311-bloomington-requests.json").toString(), "--areas", areas()};
        Cli.Result withoutArea = Cli.run(base);
        assertThat(withoutArea.code).as(withoutArea.toString()).isEqualTo(EstCli.INPUT_REJECTED);
        Cli.Result withArea = Cli.run(concat(base, "--importer-setting", "area=9999", "--importer-setting",
                "services=" + data.resolve("open311-bloomington-services.json")));
        assertThat(withArea.code).as(withArea.toString()).isZero();
        assertThat(withArea.out).isEqualTo("open311-bloomington-requests.json: 21 read, 9 accepted, 12 rejected "
                + "(12 excluded)\n");
    }

    @Test
    void anUnknownImporterSettingIsRejected() {
        Cli.Result r = Cli.run("validate", "--observations", observations(), "--areas", areas(),
                "--importer-setting", "bogus=1");
        assertThat(r.code).as(r.toString()).isEqualTo(EstCli.INPUT_REJECTED);
        assertThat(r.err).contains("bogus: is not a setting of the csv importer");
    }

    @Test
    void anUnknownImporterListsTheKnownOnes() {
        Cli.Result r = Cli.run("validate", "--importer", "excel", "--observations", observations(), "--areas",
                areas());
        assertThat(r.code).as(r.toString()).isEqualTo(EstCli.INPUT_REJECTED);
        assertThat(r.err).contains("No ObservationImporterProvider with id 'excel'; known ids: csv, open311, "
                + "polisen-events");
    }

    @Test
    void aMissingFileIsAnIoError() {
        Cli.Result r = Cli.run("validate", "--observations", dir.resolve("nope.csv").toString(), "--areas", areas());
        assertThat(r.code).as(r.toString()).isEqualTo(EstCli.IO_ERROR);
        assertThat(r.err).contains("cannot read the observations file").contains("there is no such file");
        Cli.Result folder = Cli.run("validate", "--areas", dir.toString());
        assertThat(folder.code).isEqualTo(EstCli.IO_ERROR);
        assertThat(folder.err).contains("it is a folder");
    }

    @Test
    void areasMustBeGivenOnceAndMatchTheProvider() {
        assertThat(Cli.run("validate", "--observations", observations()).code).isEqualTo(EstCli.USAGE);
        Cli.Result both = Cli.run("validate", "--areas", areas(), "--areas-provider", "se-municipalities");
        assertThat(both.code).isEqualTo(EstCli.USAGE);
        assertThat(both.err).contains("has its areas built in and reads no file");
        Cli.Result noFile = Cli.run("validate", "--areas-provider", "csv");
        assertThat(noFile.code).isEqualTo(EstCli.USAGE);
        assertThat(noFile.err).contains("reads a file: give it with --areas FILE");
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

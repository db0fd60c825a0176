package org.est4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.disclosure.Audience;
import org.est4j.io.json.DocumentKind;
import org.est4j.io.json.EstJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code est report} on the demo's files, with test formats registered in code, and on the real police events. */
class ReportCommandTest {
    private static final String TEXT = "lagesbild-" + Cli.WEEK + "-est-gruppen.txt";
    private static final String JSON = "bedomningar-" + Cli.WEEK + "-est-gruppen.json";

    @TempDir
    static Path dir;
    private static Path demo;

    @BeforeAll
    static void writeDemo() {
        demo = Cli.demoData(dir.resolve("demo"));
    }

    /** The arguments of a report on the demo with its register and rounds, into a folder. */
    private static List<String> args(String out, String... more) {
        List<String> args = new ArrayList<>(List.of("report",
                "--observations", demo.resolve(DemoFiles.OBSERVATIONS).toString(),
                "--areas", demo.resolve(DemoFiles.AREAS).toString(),
                "--actors", demo.resolve(DemoFiles.ACTORS).toString(),
                "--reporters", demo.resolve(DemoFiles.REPORTERS).toString(),
                "--rounds", demo.resolve(DemoFiles.ROUNDS).toString(),
                "--period", Cli.WEEK, "--out", dir.resolve(out).toString()));
        args.addAll(List.of(more));
        return args;
    }

    private static Cli.Result report(String out, String... more) {
        return Cli.run(TestFormats.plugins(), args(out, more).toArray(String[]::new));
    }

    @Test
    void writesTheTextTheGradesOfEveryAreaAndEachFormatTheSameOnEveryRun() throws IOException {
        Cli.Result r = report("group", "--format", "json,lines");
        assertThat(r.code).as(r.toString()).isZero();
        Path out = dir.resolve("group");
        String lines = "lagesbild-" + Cli.WEEK + "-est-gruppen.lines";
        String report = "lagesbild-" + Cli.WEEK + "-est-gruppen.json";
        assertThat(r.out).startsWith("Lägesbild vecka 26 2025 (2025-W26) för EST-gruppen: ")
                .contains("Skrev:\n  " + out.resolve(TEXT) + "\n  " + out.resolve(JSON) + "\n  "
                        + out.resolve(report) + "\n  " + out.resolve(lines) + "\n");
        assertThat(EstJson.readString(DocumentKind.FEEDBACK_REPORT, Files.readString(out.resolve(report))).audience())
                .as("the json format writes the audience's feedback report").isEqualTo(Audience.GROUP);
        assertThat(r.err).contains("observations.csv: ").contains(" 0 rejected (0 excluded)")
                .doesNotContain("note:");
        List<Assessment> grades;
        try (InputStream in = Files.newInputStream(out.resolve(JSON))) {
            grades = EstJson.read(DocumentKind.ASSESSMENTS, in);
        }
        assertThat(grades).hasSize(50).allSatisfy(a -> {
            assertThat(a.period().toString()).isEqualTo(Cli.WEEK);
            assertThat(a.scaleId()).isEqualTo("est-5");
            assertThat(a.modelId()).isEqualTo("weighted-index");
            assertThat(a.reasons()).isNotEmpty();
        });
        String text = Files.readString(out.resolve(TEXT));
        assertThat(text).startsWith("Lägesbild vecka 26 2025 (2025-W26)\n")
                .contains("Mottagare: EST-gruppen\n")
                .contains("Skala: EST fem nivåer (est-5), bedömningsmodell weighted-index")
                .contains("\nSjövikens kommun — ")
                .contains("\n  Sjöviken — ")
                .contains("Täckning: ").contains(" rapportörer svarade")
                .contains("Skäl:")
                .doesNotContain("Note:");
        assertThat(report("again", "--format", "json,lines").code).isZero();
        for (String file : List.of(TEXT, JSON, report, lines)) {
            assertThat(Files.readAllBytes(dir.resolve("again").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(out.resolve(file)));
        }
    }

    @Test
    void eachFormatIsWrittenThroughItsProviderWithTheLanguageAndItsOwnSettings() throws IOException {
        Cli.Result r = report("formats", "--format", "lines,plain", "--language", "en",
                "--format-setting", "lines.title=Week 26", "--format-setting", "plain.title=Plain");
        assertThat(r.code).as(r.toString()).isZero();
        Path out = dir.resolve("formats");
        List<String> lines = Files.readAllLines(out.resolve("lagesbild-" + Cli.WEEK + "-est-gruppen.lines"));
        assertThat(lines.get(0)).isEqualTo("PluginConfig{language=en, title=Week 26}");
        assertThat(lines).hasSize(51);
        assertThat(lines.get(1)).startsWith("9999 \"Sjövikens kommun\" level ");
        List<String> plain = Files.readAllLines(out.resolve("lagesbild-" + Cli.WEEK + "-est-gruppen.plain"));
        assertThat(plain.get(0)).isEqualTo("PluginConfig{title=Plain}");
        assertThat(r.err).as("a format is given the report in its language; no note").doesNotContain("note:");
        String grades = Files.readString(out.resolve(JSON));
        assertThat(grades).as("the model's reasons in English").contains("Harm score ").doesNotContain("Skadeviktat");
        assertThat(Files.readString(out.resolve(TEXT))).startsWith("Situation picture week 26 2025 (2025-W26)\n")
                .contains("Audience: EST group").contains("Coverage: ").contains("Reasons:");
        assertThat(r.out).startsWith("Situation picture week 26 2025 (2025-W26) for EST group: ").contains("Wrote:");
    }

    @Test
    void anUnknownFormatFailsBeforeAnythingIsReadAndListsTheKnownOnes() {
        Cli.Result r = report("unknown", "--format", "json,docx");
        assertThat(r.code).as(r.toString()).isEqualTo(EstCli.INPUT_REJECTED);
        assertThat(r.err).contains("est report: No ExportFormatProvider with id 'docx'; known ids: areas-only, ")
                .contains("lines, ").contains("plain.").contains("json is always available");
        assertThat(r.out).isEmpty();
        assertThat(dir.resolve("unknown")).doesNotExist();
    }

    @Test
    void aFormatThatTakesNoFeedbackReportIsRefused() {
        Cli.Result r = report("areas-only", "--format", "areas-only");
        assertThat(r.code).as(r.toString()).isEqualTo(EstCli.INPUT_REJECTED);
        assertThat(r.err).contains("The format 'areas-only' writes AreaHierarchy; est report gives formats a "
                + "FeedbackReport");
    }

    @Test
    void formatSettingsMustNameAFormatAskedFor() {
        Cli.Result r = report("setting", "--format", "lines", "--format-setting", "pdf.paper=a4");
        assertThat(r.code).as(r.toString()).isEqualTo(EstCli.USAGE);
        assertThat(r.err).contains("--format-setting pdf.paper").contains("one of the formats asked for (lines)");
    }

    @Test
    void aSettingTheFormatRefusesFailsBeforeAnythingIsWritten() {
        Cli.Result r = report("bad-setting", "--format", "lines", "--format-setting", "lines.colour=red");
        assertThat(r.code).as(r.toString()).isEqualTo(EstCli.INPUT_REJECTED);
        assertThat(r.err).contains("est report: Invalid lines settings (1 problem):")
                .contains("  colour: is not a setting of lines (was red)");
        assertThat(dir.resolve("bad-setting")).doesNotExist();
    }

    @Test
    void thePublicSeesSuppressedCountsAndNoReasons() throws IOException {
        Cli.Result r = report("public", "--audience", "public", "--depth", "1");
        assertThat(r.code).as(r.toString()).isZero();
        Path out = dir.resolve("public");
        String text = Files.readString(out.resolve("lagesbild-" + Cli.WEEK + "-allmanheten.txt"));
        assertThat(text).contains("Mottagare: Allmänheten. Små antal (under 3)")
                .contains("..")
                .doesNotContain("Skäl:").doesNotContain("Täckning: ").doesNotContain("    – ")
                .contains("Områden djupare än nivå 1 i hierarkin räknas in i sina överordnade områden.");
        assertThat(text.lines().filter(l -> l.startsWith("      ") && l.contains(" — ")).count())
                .as("no area below depth 1").isZero();
        List<Assessment> grades;
        try (InputStream in = Files.newInputStream(out.resolve("bedomningar-" + Cli.WEEK + "-allmanheten.json"))) {
            grades = EstJson.read(DocumentKind.ASSESSMENTS, in);
        }
        assertThat(grades).hasSize(50).allSatisfy(a -> assertThat(a.reasons())
                .containsExactly("Motiveringen visas inte för allmänheten: den anger antal som kan vara små."));
    }

    @Test
    void theTextAndTheFormatsCountWhatThePublicMaySeeAlike() throws IOException {
        Cli.Result r = Cli.run(args("public-csv", "--audience", "public", "--format", "csv").toArray(String[]::new));
        assertThat(r.code).as(r.toString()).isZero();
        Path out = dir.resolve("public-csv");
        String csvTotal = Files.readAllLines(out.resolve("lagesbild-" + Cli.WEEK + "-allmanheten.csv")).get(1)
                .split(";", -1)[5];
        String text = Files.readString(out.resolve("lagesbild-" + Cli.WEEK + "-allmanheten.txt"));
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("\nSjövikens kommun — [^\n]*?: (\\S+) "
                + "iakttagelser").matcher(text);
        assertThat(total.find()).as(text).isTrue();
        assertThat(total.group(1)).as("the police's observations are counted in neither").isEqualTo(csvTotal);
    }

    @Test
    void formatsAreGivenTheAudiencesOwnFeedbackReport() throws IOException {
        Cli.Result r = report("partners", "--audience", "partners", "--format", "lines");
        assertThat(r.code).as(r.toString()).isZero();
        List<String> partners = Files.readAllLines(dir.resolve("partners")
                .resolve("lagesbild-" + Cli.WEEK + "-samverkanspartner.lines"));
        assertThat(report("group-lines", "--format", "lines").code).isZero();
        List<String> group = Files.readAllLines(dir.resolve("group-lines")
                .resolve("lagesbild-" + Cli.WEEK + "-est-gruppen.lines"));
        assertThat(partners).hasSameSizeAs(group).isNotEqualTo(group);
        long partnersTotal = Long.parseLong(partners.get(1).substring(partners.get(1).lastIndexOf(' ') + 1));
        long groupTotal = Long.parseLong(group.get(1).substring(group.get(1).lastIndexOf(' ') + 1));
        assertThat(partnersTotal).as("the police's observations are the group's").isPositive().isLessThan(groupTotal);
    }

    @Test
    void rejectedRowsArePrintedLeftOutAndGiveExitCode1() throws IOException {
        Path broken = Cli.withBrokenRows(demo, dir.resolve("broken.csv"));
        long rows = Cli.rows(demo.resolve(DemoFiles.OBSERVATIONS));
        Cli.Result r = Cli.run("report", "--observations", broken.toString(), "--areas",
                demo.resolve(DemoFiles.AREAS).toString(), "--period", Cli.WEEK, "--out",
                dir.resolve("broken").toString());
        assertThat(r.code).as(r.toString()).isEqualTo(EstCli.INPUT_REJECTED);
        assertThat(r.err).contains("broken.csv:" + (rows + 3) + ":5: område: 'atlantis'")
                .contains("broken.csv: " + (rows + 3) + " read, " + rows + " accepted, 3 rejected (0 excluded)")
                .contains("3 rows were rejected and left out of the report")
                .contains("note: ").contains("räknas till en okänd organisation")
                .contains("inga rapporteringsomgångar (--rounds)");
        assertThat(dir.resolve("broken").resolve(TEXT)).exists();
        assertThat(Files.readString(dir.resolve("broken").resolve(TEXT)))
                .contains(rows + " godtagna, 3 avvisade");
    }

    @Test
    void strictModeWritesNothing() throws IOException {
        Path broken = Cli.withBrokenRows(demo, dir.resolve("strict.csv"));
        Cli.Result r = Cli.run("report", "--strict", "--observations", broken.toString(), "--areas",
                demo.resolve(DemoFiles.AREAS).toString(), "--period", Cli.WEEK, "--out",
                dir.resolve("strict").toString());
        assertThat(r.code).as(r.toString()).isEqualTo(EstCli.INPUT_REJECTED);
        assertThat(r.err).contains("stopped at the first row");
        assertThat(dir.resolve("strict")).doesNotExist();
    }

    @Test
    void usageErrorsGiveExitCode2() {
        Cli.Result period = report("x", "--period", "2025-W99");
        assertThat(period.code).isEqualTo(EstCli.USAGE);
        assertThat(period.err).contains("'2025-W99' is not a period").contains("Run 'est report --help'");
        assertThat(report("x", "--language", "de").err).contains("'de' is not a language est4j writes");
        assertThat(report("x", "--audience", "everyone").code).isEqualTo(EstCli.USAGE);
        assertThat(report("x", "--depth", "-1").code).isEqualTo(EstCli.USAGE);
        Cli.Result noActors = Cli.run("report", "--observations", demo.resolve(DemoFiles.OBSERVATIONS).toString(),
                "--areas", demo.resolve(DemoFiles.AREAS).toString(), "--reporters",
                demo.resolve(DemoFiles.REPORTERS).toString(), "--period", Cli.WEEK, "--out",
                dir.resolve("x").toString());
        assertThat(noActors.code).isEqualTo(EstCli.USAGE);
        assertThat(noActors.err).contains("--reporters needs --actors");
        assertThat(Cli.run("report", "--areas", "a.csv", "--period", Cli.WEEK, "--out", "x").err)
                .contains("Missing required option: '--observations=FILE'");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void anUnknownScaleListsTheKnownOnes() {
        Cli.Result r = report("scale", "--scale", "est-7");
        assertThat(r.code).as(r.toString()).isEqualTo(EstCli.INPUT_REJECTED);
        assertThat(r.err).contains("No ScaleProvider with id 'est-7'; known ids: est-5, police-area-4, "
                + "traffic-light-3");
    }

    @Test
    void anOutputFolderThatIsAFileIsAnIoError() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Cli.Result r = Cli.run(TestFormats.plugins(), args("a-file").toArray(String[]::new));
        assertThat(r.code).as(r.toString()).isEqualTo(EstCli.IO_ERROR);
        assertThat(r.err).contains("est report: cannot write into " + file + ": it is a file, not a folder");
    }

    @Test
    void aBrokenRegisterIsRejectedWithItsJsonPath() throws IOException {
        Path reporters = Files.writeString(dir.resolve("reporters.json"), "{\"format\":\"est4j\",\"version\":\"1.0\","
                + "\"kind\":\"reporters\",\"content\":[{\"id\":\"r-1\"}]}");
        List<String> args = args("register");
        args.set(args.indexOf("--reporters") + 1, reporters.toString());
        Cli.Result r = Cli.run(args.toArray(String[]::new));
        assertThat(r.code).as(r.toString()).isEqualTo(EstCli.INPUT_REJECTED);
        assertThat(r.err).contains("reporters file reporters.json").contains("content[0]");
    }

    @Test
    void theRealPoliceEventsMakeAReportOnTheBuiltInMunicipalities() throws IOException {
        Cli.Result r = Cli.run("report", "--importer", "polisen-events", "--observations",
                Cli.sharedData().resolve("polisen-events-2023-03-25.json").toString(), "--areas-provider",
                "se-municipalities", "--period", "2023-W12", "--model", "threshold", "--out",
                dir.resolve("polisen").toString());
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.out).startsWith("Lägesbild vecka 12 2023 (2023-W12) för EST-gruppen: 224 iakttagelser i ");
        assertThat(r.err).contains("500 read, 224 accepted, 276 rejected (276 excluded)");
        String text = Files.readString(dir.resolve("polisen").resolve("lagesbild-2023-W12-est-gruppen.txt"));
        assertThat(text).contains("\nSverige — ").contains("\n  Stockholms län — ").contains("\n    Stockholm — ")
                .contains("bedömningsmodell threshold");
    }
}

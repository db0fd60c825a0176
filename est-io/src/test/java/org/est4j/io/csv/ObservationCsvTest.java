package org.est4j.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.est4j.core.ValidationException;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.ingest.ImportContext;
import org.est4j.core.ingest.ImportException;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.ingest.Rejection;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.TimePrecision;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.time.Period;
import org.est4j.core.time.TimeOfDay;
import org.est4j.io.TestAreas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ObservationCsvTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String HEADER = "id;datum;tid;område;plats;kategori;allvarlighet;beskrivning;rapportör";

    static ImportResult read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8), PluginConfig.empty(), TestAreas.context());
    }

    static ImportResult read(byte[] bytes, PluginConfig config, ImportContext context) {
        return ObservationCsv.importer(config).read(org.est4j.core.spi.Source.of("enkät.csv", bytes), context);
    }

    static Instant stockholm(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Period.ZONE).toInstant();
    }

    // ------------------------------------------------------------------------------------------- accepted rows

    @Test
    void aFullRowBecomesAnObservation() {
        ImportResult result = read(HEADER + "\n"
                + "o-1;2026-11-18;21:40;Flygfältet;Busskuren;Klotter;3;Nytt klotter på busskuren;r-017\n");
        assertThat(result.rowsRead()).isEqualTo(1);
        assertThat(result.rejected()).isEmpty();
        Observation o = result.accepted().get(0);
        assertThat(o.id()).isEqualTo(ObservationId.of("o-1"));
        assertThat(o.occurredAt()).isEqualTo(stockholm("2026-11-18T21:40"));
        assertThat(o.timePrecision()).isEqualTo(TimePrecision.EXACT);
        assertThat(o.area()).isEqualTo(TestAreas.FLYGFALTET);
        assertThat(o.placeName()).contains("Busskuren");
        assertThat(o.category()).isEqualTo(CategoryId.of("property-damage.graffiti"));
        assertThat(o.severity()).isEqualTo(Severity.MODERATE);
        assertThat(o.description()).isEqualTo("Nytt klotter på busskuren");
        assertThat(o.source()).isEqualTo(Source.REPORTER);
        assertThat(o.reporter()).contains(ReporterId.of("r-017"));
        assertThat(o.visibility()).isEqualTo(Visibility.PARTNERS);
        assertThat(result.toString()).isEqualTo("enkät.csv: 1 read, 1 accepted, 0 rejected (0 excluded, 0 errors)");
    }

    static Stream<Arguments> encodingsAndDelimiters() {
        String semicolons = HEADER + "\no-1;2026-11-18;;Åborreviken;Torget vid ån;Skadegörelse;2;\"Sönder, igen\";r-1\n";
        String commas = semicolons.replace(';', ',');
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        return Stream.of(
                Arguments.of("UTF-8 ;", semicolons.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("UTF-8 ,", commas.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("UTF-8 BOM ;", CsvReaderTest.concat(bom, semicolons.getBytes(StandardCharsets.UTF_8))),
                Arguments.of("UTF-8 BOM ,", CsvReaderTest.concat(bom, commas.getBytes(StandardCharsets.UTF_8))),
                Arguments.of("Windows-1252 ;", semicolons.getBytes(CP1252)),
                Arguments.of("Windows-1252 ,", commas.getBytes(CP1252)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodingsAndDelimiters")
    void readsEveryEncodingAndDelimiterAlike(String name, byte[] bytes) {
        ImportResult result = read(bytes, PluginConfig.empty(), TestAreas.context());
        assertThat(result.rejected()).isEmpty();
        Observation o = result.accepted().get(0);
        assertThat(o.area()).isEqualTo(TestAreas.ABORRE);
        assertThat(o.placeName()).contains("Torget vid ån");
        assertThat(o.category()).isEqualTo(CategoryId.of("property-damage"));
        assertThat(o.description()).isEqualTo("Sönder, igen");
        assertThat(o.timePrecision()).isEqualTo(TimePrecision.DATE);
        assertThat(o.occurredDate()).isEqualTo(LocalDate.of(2026, 11, 18));
    }

    @Test
    void quotedFieldsKeepLineBreaksAndQuotesAndLinesCountPhysically() {
        ImportResult result = read(HEADER + "\n"
                + "o-1;2026-11-18;;rimbo;;Klotter;1;\"Första raden\nandra \"\"raden\"\"\";r-1\n"
                + "o-2;2026-11-18;;Okänt område;;Klotter;1;;r-1\n");
        assertThat(result.rowsRead()).isEqualTo(2);
        assertThat(result.accepted()).hasSize(1);
        Rejection r = result.rejected().get(0);
        assertThat(r.line()).isEqualTo(4);
        assertThat(r.field()).contains("område");
        assertThat(r.column()).isEqualTo(4);
        assertThat(r.reason()).contains("'Okänt område' is not an area");
        assertThat(r.raw()).isEqualTo("o-2;2026-11-18;;Okänt område;;Klotter;1;;r-1");
    }

    @Test
    void descriptionsWithLineBreaksAndQuotesArriveIntact() {
        ImportResult result = read(HEADER + "\n"
                + "o-1;2026-11-18;;rimbo;;Klotter;1;\"Första raden\r\nandra \"\"raden\"\"\";r-1\n");
        assertThat(result.accepted().get(0).description()).isEqualTo("Första raden\nandra \"raden\"");
    }

    static Stream<Arguments> swedishTimes() {
        return Stream.of(
                Arguments.of("datum;tid", "2026-11-18;14:30", stockholm("2026-11-18T14:30"), TimePrecision.EXACT),
                Arguments.of("datum;tid", "18/11/2026;14.30", stockholm("2026-11-18T14:30"), TimePrecision.EXACT),
                Arguments.of("datum;tid", "18.11.2026;kl. 9.05", stockholm("2026-11-18T09:05"), TimePrecision.EXACT),
                Arguments.of("datum;tid", "18 november 2026;23:59:30", stockholm("2026-11-18T23:59:30"),
                        TimePrecision.EXACT),
                Arguments.of("datum;tid", "1 okt. 2026;", stockholm("2026-10-01T12:00"), TimePrecision.DATE),
                Arguments.of("datum;dygnsdel", "2026-11-18;kväll", stockholm("2026-11-18T21:00"),
                        TimePrecision.PART_OF_DAY),
                Arguments.of("tidpunkt;x", "2026-11-18 14:30;", stockholm("2026-11-18T14:30"), TimePrecision.EXACT),
                Arguments.of("tidpunkt;x", "2026-11-18T14:30:00+01:00;", stockholm("2026-11-18T14:30"),
                        TimePrecision.EXACT),
                Arguments.of("tidpunkt;x", "2026-07-01T10:00:00Z;", Instant.parse("2026-07-01T10:00:00Z"),
                        TimePrecision.EXACT),
                Arguments.of("tidpunkt;x", "20261118;", stockholm("2026-11-18T12:00"), TimePrecision.DATE));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("swedishTimes")
    void readsSwedishDatesAndTimes(String columns, String values, Instant expected, TimePrecision precision) {
        ImportResult result = read("område;kategori;allvarlighet;rapportör;" + columns + "\nrimbo;littering;1;r-1;"
                + values + "\n");
        assertThat(result.errors()).isEmpty();
        assertThat(result.accepted().get(0).occurredAt()).isEqualTo(expected);
        assertThat(result.accepted().get(0).timePrecision()).isEqualTo(precision);
    }

    @Test
    void coordinatesMayHaveADecimalCommaAndZeroZeroMeansNone() {
        ImportResult result = read("område;kategori;allvarlighet;rapportör;datum;lat;lon\n"
                + "rimbo;littering;1;r-1;2026-11-18;59,7461;18,3655\n"
                + "rimbo;littering;1;r-1;2026-11-18;59.7461;18.3655\n"
                + "rimbo;littering;1;r-1;2026-11-18;0;0\n"
                + "rimbo;littering;1;r-1;2026-11-18;;\n");
        assertThat(result.errors()).isEmpty();
        assertThat(result.accepted()).extracting(o -> o.point().orElse(null)).containsExactly(
                GeoPoint.of(59.7461, 18.3655), GeoPoint.of(59.7461, 18.3655), null, null);
    }

    @Test
    void commaSeparatedFilesQuoteTheirDecimalCommas() {
        ImportResult result = read("område,kategori,allvarlighet,rapportör,datum,lat,lon\n"
                + "rimbo,littering,1,r-1,2026-11-18,\"59,7461\",\"18,3655\"\n");
        assertThat(result.accepted().get(0).point()).contains(GeoPoint.of(59.7461, 18.3655));
    }

    @Test
    void areasAreFoundByIdCodeOrUniqueNameAndCategoriesByIdOrLabel() {
        ImportResult result = read("område;kategori;allvarlighet;rapportör;datum\n"
                + "rimbo;property-damage.graffiti;1;r-1;2026-11-18\n"
                + "0188C1010;klotter;1;r-1;2026-11-18\n"
                + "  åborreviken ;Graffiti;1;r-1;2026-11-18\n"
                + "0188;Dålig belysning;1;r-1;2026-11-18\n");
        assertThat(result.errors()).isEmpty();
        assertThat(result.accepted()).extracting(Observation::area).containsExactly(TestAreas.RIMBO,
                TestAreas.FLYGFALTET, TestAreas.ABORRE, TestAreas.NORRTALJE);
        assertThat(result.accepted()).extracting(o -> o.category().value()).containsExactly(
                "property-damage.graffiti", "property-damage.graffiti", "property-damage.graffiti",
                "unsafe-place.lighting");
    }

    @Test
    void sourcesSeveritiesAndVisibilitiesInSwedishOrEnglish() {
        ImportResult result = read("område;kategori;allvarlighet;källa;rapportör;synlighet;datum\n"
                + "rimbo;drugs;Allvarlig;Allmänheten;;offentlig;2026-11-18\n"
                + "rimbo;drugs;minor;police;;grupp;2026-11-18\n"
                + "rimbo;drugs;4;;r-9;;2026-11-18\n");
        assertThat(result.errors()).isEmpty();
        assertThat(result.accepted()).extracting(Observation::source).containsExactly(Source.CITIZEN, Source.POLICE,
                Source.REPORTER);
        assertThat(result.accepted()).extracting(Observation::severity).containsExactly(Severity.SERIOUS,
                Severity.MINOR, Severity.CONSIDERABLE);
        assertThat(result.accepted()).extracting(Observation::visibility).containsExactly(Visibility.PUBLIC,
                Visibility.GROUP, Visibility.PARTNERS);
    }

    @Test
    void settingsNameColumnsAndFillEmptyCells() {
        PluginConfig config = PluginConfig.of(Map.of("header.area", "Stadsdel", "header.category", "Typ av händelse",
                "default.severity", "2", "default.source", "trygghetsvandring", "default.visibility", "grupp",
                "id.prefix", "vandring-"));
        ImportResult result = read(("Stadsdel;Typ av händelse;datum;allvarlighet\nrimbo;Öde plats;2026-11-18;\n")
                .getBytes(StandardCharsets.UTF_8), config, TestAreas.context());
        Observation o = result.accepted().get(0);
        assertThat(o.id()).isEqualTo(ObservationId.of("vandring-2"));
        assertThat(o.source()).isEqualTo(Source.SAFETY_WALK);
        assertThat(o.severity()).isEqualTo(Severity.LIMITED);
        assertThat(o.visibility()).isEqualTo(Visibility.GROUP);
        assertThat(o.category()).isEqualTo(CategoryId.of("unsafe-place.deserted"));
    }

    @Test
    void generatedIdsComeFromTheSourceNameAndTheLine() {
        ImportResult result = read("område;kategori;allvarlighet;rapportör;datum\n\nrimbo;drugs;1;r-1;2026-11-18\n");
        assertThat(result.accepted().get(0).id()).isEqualTo(ObservationId.of("enkat-csv-3"));
    }

    @Test
    void unknownColumnsAreIgnoredUnlessSetToFail() {
        String text = "Tidsstämpel;område;kategori;allvarlighet;rapportör;datum\nx;rimbo;drugs;1;r-1;2026-11-18\n";
        assertThat(read(text).accepted()).hasSize(1);
        assertThatThrownBy(() -> read(text.getBytes(StandardCharsets.UTF_8),
                PluginConfig.of(Map.of("unknown-columns", "fail")), TestAreas.context()))
                .isInstanceOf(ImportException.class).hasMessageContaining("Tidsstämpel");
    }

    // ------------------------------------------------------------------------------------------- rejected rows

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("unknown category", "rimbo;Okänd sak;1;r-1;2026-11-18", 2, "kategori",
                        "'Okänd sak' is not a category"),
                Arguments.of("unknown area", "Atlantis;drugs;1;r-1;2026-11-18", 1, "område",
                        "'Atlantis' is not an area"),
                Arguments.of("ambiguous area", "Centrum;drugs;1;r-1;2026-11-18", 1, "område",
                        "'Centrum' matches 2 areas (norrtalje/centrum, rimbo/centrum)"),
                Arguments.of("no such day", "rimbo;drugs;1;r-1;2026-02-30", 5, "datum", "not a real date"),
                Arguments.of("not a date", "rimbo;drugs;1;r-1;igår", 5, "datum", "write it as 2026-11-18"),
                Arguments.of("empty date", "rimbo;drugs;1;r-1;", 5, "datum", "is empty"),
                Arguments.of("bad severity", "rimbo;drugs;9;r-1;2026-11-18", 3, "allvarlighet", "not a severity"),
                Arguments.of("empty severity", "rimbo;drugs;;r-1;2026-11-18", 3, "allvarlighet",
                        "set default.severity"),
                Arguments.of("no reporter, no source", "rimbo;drugs;1;;2026-11-18", 0, "källa", "no reporter is named"),
                Arguments.of("bad reporter id", "rimbo;drugs;1;anna andersson;2026-11-18", 4, "rapportör",
                        "not a reporter id"),
                Arguments.of("too few fields", "rimbo;drugs;1;2026-11-18", 0, null, "has 4 fields, the header has 5"),
                Arguments.of("too many fields", "rimbo;drugs;1;r-1;2026-11-18;extra", 0, null, "has 6 fields"),
                Arguments.of("text after quote", "\"rimbo\"x;drugs;1;r-1;2026-11-18", 1, "område",
                        "after the closing quote"),
                Arguments.of("several problems", "Atlantis;Okänd;9;r-1;2026-11-18", 1, "område",
                        "kategori: 'Okänd' is not a category"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aBadRowIsRejectedWithLineColumnFieldReasonAndRawText(String name, String row, int column, String field,
            String reason) {
        ImportResult result = read("område;kategori;allvarlighet;rapportör;datum\n" + row + "\n"
                + "rimbo;drugs;1;r-1;2026-11-18\n");
        assertThat(result.rowsRead()).isEqualTo(2);
        assertThat(result.accepted()).hasSize(1);
        Rejection r = result.errors().get(0);
        assertThat(r.source()).isEqualTo("enkät.csv");
        assertThat(r.line()).isEqualTo(2);
        assertThat(r.column()).isEqualTo(column);
        assertThat(r.field().orElse(null)).isEqualTo(field);
        assertThat(r.reason()).contains(reason);
        assertThat(r.raw()).isEqualTo(row);
        assertThat(r.excluded()).isFalse();
    }

    @Test
    void theObservationsOwnRulesRejectRowsToo() {
        ImportResult result = read("område;kategori;allvarlighet;källa;rapportör;datum;tid;dygnsdel;plats\n"
                + "rimbo;drugs;1;allmänheten;r-1;2026-11-18;;;\n"
                + "rimbo;drugs;1;rapportör;r-1;2026-11-18;14:00;natt;\n"
                + "rimbo;drugs;1;rapportör;r-1;2026-11-18;;;" + "x".repeat(201) + "\n");
        assertThat(result.accepted()).isEmpty();
        assertThat(result.errors()).extracting(Rejection::field).extracting(f -> f.orElse(null))
                .containsExactly("rapportör", "dygnsdel", "plats");
        assertThat(result.errors().get(0).reason()).contains("must be empty unless the source is REPORTER");
        assertThat(result.errors().get(1).reason()).contains("says NIGHT but the time is in the AFTERNOON");
        assertThat(result.errors().get(2).reason()).contains("at most 200 characters");
    }

    @Test
    void aRepeatedIdIsRejectedNamingTheFirstLine() {
        ImportResult result = read("id;område;kategori;allvarlighet;rapportör;datum\n"
                + "a-1;rimbo;drugs;1;r-1;2026-11-18\na-1;rimbo;drugs;1;r-1;2026-11-19\n");
        assertThat(result.accepted()).hasSize(1);
        assertThat(result.errors().get(0).reason()).contains("the id a-1 is used again; line 2 has it too");
        assertThat(result.errors().get(0).column()).isEqualTo(1);
    }

    @Test
    void aHugeFieldRejectsItsRowAndReadingGoesOn() {
        ImportContext context = ImportContext.builder().hierarchy(TestAreas.hierarchy()).maxFieldLength(50).build();
        String text = "område;kategori;allvarlighet;rapportör;datum;beskrivning\n"
                + "rimbo;drugs;1;r-1;2026-11-18;" + "lång ".repeat(10_000) + "\n"
                + "rimbo;drugs;1;r-1;2026-11-18;kort\n";
        ImportResult result = read(text.getBytes(StandardCharsets.UTF_8), PluginConfig.empty(), context);
        assertThat(result.rowsRead()).isEqualTo(2);
        assertThat(result.accepted()).extracting(Observation::description).containsExactly("kort");
        Rejection r = result.errors().get(0);
        assertThat(r.column()).isEqualTo(6);
        assertThat(r.field()).contains("beskrivning");
        assertThat(r.reason()).contains("longer than 50 characters");
        assertThat(r.raw()).hasSizeLessThan(Rejection.MAX_RAW_LENGTH + 40);
    }

    @Test
    void pastMaxRowsTheRestIsRejectedAsOneRow() {
        ImportContext context = ImportContext.builder().hierarchy(TestAreas.hierarchy()).maxRows(2).build();
        String text = "område;kategori;allvarlighet;rapportör;datum\n"
                + "rimbo;drugs;1;r-1;2026-11-18\n".repeat(5);
        ImportResult result = read(text.getBytes(StandardCharsets.UTF_8), PluginConfig.empty(), context);
        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.accepted()).hasSize(2);
        assertThat(result.errors().get(0).line()).isEqualTo(4);
        assertThat(result.errors().get(0).reason()).contains("more than 2 rows (maxRows)");
    }

    @Test
    void strictModeStopsAtTheFirstBadRow() {
        ImportContext context = ImportContext.builder().hierarchy(TestAreas.hierarchy()).strict(true).build();
        String text = "område;kategori;allvarlighet;rapportör;datum\nrimbo;drugs;1;r-1;2026-11-18\n"
                + "rimbo;drugs;1;r-1;x\nrimbo;nope;1;r-1;2026-11-18\n";
        assertThatThrownBy(() -> read(text.getBytes(StandardCharsets.UTF_8), PluginConfig.empty(), context))
                .isInstanceOf(ImportException.class)
                .satisfies(e -> {
                    Rejection r = ((ImportException) e).rejection();
                    assertThat(r.line()).isEqualTo(3);
                    assertThat(r.field()).contains("datum");
                });
    }

    // ------------------------------------------------------------------------------------------- whole-input failures

    static Stream<Arguments> badHeaders() {
        return Stream.of(
                Arguments.of("kategori;allvarlighet;datum", "no column for område (area)"),
                Arguments.of("område;allvarlighet;datum", "no column for kategori"),
                Arguments.of("område;kategori;allvarlighet", "no column for datum or tidpunkt"),
                Arguments.of("område;Område;kategori;datum", "2 columns for område"),
                Arguments.of("area;område;kategori;datum", "2 columns for område"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badHeaders")
    void aHeaderWithoutTheRequiredColumnsStopsTheImport(String header, String reason) {
        assertThatThrownBy(() -> read(header + "\nrimbo;drugs;1;2026-11-18\n")).isInstanceOf(ImportException.class)
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(((ImportException) e).rejection().line()).isEqualTo(1));
    }

    @Test
    void aConfiguredHeaderThatIsNotThereStopsTheImport() {
        assertThatThrownBy(() -> read("område;kategori;datum\n".getBytes(StandardCharsets.UTF_8),
                PluginConfig.of(Map.of("header.area", "Stadsdel")), TestAreas.context()))
                .isInstanceOf(ImportException.class).hasMessageContaining("header.area names the column 'Stadsdel'");
    }

    @Test
    void anEmptyInputHasNoRows() {
        ImportResult result = read("");
        assertThat(result.rowsRead()).isZero();
        assertThat(read("område;kategori;datum\n").rowsRead()).isZero();
    }

    @Test
    void settingsAreCheckedWhenTheImporterIsCreated() {
        PluginConfig config = PluginConfig.of(Map.of("header.omrade", "x", "delimiter", ";;", "encoding", "klingon",
                "default.severity", "11", "unknown-columns", "maybe", "delimeter", ";"));
        assertThatThrownBy(() -> ObservationCsv.importer(config)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.path())
                        .containsExactlyInAnyOrder("delimeter", "header.omrade", "delimiter", "encoding",
                                "unknown-columns", "default.severity"));
    }

    @Test
    void givenDelimiterAndEncodingAreUsed() {
        byte[] bytes = "område|kategori|allvarlighet|rapportör|datum\nÅborreviken|drugs|1|r-1|2026-11-18\n"
                .getBytes(CP1252);
        ImportResult result = read(bytes, PluginConfig.of(Map.of("delimiter", "|", "encoding", "windows-1252")),
                TestAreas.context());
        assertThat(result.accepted()).extracting(Observation::area).containsExactly(TestAreas.ABORRE);
    }

    @Test
    void theTemplateHeaderLineIsReadBackAsEveryField() {
        String header = ObservationCsv.headerLine(';');
        assertThat(header).startsWith("id;datum;tid;dygnsdel;område;plats;kategori;").doesNotContain("tidpunkt");
        ImportResult result = read(header + "\no-1;2026-11-18;21:00;kväll;rimbo;Torget;drugs;2;Text;rapportör;r-1;app;"
                + "partner;59,74;18,36;2026-11-19 08:00\n");
        assertThat(result.errors()).isEmpty();
        Observation o = result.accepted().get(0);
        assertThat(o.channel()).contains("app");
        assertThat(o.reportedAt()).contains(stockholm("2026-11-19T08:00"));
        assertThat(o.point()).contains(GeoPoint.of(59.74, 18.36));
    }

    @Test
    void everyFieldHasAKeyAndItsSwedishHeaderFirst() {
        assertThat(ObservationCsv.Field.ofKey("AREA")).isEqualTo(ObservationCsv.Field.AREA);
        assertThat(ObservationCsv.Field.AREA.header()).isEqualTo("område");
        assertThat(ObservationCsv.Field.AREA.headers()).contains("omrade", "area");
        assertThatThrownBy(() -> ObservationCsv.Field.ofKey("omrade")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Stream.of(ObservationCsv.Field.values()).map(ObservationCsv.Field::key).distinct().count())
                .isEqualTo(ObservationCsv.Field.values().length);
    }

    // ------------------------------------------------------------------------------------------- property

    /** Kinds 0..6 are valid rows (of different shapes); 7..12 are broken in one way each. */
    private static final int VALID_KINDS = 7;

    @Test
    void everyRowIsAccountedForAndEveryValidRowIsAccepted() {
        qt().withExamples(150).forAll(lists().of(integers().between(0, 12)).ofSizeBetween(0, 40), integers().all())
                .checkAssert((kinds, seed) -> {
                    Random random = new Random(seed);
                    StringBuilder text = new StringBuilder("id;datum;tid;område;kategori;allvarlighet;beskrivning;"
                            + "rapportör;lat;lon\n");
                    long line = 2;
                    Set<String> valid = new TreeSet<>();
                    Set<Long> brokenLines = new TreeSet<>();
                    for (int i = 0; i < kinds.size(); i++) {
                        if (random.nextInt(8) == 0) {
                            text.append(random.nextBoolean() ? "\n" : ";;;;\n");
                            line++;
                        }
                        String row = row(kinds.get(i), "r" + i, random);
                        text.append(row).append('\n');
                        if (kinds.get(i) < VALID_KINDS) {
                            valid.add("r" + i);
                        } else {
                            brokenLines.add(line);
                        }
                        line += row.chars().filter(c -> c == '\n').count() + 1;
                    }
                    ImportResult result = read(text.toString());
                    assertThat(result.rowsRead()).isEqualTo(kinds.size());
                    assertThat(result.accepted().size() + result.rejected().size()).isEqualTo(kinds.size());
                    assertThat(result.accepted().stream().map(o -> o.id().value()).collect(Collectors.toSet()))
                            .isEqualTo(valid);
                    assertThat(result.rejected().stream().map(Rejection::line).collect(Collectors.toSet()))
                            .isEqualTo(brokenLines);
                });
    }

    private static String row(int kind, String id, Random random) {
        String description = quoted(text(random));
        String area = List.of("rimbo", "Rimbo", "0188C1010", "Åborreviken", "norrtalje/centrum").get(random.nextInt(5));
        String category = List.of("drugs", "Klotter", "Graffiti", "unsafe-place.lighting").get(random.nextInt(4));
        String[] f = {id, "2026-11-" + (10 + random.nextInt(19)), random.nextBoolean() ? "" : "1" + random.nextInt(10)
                + ":" + (10 + random.nextInt(50)), area, category, String.valueOf(1 + random.nextInt(5)), description,
                "rep-" + random.nextInt(100), "", ""};
        switch (kind) {
            case 1:
                f[1] = "18/11/2026";
                break;
            case 2:
                f[8] = "59," + random.nextInt(9999);
                f[9] = "\"18,5\"";
                break;
            case 3:
                f[6] = quoted("rad ett\nrad två; \"" + text(random) + "\"");
                break;
            case 4:
                f[5] = "Måttlig";
                break;
            case 5:
                f[2] = "";
                f[1] = "1 december 2026";
                break;
            case 6:
                f[6] = "";
                break;
            case 7:
                f[4] = "okänd-" + random.nextInt(100);
                break;
            case 8:
                f[1] = "2026-13-" + (32 + random.nextInt(60));
                break;
            case 9:
                f[3] = "Atlantis " + random.nextInt(100);
                break;
            case 10:
                f[5] = String.valueOf(6 + random.nextInt(90));
                break;
            case 11:
                return String.join(";", f).replaceFirst(";", "");
            case 12:
                f[4] = "\"drugs\"x";
                break;
            default:
                break;
        }
        return String.join(";", f);
    }

    private static String text(Random random) {
        String alphabet = "abcåäö ;,\"'=+-@\t.";
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(30); i > 0; i--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    @Test
    void importsAreDeterministic() {
        String text = HEADER + "\no-1;2026-11-18;21:40;rimbo;;Klotter;3;x;r-1\no-2;2026-11-19;;rimbo;;drugs;2;y;r-2\n";
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        read(text).accepted().forEach(o -> first.add(o.toString()));
        read(text).accepted().forEach(o -> second.add(o.toString()));
        assertThat(first).isEqualTo(second).hasSize(2);
    }
}

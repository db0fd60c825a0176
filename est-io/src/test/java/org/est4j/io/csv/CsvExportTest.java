package org.est4j.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.est4j.core.EstException;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.measure.Horizon;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.MeasureType;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.time.Period;
import org.est4j.core.time.TimeOfDay;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.io.TestAreas;
import org.est4j.io.TestPictures;
import org.est4j.io.report.ReportSamples;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CsvExportTest {
    private static final String BOM = "\uFEFF";

    static String csv(Object document, CsvStyle style) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CsvExport.write(document, out, style);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static Instant stockholm(String local) {
        return LocalDateTime.parse(local).atZone(Period.ZONE).toInstant();
    }

    static List<Observation> sample() {
        return List.of(
                Observation.builder().id(ObservationId.of("o-1")).source(Source.REPORTER).reporter(ReporterId.of("r-017"))
                        .area(TestAreas.FLYGFALTET).placeName("Busskuren").point(GeoPoint.of(59.7441, 18.3623))
                        .occurredAtLocal(LocalDateTime.parse("2026-11-18T21:40"))
                        .category(CategoryId.of("property-damage.graffiti")).severity(Severity.MODERATE)
                        .description("Nytt klotter; \"tags\" på busskuren")
                        .reportedAt(stockholm("2026-11-19T08:00")).build(),
                Observation.builder().id(ObservationId.of("o-2")).source(Source.CITIZEN).channel("e-tjänst")
                        .area(TestAreas.CENTRUM).occurredOn(LocalDate.of(2026, 11, 20), TimeOfDay.EVENING)
                        .category(CategoryId.of("gathering")).severity(Severity.LIMITED)
                        .description("=HYPERLINK(\"http://evil\")").visibility(Visibility.PUBLIC).build(),
                Observation.builder().id(ObservationId.of("o-3")).source(Source.POLICE).area(TestAreas.NORRTALJE)
                        .occurredOn(LocalDate.of(2026, 7, 1)).point(GeoPoint.of(59.5, -0.125))
                        .category(CategoryId.of("disorder-violence.assault")).severity(Severity.SERIOUS).build());
    }

    // ------------------------------------------------------------------------------------------- observations

    @Test
    void observationsAreWrittenUnderTheImportersSwedishHeaders() {
        assertThat(csv(Observations.of(sample()), CsvStyle.swedishExcel())).isEqualTo(BOM
                + "id;datum;tid;tidpunkt;dygnsdel;område;plats;kategori;allvarlighet;beskrivning;källa;rapportör;kanal;"
                + "synlighet;lat;lon;rapporterad\r\n"
                + "o-1;2026-11-18;21:40;2026-11-18T21:40:00+01:00;kväll;flygfaltet;Busskuren;property-damage.graffiti;3;"
                + "\"Nytt klotter; \"\"tags\"\" på busskuren\";Rapportör;r-017;;partner;59,7441;18,3623;"
                + "2026-11-19T08:00:00+01:00\r\n"
                + "o-2;2026-11-20;;;kväll;norrtalje/centrum;;gathering;2;\"'=HYPERLINK(\"\"http://evil\"\")\";"
                + "Allmänheten;;e-tjänst;offentlig;;;\r\n"
                + "o-3;2026-07-01;;;;0188;;disorder-violence.assault;5;;Polisen;;;grupp;59,5;-0,125;\r\n");
    }

    @Test
    void englishHeadersAreTheImportersEnglishNames() {
        List<String> headers = CsvExport.observationHeaders(CsvStyle.englishExcel());
        assertThat(headers).containsExactly("id", "date", "time", "datetime", "time of day", "area", "place",
                "category", "severity", "description", "source", "reporter", "channel", "visibility", "lat", "lon",
                "reported");
        ObservationCsv.Field[] fields = ObservationCsv.Field.values();
        for (int i = 0; i < fields.length; i++) {
            assertThat(fields[i].headers()).as("the importer finds %s", headers.get(i)).contains(headers.get(i));
        }
        assertThat(csv(Observations.of(sample().get(2)), CsvStyle.englishExcel()))
                .endsWith("o-3,2026-07-01,,,,0188,,disorder-violence.assault,5,,Police,,,group,59.5,-0.125,\r\n");
    }

    @Test
    void exactTimesInTheRepeatedAutumnHourKeepTheirOffset() {
        Instant second = stockholm("2026-10-25T02:30").plusSeconds(3600); // 02:30 the second time, +01:00
        Observation o = Observation.builder().from(sample().get(0)).occurredAt(second).timeOfDay(TimeOfDay.NIGHT)
                .reportedAt(second).build();
        String text = csv(Observations.of(o), CsvStyle.swedishExcel());
        assertThat(text).contains(";02:30;2026-10-25T02:30:00+01:00;natt;");
        ImportResult back = ObservationCsv.importer().read(org.est4j.core.spi.Source.of("x.csv",
                text.getBytes(StandardCharsets.UTF_8)), TestAreas.context());
        assertThat(back.accepted()).containsExactly(o);
    }

    /** The property the issue asks for: observations exported and imported with the csv importer come back equal. */
    @Test
    void observationsComeBackEqualThroughTheImporter() {
        List<CsvStyle> styles = List.of(CsvStyle.swedishExcel(), CsvStyle.englishExcel(),
                CsvStyle.builder().byteOrderMark(false).lineEnding(CsvStyle.LineEnding.LF).delimiter('\t').build());
        qt().withFixedSeed(4711L).withExamples(60).forAll(observationLists(), integers().between(0, 2))
                .checkAssert((list, s) -> {
                    String text = csv(Observations.of(list), styles.get(s));
                    ImportResult back = ObservationCsv.importer().read(org.est4j.core.spi.Source.of("export.csv",
                            text.getBytes(StandardCharsets.UTF_8)), TestAreas.context());
                    assertThat(back.rejected()).as(text).isEmpty();
                    assertThat(back.rowsRead()).isEqualTo(list.size());
                    assertThat(back.accepted()).isEqualTo(list);
                });
    }

    @Test
    void aNeutralisedTextComesBackWithItsApostrophe() {
        Observation o = sample().get(1);
        String text = csv(Observations.of(o), CsvStyle.swedishExcel());
        ImportResult back = ObservationCsv.importer().read(org.est4j.core.spi.Source.of("x.csv",
                text.getBytes(StandardCharsets.UTF_8)), TestAreas.context());
        assertThat(back.accepted()).hasSize(1);
        assertThat(back.accepted().get(0).description()).isEqualTo("'" + o.description());
        assertThat(back.accepted().get(0)).isEqualTo(Observation.builder().from(o).description("'" + o.description())
                .build());
    }

    private static final List<String> TEXT = List.of("a", "Å", "ö", " ", ";", ",", "\"", "'", "x", "1", ".", "😀",
            "<", "&", "=", "-", "+", "@", "\t");
    private static final List<AreaId> AREAS = List.of(TestAreas.NORRTALJE, TestAreas.CENTRUM, TestAreas.RIMBO,
            TestAreas.RIMBO_CENTRUM, TestAreas.FLYGFALTET, TestAreas.ABORRE);

    /**
     * A text as the importer keeps it: starting and ending with a letter, so never formula-like nor padded, and with
     * LF line breaks (the reader turns CRLF and CR inside a field into LF).
     */
    static Gen<String> text(int max, boolean lines) {
        return in -> {
            int n = integers().between(0, max).generate(in);
            StringBuilder s = new StringBuilder("T");
            for (int i = 0; i < n; i++) {
                s.append(lines && booleans().all().generate(in) && i % 5 == 0
                        ? "\n" : Generate.pick(TEXT).generate(in));
            }
            String t = s.append('z').toString();
            return lines ? t : t.replaceAll("\\s+", " ");
        };
    }

    static Gen<Observation> observation(int number) {
        List<CategoryId> categories = Taxonomy.standard().all().stream().map(Category::id).collect(Collectors.toList());
        return in -> {
            Source source = Generate.enumValues(Source.class).generate(in);
            Observation.Builder b = Observation.builder().id(ObservationId.of("o-" + number)).source(source)
                    .area(Generate.pick(AREAS).generate(in)).category(Generate.pick(categories).generate(in))
                    .severity(Generate.enumValues(Severity.class).generate(in));
            if (source == Source.REPORTER) {
                b.reporter(ReporterId.of("r-" + integers().between(1, 99).generate(in)));
            }
            if (booleans().all().generate(in)) {
                b.channel(text(12, false).generate(in));
            }
            if (booleans().all().generate(in)) {
                b.placeName(text(20, false).generate(in));
            }
            if (booleans().all().generate(in)) {
                b.description(text(60, true).generate(in));
            }
            if (booleans().all().generate(in)) {
                b.visibility(Generate.enumValues(Visibility.class).generate(in));
            }
            if (booleans().all().generate(in)) {
                double lat = doubles().between(-90, 90).generate(in);
                double lon = doubles().between(-180, 180).generate(in);
                if (lat != 0 || lon != 0) { // the importer reads 0;0 as no position
                    b.point(GeoPoint.of(lat, lon));
                }
            }
            long seconds = longs().between(946_684_800L, 2_082_758_400L).generate(in); // 2000 to 2035
            Instant at = Instant.ofEpochSecond(seconds, booleans().all().generate(in) ? 0
                    : integers().between(0, 999_999_999).generate(in));
            LocalDate day = LocalDate.ofInstant(at, Period.ZONE);
            switch (integers().between(0, 2).generate(in)) {
                case 0:
                    b.occurredAt(at);
                    break;
                case 1:
                    b.occurredOn(day, Generate.enumValues(TimeOfDay.class).generate(in));
                    break;
                default:
                    b.occurredOn(day);
            }
            Observation o = b.build();
            if (booleans().all().generate(in)) {
                o = Observation.builder().from(o).reportedAt(o.earliestOccurrence()
                        .plusSeconds(integers().between(0, 5_000_000).generate(in))
                        .plusNanos(integers().between(0, 999_999_999).generate(in))).build();
            }
            return o;
        };
    }

    static Gen<List<Observation>> observationLists() {
        return in -> {
            int n = integers().between(0, 12).generate(in);
            List<Observation> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(observation(i).generate(in));
            }
            return list;
        };
    }

    // ------------------------------------------------------------------------------------------- measures

    static Measure measure() {
        return Measure.builder().id(MeasureId.of("2026-047")).title("Belysning vid busshållplatsen")
                .type(MeasureType.LIGHTING).addTargetAreas(TestAreas.CENTRUM, TestAreas.RIMBO)
                .addTargetCategories(CategoryId.of("unsafe-place.lighting"))
                .leadActor(ActorId.of("tekniska-kontoret")).addPartners(ActorId.of("polisen"), ActorId.of("bostadsbolaget"))
                .start(LocalDate.of(2026, 11, 23)).horizon(Horizon.SHORT)
                .description("-2 lampor, +3 nya; se \"plan\"").followUpEvery(java.time.Period.ofWeeks(2)).build()
                .transitionTo(MeasureStatus.ONGOING, LocalDate.of(2026, 11, 23));
    }

    @Test
    void measuresAreOneRowEach() {
        Measure done = Measure.builder().from(measure()).id(MeasureId.of("2026-048")).build()
                .transitionTo(MeasureStatus.DONE, LocalDate.of(2026, 12, 1));
        assertThat(csv(Measures.of(measure(), done), CsvStyle.swedishExcel())).isEqualTo(BOM
                + "id;titel;typ;typkod;status;start;slut;horisont;ansvarig;partner;områden;kategorier;beskrivning;"
                + "synlighet;uppföljningsintervall\r\n"
                + "2026-047;Belysning vid busshållplatsen;Belysning;lighting;pågående;2026-11-23;;kortsiktig;"
                + "tekniska-kontoret;bostadsbolaget, polisen;norrtalje/centrum, rimbo;unsafe-place.lighting;"
                + "\"'-2 lampor, +3 nya; se \"\"plan\"\"\";grupp;P14D\r\n"
                + "2026-048;Belysning vid busshållplatsen;Belysning;lighting;genomförd;2026-11-23;2026-12-01;kortsiktig;"
                + "tekniska-kontoret;bostadsbolaget, polisen;norrtalje/centrum, rimbo;unsafe-place.lighting;"
                + "\"'-2 lampor, +3 nya; se \"\"plan\"\"\";grupp;P14D\r\n");
        assertThat(csv(Measures.of(List.of()), CsvStyle.englishExcel())).isEqualTo(BOM + "id,title,type,type code,"
                + "status,start,end,horizon,lead,partners,areas,categories,description,visibility,follow-up interval\r\n");
    }

    // ------------------------------------------------------------------------------------------- pictures

    @Test
    void picturesAreOneRowPerAreaWithACountColumnPerTopLevelCategory() {
        PictureTable table = PictureTable.builder().pictures(TestPictures.pictures()).hierarchy(TestAreas.hierarchy())
                .build();
        List<String> lines = List.of(csv(table, CsvStyle.swedishExcel()).substring(1).split("\r\n"));
        assertThat(lines).hasSize(7);
        assertThat(lines.get(0)).isEqualTo("område;namn;nivå;överordnat;period;totalt;egna;sammanhang;"
                + "allvarlighetspoäng;skadepoäng;trend mot föregående;trend mot förra året;förväntade rapportörer;"
                + "svarade;inget att rapportera;svarsfrekvens %;låg täckning;hotspots;property-damage;gathering");
        assertThat(lines.get(1)).isEqualTo("0188;Norrtälje;kommun;;2026-W47;7;1;0;20;9,5;ökar;;4;3;1;75;ja;1;4;3");
        assertThat(lines.get(2)).isEqualTo("aborre;Åborreviken;område;0188;2026-W47;0;0;0;0;0;;;;;;;;0;0;0");
        assertThat(lines.get(3)).isEqualTo("flygfaltet;Flygfältet;område;0188;2026-W47;1;1;0;3;1,25;;;;;;;;0;1;0");
        assertThat(lines.get(6)).isEqualTo(
                "rimbo/centrum;Centrum;område;rimbo;2026-W47;3;3;0;9;4,5;;för lite data;;;;;;0;1;2");
    }

    @Test
    void aTaxonomyGivesEveryTopLevelCategoryByLabelAndAssessmentsGetColumns() {
        PictureTable table = PictureTable.builder().pictures(TestPictures.pictures()).hierarchy(TestAreas.hierarchy())
                .taxonomy(Taxonomy.standard()).addAllAssessments(TestPictures.assessments()).build();
        List<String> lines = List.of(csv(table, CsvStyle.englishExcel()).substring(1).split("\r\n"));
        List<String> topLevel = Taxonomy.standard().topLevel().stream().map(c -> c.label(Locale.ENGLISH))
                .collect(Collectors.toList());
        assertThat(lines.get(0)).isEqualTo("area,name,level,parent,period,total,own,context,severity score,harm score,"
                + "trend vs previous,trend vs last year,expected reporters,answered,nothing to report,response rate %,"
                + "low coverage,hotspots,assessment,assessment code,scale,suggested level,decided by the group,"
                + String.join(",", topLevel));
        String zeros = ",0".repeat(topLevel.size() - 2);
        assertThat(lines.get(1)).isEqualTo("0188,Norrtälje,municipality,,2026-W47,7,1,0,20,9.5,rising,,4,3,1,75,yes,1,"
                + "Unsettled,3,est-5,3,no,4,3" + zeros);
        assertThat(lines.get(4)).isEqualTo("norrtalje/centrum,Centrum,neighbourhood,0188,2026-W47,2,2,0,6,2.5,,,,,,,,1,"
                + "Serious,4,est-5,3,yes,2,0" + zeros);
        assertThat(lines.get(2)).startsWith("aborre,Åborreviken,neighbourhood,0188,2026-W47,0,0,0,0,0,,,,,,,,0,,,,,,");
    }

    @Test
    void aBarePictureSetLeavesNamesEmpty() {
        PictureSet set = TestPictures.pictures();
        String text = csv(set, CsvStyle.swedishExcel());
        assertThat(text).isEqualTo(csv(PictureTable.of(set), CsvStyle.swedishExcel()));
        assertThat(text).contains("\r\n0188;;;;2026-W47;7;1;0;20;9,5;ökar;");
    }

    // ------------------------------------------------------------------------------------------- in general

    @Test
    void otherDocumentsAreRefusedWithTheTypesWritten() {
        assertThatThrownBy(() -> csv("text", CsvStyle.swedishExcel())).isInstanceOf(EstException.class)
                .hasMessageContaining("Observations, Measures, PictureTable, PictureSet, FeedbackReport").hasMessageContaining("String");
        assertThatThrownBy(() -> csv(sample(), CsvStyle.swedishExcel())).isInstanceOf(EstException.class)
                .hasMessageContaining("Observations.of(list)");
        assertThat(CsvExport.documentTypes()).containsExactly(Observations.class, Measures.class, PictureTable.class,
                PictureSet.class, FeedbackReport.class);
    }

    // ------------------------------------------------------------------------------------------- feedback

    @Test
    void aFeedbackReportIsItsAudiencesTableWithSuppressedCellsMarked() throws IOException {
        String published = csv(ReportSamples.report(), CsvStyle.swedishExcel());
        List<String> rows = published.lines().collect(Collectors.toList());
        assertThat(rows.get(0)).startsWith("\uFEFFområde;namn;nivå;överordnat;period;totalt;trend mot föregående;")
                .endsWith(";hotspots;Skadegörelse;Otrygghetsskapande samling av personer;Narkotika;"
                        + "Ordningsstörning och våld;Trafik;Nedskräpning;Otrygg plats;Incident mot anställd;"
                        + "Ryktesspridning i sociala medier;Planerat arrangemang;Övrigt otrygghetsskapande")
                .as("coverage counts people: not for the public").doesNotContain("svarade");
        assertThat(rows.get(1)).startsWith("9999;Sjövikens kommun;kommun;;2026-11;123;")
                .as("the police's drug observations are the group's").contains(";33;30;0;14;21;14;11;");
        assertThat(rows).filteredOn(r -> r.startsWith("9999/bruksvik/brukshamnen;")).singleElement()
                .satisfies(r -> assertThat(r).contains(";2026-11;..;"));
        assertThat(rows).hasSize(1 + ReportSamples.hierarchy().size());
        String group = csv(ReportSamples.report(Audience.GROUP, Locale.forLanguageTag("sv")), CsvStyle.swedishExcel());
        assertThat(group.lines().skip(1).findFirst().orElseThrow()).startsWith("9999;Sjövikens kommun;kommun;;2026-11;140;")
                .doesNotContain("..");
        assertThat(group.lines().findFirst().orElseThrow()).contains(";förväntade rapportörer;svarade;svarsfrekvens %;");
    }

    @Test
    void theSameDocumentGivesTheSameBytes() {
        qt().withFixedSeed(99L).withExamples(20).forAll(observationLists()).checkAssert(list ->
                assertThat(csv(Observations.of(list), CsvStyle.swedishExcel()))
                        .isEqualTo(csv(Observations.of(new ArrayList<>(list)), CsvStyle.swedishExcel())));
        PictureTable table = PictureTable.builder().pictures(TestPictures.pictures()).hierarchy(TestAreas.hierarchy())
                .taxonomy(Taxonomy.standard()).addAllAssessments(TestPictures.assessments()).build();
        assertThat(csv(table, CsvStyle.swedishExcel())).isEqualTo(csv(PictureTable.builder().from(table).build(),
                CsvStyle.swedishExcel()));
    }
}

package org.est4j.io.polisen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.ingest.ImportContext;
import org.est4j.core.ingest.ImportException;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.ingest.Rejection;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.mapping.TimePrecision;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.time.Period;
import org.est4j.io.SharedData;
import org.est4j.io.Sources;
import org.est4j.io.area.SwedishAreas;
import org.junit.jupiter.api.Test;

/**
 * The real response of the Police events API of 2023-03-25 (500 events), and hostile variants.
 *
 * <p>With the default table and all of Sweden as the hierarchy, every one of the 500 events is accounted for: 224
 * accepted, 276 excluded, no error. The 276 are 54 summaries (49 "Sammanfattning natt", 5 "Sammanfattning kväll
 * och natt"), 119 road accidents and traffic obstructions, 43 police checks, 25 "Övrigt" (press-service notices in
 * this file), 21 accidents, rescues and missing persons, 11 crimes without a place (fraud, elderly fraud, receiving,
 * the protection act), 2 updates and 1 alarm. Every location name is a municipality or county, so none is outside.
 */
class PolisenEventsTest {
    private static final String FILE = "polisen-events-2023-03-25.json";

    static ImportResult importSweden(PluginConfig config) {
        return PolisenEvents.importer(config).read(SharedData.source(FILE),
                ImportContext.of(SwedishAreas.municipalities(), Taxonomy.standard()));
    }

    static ImportResult read(String json, PluginConfig config, ImportContext context) {
        return PolisenEvents.importer(config).read(Sources.of("events.json", json), context);
    }

    static ImportResult read(String json) {
        return read(json, PluginConfig.empty(), ImportContext.of(SwedishAreas.municipalities(), Taxonomy.standard()));
    }

    static String event(long id, String published, String name, String type, String location) {
        return "{\"id\":" + id + ",\"datetime\":\"" + published + "\",\"name\":\"" + name + "\",\"summary\":\"S\","
                + "\"url\":\"/x\",\"type\":\"" + type + "\",\"location\":{\"name\":\"" + location
                + "\",\"gps\":\"59.3,18.0\"}}";
    }

    static Instant stockholm(String local) {
        return LocalDateTime.parse(local).atZone(Period.ZONE).toInstant();
    }

    // ------------------------------------------------------------------------------------------- the real file

    @Test
    void everyEventOfTheRealFileIsAccountedFor() {
        ImportResult result = importSweden(PluginConfig.empty());
        assertThat(result.source()).isEqualTo(FILE);
        assertThat(result.rowsRead()).isEqualTo(500);
        assertThat(result.accepted()).hasSize(224);
        assertThat(result.excluded()).hasSize(276);
        assertThat(result.errors()).isEmpty();
        assertThat(result).hasToString(FILE + ": 500 read, 224 accepted, 276 rejected (276 excluded, 0 errors)");
        Map<String, Long> why = result.excluded().stream().collect(Collectors.groupingBy(r -> {
            String reason = r.reason();
            return reason.contains("summary") ? "summary" : reason.contains("road accident") ? "road"
                    : reason.contains("police work") ? "police work" : reason.contains("press service") ? "övrigt"
                    : reason.contains("a rescue") ? "accident" : reason.contains("without a place") ? "no place"
                    : reason.contains("update") ? "update" : reason.contains("alarm") ? "alarm" : reason;
        }, TreeMap::new, Collectors.counting()));
        assertThat(why).containsExactly(entry("accident", 21L), entry("alarm", 1L), entry("no place", 11L),
                entry("police work", 43L), entry("road", 119L), entry("summary", 54L), entry("update", 2L),
                entry("övrigt", 25L));
        assertThat(result.excluded()).allSatisfy(r -> assertThat(r.field()).contains("type"));
    }

    @Test
    void theAcceptedEventsFallIntoTheseCategories() {
        Map<String, Long> perCategory = importSweden(PluginConfig.empty()).accepted().stream()
                .collect(Collectors.groupingBy(o -> o.category().value(), TreeMap::new, Collectors.counting()));
        assertThat(perCategory).containsExactly(
                entry("disorder-violence", 24L), entry("disorder-violence.assault", 36L),
                entry("disorder-violence.burglary", 17L), entry("disorder-violence.harassment", 2L),
                entry("disorder-violence.robbery", 13L), entry("disorder-violence.threat", 4L), entry("drugs", 5L),
                entry("other", 33L), entry("property-damage", 8L), entry("property-damage.fire", 34L),
                entry("staff-incident", 3L), entry("traffic", 45L));
    }

    @Test
    void anEventBecomesAPoliceObservationAtTheTimeInItsName() {
        Observation o = importSweden(PluginConfig.empty()).accepted().get(0);
        assertThat(o.id()).isEqualTo(ObservationId.of("polisen-411270"));
        assertThat(o.source()).isEqualTo(Source.POLICE);
        assertThat(o.reporter()).isEmpty();
        assertThat(o.channel()).contains("polisen.se");
        assertThat(o.area()).isEqualTo(AreaId.of("0180"));
        assertThat(o.occurredAt()).isEqualTo(stockholm("2023-03-25T21:15"));
        assertThat(o.timePrecision()).isEqualTo(TimePrecision.EXACT);
        assertThat(o.reportedAt()).contains(OffsetDateTime.parse("2023-03-25T22:44:44+01:00").toInstant());
        assertThat(o.category()).isEqualTo(CategoryId.of("disorder-violence"));
        assertThat(o.severity()).isEqualTo(Severity.LIMITED);
        assertThat(o.visibility()).isEqualTo(Visibility.GROUP);
        assertThat(o.description()).isEqualTo("Allmänhet ringer in om en fest med ungdomar som verkar ha spårat ur i"
                + " Midsommarkransen.");
        assertThat(o.point()).isEmpty();
    }

    @Test
    void countiesAndOddlyCasedMunicipalitiesAreFound() {
        List<Observation> accepted = importSweden(PluginConfig.empty()).accepted();
        Map<String, Observation> byId = accepted.stream().collect(Collectors.toMap(o -> o.id().value(), o -> o));
        assertThat(accepted.stream().filter(o -> o.area().value().length() == 2)).isNotEmpty()
                .allSatisfy(o -> assertThat(SwedishAreas.municipalities().get(o.area()).name()).endsWith(" län"));
        assertThat(accepted.stream().filter(o -> o.area().equals(AreaId.of("0114")))).isNotEmpty();
        assertThat(byId).containsKey("polisen-411269");
    }

    @Test
    void aNameTimeAfterThePublicationKeepsOnlyTheDay() {
        Observation fire = importSweden(PluginConfig.empty()).accepted().stream()
                .filter(o -> o.id().equals(ObservationId.of("polisen-409544"))).findFirst().orElseThrow();
        assertThat(fire.timePrecision()).isEqualTo(TimePrecision.DATE);
        assertThat(fire.occurredDate()).isEqualTo(LocalDate.of(2023, 3, 20));
        assertThat(fire.area()).isEqualTo(AreaId.of("0580"));
        assertThat(fire.category()).isEqualTo(CategoryId.of("property-damage.fire"));
    }

    @Test
    void aMunicipalityGroupKeepsItsOwnEventsAndExcludesTheRestAsOutside() {
        AreaHierarchy orebro = SwedishAreas.municipalities().subtree(AreaId.of("1880"));
        ImportResult result = PolisenEvents.importer().read(SharedData.source(FILE),
                ImportContext.of(orebro, Taxonomy.standard()));
        assertThat(result.rowsRead()).isEqualTo(500);
        assertThat(result.accepted()).hasSize(8).allSatisfy(o -> assertThat(o.area()).isEqualTo(AreaId.of("1880")));
        assertThat(result.excluded()).hasSize(492);
        assertThat(result.excluded().stream().filter(r -> r.reason().contains("outside the hierarchy"))).hasSize(216)
                .allSatisfy(r -> assertThat(r.field()).contains("location.name"));
        ImportResult strictOutside = PolisenEvents.importer(PluginConfig.of(Map.of("outside", "reject")))
                .read(SharedData.source(FILE), ImportContext.of(orebro, Taxonomy.standard()));
        assertThat(strictOutside.errors()).hasSize(216);
        assertThat(strictOutside.accepted()).hasSize(8);
    }

    @Test
    void theDesoHierarchyTakesTheSameEvents() {
        ImportResult result = PolisenEvents.importer().read(SharedData.source(FILE),
                ImportContext.of(SwedishAreas.deso(), Taxonomy.standard()));
        assertThat(result.accepted()).hasSize(224);
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void strictModeDoesNotStopAtExclusions() {
        ImportContext strict = ImportContext.builder().hierarchy(SwedishAreas.municipalities()).strict(true).build();
        ImportResult result = PolisenEvents.importer().read(SharedData.source(FILE), strict);
        assertThat(result.accepted()).hasSize(224);
        assertThatThrownBy(() -> read("[" + event(1, "2023-03-25 22:00:00 +01:00", "25 mars 21:00, Bråk, X", "Bråk",
                "Atlantis") + "]", PluginConfig.empty(), strict)).isInstanceOf(ImportException.class)
                .hasMessageContaining("'Atlantis' is neither a Swedish municipality or county");
    }

    // ------------------------------------------------------------------------------------------- the table

    @Test
    void settingsChangeTheTable() {
        ImportResult withOvrigt = importSweden(PluginConfig.of(Map.of("type.Övrigt", "other", "severity.ovrigt", "1",
                "severity.brand", "5", "type.trafikkontroll", "exclude: inte vårt")));
        assertThat(withOvrigt.accepted()).hasSize(249);
        assertThat(withOvrigt.accepted().stream().filter(o -> o.category().value().equals("property-damage.fire")))
                .hasSize(34).allSatisfy(o -> assertThat(o.severity()).isEqualTo(Severity.SERIOUS));
        assertThat(withOvrigt.excluded().stream().filter(r -> r.reason().equals("'Trafikkontroll' is inte vårt")))
                .hasSize(38);
    }

    @Test
    void anUnknownTypeIsAnErrorNamingTheSettingUnlessExcluded() {
        String json = "[" + event(1, "2023-03-25 22:00:00 +01:00", "25 mars 21:00, Drönare, Solna", "Drönare", "Solna")
                + "]";
        Rejection error = read(json).errors().get(0);
        assertThat(error.reason()).contains("type.dronare=<category id>").contains("type.dronare=exclude");
        assertThat(error.field()).contains("type");
        assertThat(error.line()).isEqualTo(1);
        assertThat(read(json, PluginConfig.of(Map.of("unmapped", "exclude")),
                ImportContext.of(SwedishAreas.municipalities(), Taxonomy.standard())).excluded()).hasSize(1);
        assertThat(read(json, PluginConfig.of(Map.of("type.drönare", "other")),
                ImportContext.of(SwedishAreas.municipalities(), Taxonomy.standard())).accepted().get(0).severity())
                .isEqualTo(Severity.MODERATE);
    }

    @Test
    void aSummaryOfAnyKindIsExcluded() {
        ImportResult result = read("[" + event(1, "2023-03-25 22:00:00 +01:00", "25 mars 21:00, Sammanfattning helg, X",
                "Sammanfattning helg", "Skåne län") + "]");
        assertThat(result.excluded().get(0).reason()).contains("a summary of several events");
    }

    @Test
    void aMissingCategoryFallsBackToItsGroup() {
        Taxonomy small = Taxonomy.of(List.of(Category.topLevel(CategoryId.of("property-damage"), "Skadegörelse",
                "Property damage")));
        String json = "[" + event(1, "2023-03-25 22:00:00 +01:00", "25 mars 21:00, Brand, Solna", "Brand", "Solna") + ","
                + event(2, "2023-03-25 22:00:00 +01:00", "25 mars 21:00, Rån, Solna", "Rån", "Solna") + "]";
        ImportResult result = read(json, PluginConfig.empty(), ImportContext.of(SwedishAreas.municipalities(), small));
        assertThat(result.accepted().get(0).category()).isEqualTo(CategoryId.of("property-damage"));
        assertThat(result.errors().get(0).reason()).contains("disorder-violence.robbery").contains("type.ran=");
    }

    @Test
    void theDefaultsAreReadableInSettingsForm() {
        assertThat(PolisenEvents.defaults()).contains(entry("type.brand", "property-damage.fire"),
                entry("severity.brand", "4"), entry("type.misshandel-grov", "disorder-violence.assault"),
                entry("severity.misshandel-grov", "5"));
        assertThat(PolisenEvents.defaults().get("type.ovrigt")).startsWith("exclude: ");
        assertThat(PolisenEvents.defaults()).doesNotContainKey("severity.ovrigt");
    }

    @Test
    void wrongSettingsAreListedTogether() {
        assertThatThrownBy(() -> PolisenEvents.importer(PluginConfig.of(Map.of("type.brand", "eld!", "severity.brand",
                "hög", "severity.drönare", "3", "area.stockholm", "ä ö", "unmapped", "ignore", "visibility", "alla"))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.path())
                        .containsExactlyInAnyOrder("type.brand", "severity.brand", "severity.drönare",
                                "area.stockholm", "unmapped", "visibility"));
    }

    @Test
    void areaSettingsMapLocationNamesToAHostsOwnAreas() {
        AreaHierarchy own = AreaHierarchy.of(org.est4j.core.area.Area.of(AreaId.of("solna-stad"), "Solna stad",
                org.est4j.core.area.AreaLevel.MUNICIPALITY));
        String json = "[" + event(1, "2023-03-25 22:00:00 +01:00", "25 mars 21:00, Bråk, Solna", "Bråk", "Solna") + "]";
        ImportContext context = ImportContext.of(own, Taxonomy.standard());
        assertThat(read(json, PluginConfig.empty(), context).excluded()).hasSize(1);
        assertThat(read(json, PluginConfig.of(Map.of("area.Solna", "solna-stad")), context).accepted().get(0).area())
                .isEqualTo(AreaId.of("solna-stad"));
        assertThat(read(json, PluginConfig.of(Map.of("area.solna", "saknas")), context).errors().get(0).reason())
                .contains("area.solna names saknas");
    }

    // ------------------------------------------------------------------------------------------- time in the name

    @Test
    void theYearComesFromThePublicationOrTheYearBefore() {
        String json = "[" + event(1, "2024-01-01 00:10:00 +01:00", "31 december 23:50, Bråk, Solna", "Bråk", "Solna")
                + "," + event(2, "2024-03-01 10:00:00 +01:00", "29 februari, Bråk, Solna", "Bråk", "Solna")
                + "," + event(3, "2023-03-02 10:00:00 +01:00", "29 februari 10:00, Bråk, Solna", "Bråk", "Solna")
                + "," + event(4, "2023-03-25 10:00:00 +01:00", "Bråk i Solna", "Bråk", "Solna")
                + "," + event(5, "2023-03-25 10:00:00 +01:00", "25 mars 2023 09.15, Bråk, Solna", "Bråk", "Solna")
                + "]";
        ImportResult result = read(json);
        assertThat(result.accepted()).extracting(Observation::occurredAt).containsExactly(
                stockholm("2023-12-31T23:50"), stockholm("2024-02-29T12:00"), stockholm("2023-03-25T09:15"));
        assertThat(result.accepted().get(1).timePrecision()).isEqualTo(TimePrecision.DATE);
        assertThat(result.errors()).extracting(Rejection::line).containsExactly(3L, 4L);
        assertThat(result.errors().get(0).reason()).contains("names a day that does not exist");
        assertThat(result.errors().get(1).reason()).contains("does not start with the day and time");
        assertThat(result.errors()).allSatisfy(r -> assertThat(r.field()).contains("name"));
    }

    // ------------------------------------------------------------------------------------------- broken records

    @Test
    void brokenRecordsAreRejectedOneByOne() {
        String ok = event(1, "2023-03-25 22:00:00 +01:00", "25 mars 21:00, Bråk, Solna", "Bråk", "Solna");
        String json = "[" + ok + ", 42, {\"id\":2,\"type\":\"Bråk\"}, " + ok + ", "
                + ok.replace("\"id\":1", "\"id\":3").replace("22:00:00 +01:00", "igår") + ", "
                + ok.replace("\"id\":1", "\"id\":4").replace("\"type\":\"Bråk\"", "\"type\":null") + ", "
                + ok.replace("\"id\":1", "\"id\":5").replace("\"name\":\"Solna\"", "\"name\":\"\"") + "]";
        ImportResult result = read(json);
        assertThat(result.rowsRead()).isEqualTo(7);
        assertThat(result.accepted()).hasSize(1);
        assertThat(result.excluded()).extracting(Rejection::line).containsExactly(4L);
        assertThat(result.excluded().get(0).reason()).contains("the same event (id 1) as record 1");
        assertThat(result.errors()).extracting(Rejection::line).containsExactly(2L, 3L, 5L, 6L, 7L);
        assertThat(result.errors()).extracting(r -> r.field().orElse("")).containsExactly("", "datetime", "datetime",
                "type", "location.name");
        assertThat(result.errors().get(0).raw()).isEqualTo("42");
    }

    // ------------------------------------------------------------------------------------------- hostile input

    @Test
    void aLongFieldRejectsItsRecordAndAHugeOneStopsTheImport() {
        ImportContext context = ImportContext.builder().hierarchy(SwedishAreas.municipalities()).maxFieldLength(100)
                .build();
        String ok = event(1, "2023-03-25 22:00:00 +01:00", "25 mars 21:00, Bråk, Solna", "Bråk", "Solna");
        String longSummary = ok.replace("\"id\":1", "\"id\":2").replace("\"summary\":\"S\"",
                "\"summary\":\"" + "x".repeat(1_000) + "\"");
        ImportResult result = read("[" + longSummary + "," + ok + "]", PluginConfig.empty(), context);
        assertThat(result.accepted()).hasSize(1);
        assertThat(result.errors().get(0).field()).contains("summary");
        assertThat(result.errors().get(0).reason()).contains("longer than 100 characters (maxFieldLength)");
        String huge = ok.replace("\"summary\":\"S\"", "\"summary\":\"" + "x".repeat(1_100_000) + "\"");
        assertThatThrownBy(() -> read("[" + ok.replace("\"id\":1", "\"id\":9") + "," + huge + "]", PluginConfig.empty(),
                context)).isInstanceOf(ImportException.class).hasMessageContaining("string longer than 1048576")
                .satisfies(e -> assertThat(((ImportException) e).rejection().line()).isEqualTo(2));
    }

    @Test
    void deepNestingStopsTheImport() {
        String deep = "[{\"x\":" + "[".repeat(100) + "]".repeat(100) + "}]";
        assertThatThrownBy(() -> read(deep)).isInstanceOf(ImportException.class)
                .hasMessageContaining("nested deeper than 64 levels (maxNestingDepth)");
        ImportContext shallow = ImportContext.builder().hierarchy(SwedishAreas.municipalities()).maxNestingDepth(2)
                .build();
        assertThatThrownBy(() -> read("[" + event(1, "2023-03-25 22:00:00 +01:00", "25 mars 21:00, Bråk, Solna",
                "Bråk", "Solna") + "]", PluginConfig.empty(), shallow)).isInstanceOf(ImportException.class)
                .hasMessageContaining("deeper than 2 levels");
    }

    @Test
    void aLargeDocumentStopsTheImport() {
        ImportContext small = ImportContext.builder().hierarchy(SwedishAreas.municipalities()).maxBytes(10_000).build();
        assertThatThrownBy(() -> PolisenEvents.importer().read(SharedData.source(FILE), small))
                .isInstanceOf(ImportException.class).hasMessageContaining("larger than the limit of 10000 bytes");
    }

    @Test
    void pastMaxRowsTheRestIsOneRejectedRecord() {
        ImportContext three = ImportContext.builder().hierarchy(SwedishAreas.municipalities()).maxRows(3).build();
        ImportResult result = PolisenEvents.importer().read(SharedData.source(FILE), three);
        assertThat(result.rowsRead()).isEqualTo(4);
        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().get(0).line()).isEqualTo(4);
        assertThat(result.errors().get(0).reason()).contains("more than 3 records (maxRows)");
    }

    @Test
    void inputThatIsNotAJsonArrayStopsTheImport() {
        assertThatThrownBy(() -> read("{\"id\":1}")).isInstanceOf(ImportException.class)
                .hasMessageContaining("must start with [");
        assertThatThrownBy(() -> read("")).isInstanceOf(ImportException.class).hasMessageContaining("it is empty");
        assertThatThrownBy(() -> read("[{\"id\":1,}]")).isInstanceOf(ImportException.class)
                .hasMessageContaining("not valid JSON at line 1");
        assertThatThrownBy(() -> read("[{\"id\":1}")).isInstanceOf(ImportException.class);
        assertThatThrownBy(() -> read("[] []")).isInstanceOf(ImportException.class)
                .hasMessageContaining("more text after the closing ]");
        assertThat(read("[]").rowsRead()).isZero();
    }
}

package org.est4j.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.est4j.core.Decision;
import org.est4j.core.Identifier;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.evaluation.Alternative;
import org.est4j.core.evaluation.BeforeAfter;
import org.est4j.core.evaluation.ConfidenceInterval;
import org.est4j.core.evaluation.Evaluation;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.evaluation.EvaluationWarning;
import org.est4j.core.evaluation.WdqInterpretation;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.ActorKind;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.TimePrecision;
import org.est4j.core.measure.Horizon;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.MeasureType;
import org.est4j.core.measure.Outcome;
import org.est4j.core.time.Period;
import org.est4j.core.time.PeriodKind;
import org.est4j.core.time.TimeOfDay;
import org.est4j.io.json.internal.Codecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EstJacksonModuleTest {
    private static final ObjectMapper HOST = new ObjectMapper().registerModule(new EstJacksonModule());

    /** One value of every type the module handles, with the JSON it must give (null: checked elsewhere). */
    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(AreaId.of("rimbo/torget"), "\"rimbo/torget\""),
                Arguments.of(CategoryId.of("property-damage.graffiti"), "\"property-damage.graffiti\""),
                Arguments.of(ActorId.of("bostadsbolaget"), "\"bostadsbolaget\""),
                Arguments.of(ReporterId.of("r-017"), "\"r-017\""),
                Arguments.of(ObservationId.of("o-1"), "\"o-1\""),
                Arguments.of(MeasureId.of("2026-047"), "\"2026-047\""),
                Arguments.of(AreaLevel.of("Kvarter"), "\"kvarter\""),
                Arguments.of(Period.parse("2026-W45-46"), "\"2026-W45-46\""),
                Arguments.of(Period.parse("2026-T3"), "\"2026-T3\""),
                Arguments.of(Severity.CONSIDERABLE, "4"),
                Arguments.of(GeoPoint.of(59.758, -0.0), "{\"latitude\":59.758,\"longitude\":0.0}"),
                Arguments.of(BeforeAfter.of(207, 110), "{\"before\":207,\"after\":110}"),
                Arguments.of(ConfidenceInterval.of(0.95, -195.6, -40.39), "{\"level\":0.95,\"lower\":-195.6,\"upper\":-40.39}"),
                Arguments.of(EvaluationWarning.of("small-counts", "Få händelser.", "Few events."),
                        "{\"code\":\"small-counts\",\"textSv\":\"Få händelser.\",\"textEn\":\"Few events.\"}"),
                Arguments.of(Evaluation.Component.of("success-measure", -0.3262, "framgångsmått", "success measure"),
                        "{\"key\":\"success-measure\",\"value\":-0.3262,\"labelSv\":\"framgångsmått\",\"labelEn\":\"success measure\"}"),
                Arguments.of(MeasureType.GRAFFITI_REMOVAL,
                        "{\"code\":\"graffiti-removal\",\"labelSv\":\"Klottersanering\",\"labelEn\":\"Graffiti removal\"}"),
                Arguments.of(MeasureType.of("x-walk"), "{\"code\":\"x-walk\",\"labelSv\":\"x-walk\",\"labelEn\":\"x-walk\"}"),
                Arguments.of(DisclosurePolicy.forAudience(Audience.POLITICIANS),
                        "{\"audience\":\"politicians\",\"clearance\":\"public\",\"minimumCount\":3,\"redactPersonalData\":true}"),
                Arguments.of(Samples.policy(), null),
                Arguments.of(Samples.hierarchy().areas().get(0), null),
                Arguments.of(Samples.hierarchy(), null),
                Arguments.of(Samples.actor(), "{\"id\":\"bostadsbolaget\",\"name\":\"Norrtäljehem\",\"kind\":\"housing-company\"}"),
                Arguments.of(Samples.reporter(), null),
                Arguments.of(Samples.round(), null),
                Arguments.of(Samples.observation(), null),
                Arguments.of(Samples.policeObservation(), null),
                Arguments.of(Samples.taxonomy().categories().get(1), "{\"id\":\"property-damage.graffiti\","
                        + "\"parent\":\"property-damage\",\"labelSv\":\"Klotter\",\"labelEn\":\"Graffiti\",\"context\":false}"),
                Arguments.of(Samples.taxonomy(), null),
                Arguments.of(Samples.scale().levels().get(0), null),
                Arguments.of(Samples.scale(), null),
                Arguments.of(Samples.assessment(), null),
                Arguments.of(Samples.hotspot(), null),
                Arguments.of(Samples.measure(), null),
                Arguments.of(Samples.customMeasure(), null),
                Arguments.of(Samples.followUp(), null),
                Arguments.of(Samples.placeCounts(), "{\"crimeType\":\"violent crime\",\"treated\":{\"before\":207,\"after\":110},"
                        + "\"control\":{\"before\":308,\"after\":318},\"buffer\":{\"before\":178,\"after\":157},"
                        + "\"controlBuffer\":{\"before\":150,\"after\":140},\"beforeLength\":24.0,\"afterLength\":12.0,"
                        + "\"treatedSize\":1.5,\"controlSize\":1.0,\"bufferSize\":1.0,\"controlBufferSize\":1.0}"),
                Arguments.of(Samples.evaluation(), null),
                Arguments.of(Samples.rejection(), "{\"source\":\"enkat.csv\",\"line\":14,\"column\":3,\"field\":\"kategori\","
                        + "\"reason\":\"is not a category of the taxonomy\",\"raw\":\"2026-11-20;Rimbo;klotterr;3\",\"excluded\":false}"),
                Arguments.of(Samples.importResult(), null),
                Arguments.of(Reports.pictureSet(), null),
                Arguments.of(Reports.pictureSet().pictures().get(1), null),
                Arguments.of(Reports.pictureSet().pictures().get(1).coverage().orElseThrow(), null),
                Arguments.of(Reports.pictureSet().pictures().get(1).trends().get(0), null),
                Arguments.of(Reports.pictureSet().exclusions(), "{\"counts\":{\"outside-period\":7,"
                        + "\"category-not-in-taxonomy\":1},\"examples\":{\"outside-period\":[\"o-10\",\"o-11\"]}}"),
                Arguments.of(Reports.hotspotRow(), null),
                Arguments.of(Reports.coverageRow(), null),
                Arguments.of(Reports.areaRow(), null),
                Arguments.of(Reports.focusArea(), null),
                Arguments.of(Reports.followUpRow(), null),
                Arguments.of(Reports.measureRow(), null),
                Arguments.of(Reports.observationLine(), null),
                Arguments.of(Reports.reporterFeedback(), null),
                Arguments.of(new Reports.Group(3, 40).report(Audience.GROUP), null),
                Arguments.of(Reports.causeSummary(), null),
                Arguments.of(Reports.measureEffect(), null),
                Arguments.of(new Reports.Group(3, 40).statutoryReport(Audience.GROUP).situation(), null),
                Arguments.of(new Reports.Group(3, 40).statutoryReport(Audience.GROUP).actionPlan(), null),
                Arguments.of(Reports.areaNeed(), null),
                Arguments.of(new Reports.Group(3, 40).statutoryReport(Audience.GROUP), null));
    }

    @ParameterizedTest
    @MethodSource("values")
    void everyTypeRoundTripsThroughAPlainMapper(Object value, String expected) throws IOException {
        String json = HOST.writeValueAsString(value);
        if (expected != null) {
            assertThat(json).isEqualTo(expected);
        }
        assertThat(HOST.readValue(json, declaredType(value))).isEqualTo(value);
    }

    /** The public type a value is declared as: the est4j class with a codec, not the generated implementation. */
    private static Class<?> declaredType(Object value) {
        for (Class<?> c = value.getClass(); c != null; c = c.getSuperclass()) {
            if (Codecs.forReading(c) != null) {
                return c;
            }
        }
        throw new AssertionError("No codec for " + value.getClass());
    }

    @Test
    void everyTypeWithACodecIsCoveredByTheTable() {
        List<Class<?>> covered = values().map(a -> declaredType(a.get()[0])).distinct().collect(Collectors.toList());
        List<Class<?>> enums = Codecs.all().keySet().stream().filter(Class::isEnum).collect(Collectors.toList());
        assertThat(Codecs.all().keySet()).containsAll(covered);
        assertThat(covered.size() + enums.size() - (covered.contains(Severity.class) ? 1 : 0))
                .isEqualTo(Codecs.all().size());
    }

    static Stream<Arguments> enums() {
        return Stream.of(
                Arguments.of(Source.SAFETY_WALK, "safety-walk"), Arguments.of(Source.REPORTER, "reporter"),
                Arguments.of(TimeOfDay.AFTERNOON, "afternoon"), Arguments.of(TimePrecision.PART_OF_DAY, "part-of-day"),
                Arguments.of(Visibility.PARTNERS, "partners"), Arguments.of(ActorKind.MUNICIPAL_UNIT, "municipal-unit"),
                Arguments.of(ActorKind.CITIZEN_GROUP, "citizen-group"), Arguments.of(MeasureStatus.CANCELLED, "cancelled"),
                Arguments.of(Horizon.LONG, "long"), Arguments.of(Outcome.REPLACE, "replace"),
                Arguments.of(Alternative.TWO_SIDED, "two-sided"), Arguments.of(EvaluationMethod.E_TEST, "e-test"),
                Arguments.of(EvaluationMethod.WDD_HARM, "wdd-harm"), Arguments.of(Audience.POLITICIANS, "politicians"),
                Arguments.of(PeriodKind.FORTNIGHT, "fortnight"),
                Arguments.of(WdqInterpretation.DISPLACEMENT_SMALLER_THAN_EFFECT, "displacement-smaller-than-effect"));
    }

    @ParameterizedTest
    @MethodSource("enums")
    void enumsAreWrittenAsLowerCaseKebabCodes(Enum<?> constant, String code) throws IOException {
        assertThat(HOST.writeValueAsString(constant)).isEqualTo("\"" + code + "\"");
        assertThat(HOST.readValue("\"" + code + "\"", constant.getDeclaringClass())).isSameAs(constant);
        assertThatThrownBy(() -> HOST.readValue("\"" + constant.name() + "\"", constant.getDeclaringClass()))
                .isInstanceOf(InvalidContentException.class).hasMessageContaining("must be one of");
    }

    @Test
    void everyEnumConstantOfEveryEnumRoundTrips() throws IOException {
        for (Class<?> type : Codecs.all().keySet()) {
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    assertThat(HOST.readValue(HOST.writeValueAsString(constant), type)).isSameAs(constant);
                }
            }
        }
    }

    @Test
    void theHostsOwnSettingsDoNotChangeEst4jsJson() throws IOException {
        ObjectMapper fussy = JsonMapper.builder()
                .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, SerializationFeature.WRITE_ENUMS_USING_INDEX,
                        SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_DEFAULT, JsonInclude.Include.NON_DEFAULT))
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .addModule(new EstJacksonModule())
                .build();
        for (Object value : List.of(Samples.observation(), Samples.measure(), Samples.evaluation(), Samples.followUp())) {
            String json = fussy.writeValueAsString(value);
            assertThat(json).isEqualTo(HOST.writeValueAsString(value));
            assertThat(fussy.readValue(json, declaredType(value))).isEqualTo(value);
        }
    }

    @Test
    void listsAndMapsOfModelValuesWork() throws IOException {
        List<Observation> observations = Samples.observations();
        String json = HOST.writeValueAsString(observations);
        assertThat(HOST.readValue(json, new TypeReference<List<Observation>>() {})).isEqualTo(observations);
        Map<AreaId, List<Severity>> byArea = new TreeMap<>(Map.of(AreaId.of("rimbo"), List.of(Severity.MINOR),
                AreaId.of("norr"), List.of()));
        String mapJson = HOST.writeValueAsString(byArea);
        assertThat(mapJson).isEqualTo("{\"norr\":[],\"rimbo\":[1]}");
        assertThat(HOST.readValue(mapJson, new TypeReference<Map<AreaId, List<Severity>>>() {})).isEqualTo(byArea);
    }

    @Test
    void identifiersLevelsPeriodsAndEnumsWorkAsMapKeys() throws IOException {
        Map<Period, Integer> byPeriod = Map.of(Period.parse("2026-Q4"), 1);
        assertThat(HOST.writeValueAsString(byPeriod)).isEqualTo("{\"2026-Q4\":1}");
        assertThat(HOST.readValue("{\"2026-Q4\":1}", new TypeReference<Map<Period, Integer>>() {})).isEqualTo(byPeriod);
        Map<Severity, String> bySeverity = Map.of(Severity.SERIOUS, "x");
        assertThat(HOST.writeValueAsString(bySeverity)).isEqualTo("{\"5\":\"x\"}");
        assertThat(HOST.readValue("{\"5\":\"x\"}", new TypeReference<Map<Severity, String>>() {})).isEqualTo(bySeverity);
        Map<Visibility, Integer> byVisibility = Map.of(Visibility.PUBLIC, 3);
        assertThat(HOST.writeValueAsString(byVisibility)).isEqualTo("{\"public\":3}");
        assertThat(HOST.readValue("{\"public\":3}", new TypeReference<Map<Visibility, Integer>>() {})).isEqualTo(byVisibility);
        Map<AreaLevel, Integer> byLevel = Map.of(AreaLevel.LOCALITY, 2);
        assertThat(HOST.readValue(HOST.writeValueAsString(byLevel), new TypeReference<Map<AreaLevel, Integer>>() {}))
                .isEqualTo(byLevel);
        assertThatThrownBy(() -> HOST.readValue("{\"2026-W54\":1}", new TypeReference<Map<Period, Integer>>() {}))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("2026-W54");
    }

    /** A host's own kind of identifier, which the module writes as its value. */
    static final class RoomId extends Identifier {
        private static final long serialVersionUID = 1L;

        RoomId(String value) {
            super("room id", value);
        }
    }

    @Test
    void aHostsOwnIdentifierIsWrittenAsItsValue() throws IOException {
        assertThat(HOST.writeValueAsString(List.of(new RoomId("trapphus-3")))).isEqualTo("[\"trapphus-3\"]");
        assertThat(HOST.writeValueAsString(Map.of(new RoomId("källare"), 1))).isEqualTo("{\"källare\":1}");
    }

    @Test
    void decisionsOfAnyValueTypeRoundTrip() throws IOException {
        Decision<Outcome> outcome = Decision.of(Outcome.END, "operativa gruppen", "Målet nått", LocalDate.of(2026, 12, 1));
        String json = HOST.writeValueAsString(outcome);
        assertThat(json).isEqualTo("{\"value\":\"end\",\"decidedBy\":\"operativa gruppen\",\"reason\":\"Målet nått\","
                + "\"decidedOn\":\"2026-12-01\"}");
        assertThat(HOST.readValue(json, new TypeReference<Decision<Outcome>>() {})).isEqualTo(outcome);
        Decision<ScaleLevel> level = Samples.assessment().override().orElseThrow();
        assertThat(HOST.readValue(HOST.writeValueAsString(level), new TypeReference<Decision<ScaleLevel>>() {}))
                .isEqualTo(level);
        Decision<String> text = Decision.of("grönt", "nämnden", "Beslut i nämnd", LocalDate.of(2026, 12, 2));
        assertThat(HOST.readValue(HOST.writeValueAsString(text), new TypeReference<Decision<String>>() {})).isEqualTo(text);
        assertThatThrownBy(() -> HOST.readValue(json.replace("\"end\"", "\"stop\""), new TypeReference<Decision<Outcome>>() {}))
                .isInstanceOfSatisfying(InvalidContentException.class,
                        e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("value"));
    }

    @Test
    void invalidInputThrowsInvalidContentExceptionWithFullJsonPaths() throws IOException {
        String one = HOST.writeValueAsString(Samples.observation());
        String bad = "{\"week\":[" + one + "," + one.replace("\"severity\":3", "\"severity\":\"high\"")
                .replace("\"r-017\"", "\"\"") + "]}";
        assertThatThrownBy(() -> HOST.readValue(bad, new TypeReference<Map<String, List<Observation>>>() {}))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::path)
                            .containsExactly("week[1].reporter", "week[1].severity");
                    assertThat(e.getMessage()).startsWith("Invalid est4j JSON (2 problems): week[1].reporter: ");
                    ValidationException v = e.toValidationException();
                    assertThat(v.problems()).isEqualTo(e.problems());
                    assertThat(v).isNotInstanceOf(UnsupportedVersionException.class);
                });
    }

    @Test
    void unknownPropertiesFollowTheHostsSetting() throws IOException {
        String json = HOST.writeValueAsString(Samples.actor()).replace("}", ",\"phone\":\"070\"}");
        assertThatThrownBy(() -> HOST.readValue(json, org.est4j.core.mapping.Actor.class))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("phone"));
        ObjectMapper lenient = new ObjectMapper().registerModule(new EstJacksonModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertThat(lenient.readValue(json, org.est4j.core.mapping.Actor.class)).isEqualTo(Samples.actor());
    }

    @Test
    void nullIsReadAsAbsent() throws IOException {
        String json = HOST.writeValueAsString(Samples.policeObservation()).replace("\"channel\":\"polisen.se\"",
                "\"channel\":null,\"reporter\":null,\"point\":null");
        assertThat(HOST.readValue(json, Observation.class))
                .isEqualTo(Observation.builder().from(Samples.policeObservation()).channel(java.util.Optional.empty()).build());
        assertThat(HOST.readValue("null", Observation.class)).isNull();
    }

    @Test
    void measureTypeLabelsComeTogetherOrNotAtAll() throws IOException {
        assertThat(HOST.readValue("{\"code\":\"lighting\"}", MeasureType.class)).isSameAs(MeasureType.LIGHTING);
        assertThatThrownBy(() -> HOST.readValue("{\"code\":\"x\",\"labelSv\":\"X\"}", MeasureType.class))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("labelEn"));
        assertThatThrownBy(() -> HOST.readValue("{\"code\":\"lighting\",\"labelSv\":\"Ljus\",\"labelEn\":\"Light\"}",
                MeasureType.class)).isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("code"));
    }

    @Test
    void instantsAreWrittenInUtcAndReadWithAnyOffset() throws IOException {
        String json = HOST.writeValueAsString(Samples.observation()).replace("\"2026-11-20T20:40:00Z\"",
                "\"2026-11-20T21:40:00+01:00\"");
        assertThat(HOST.readValue(json, Observation.class)).isEqualTo(Samples.observation());
        assertThatThrownBy(() -> HOST.readValue(json.replace("21:40:00+01:00", "21:40:00"), Observation.class))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("occurredAt"));
    }

    @Test
    void dateRangesAreFirstAndLastDaysBothIncluded() throws IOException {
        String json = HOST.writeValueAsString(Samples.hotspot());
        assertThat(json).contains("\"window\":{\"first\":\"2026-11-16\",\"last\":\"2026-11-29\"}");
        assertThatThrownBy(() -> HOST.readValue(json.replace("\"2026-11-29\"", "\"2026-11-01\""),
                org.est4j.core.picture.Hotspot.class))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("window.last"));
    }

    @Test
    void jacksonFindsItAsAService() throws IOException {
        ObjectMapper found = new ObjectMapper().findAndRegisterModules();
        assertThat(found.getRegisteredModuleIds()).contains(new EstJacksonModule().getTypeId());
        assertThat(found.writeValueAsString(Severity.MINOR)).isEqualTo("1");
    }

    @Test
    void describesItself() {
        EstJacksonModule module = new EstJacksonModule();
        assertThat(module.getModuleName()).isEqualTo("est4j");
        assertThat(module.version().getMajorVersion()).isEqualTo(1);
        assertThat(module.version().getArtifactId()).isEqualTo("est-io");
        ObjectMapper twice = new ObjectMapper().registerModule(new EstJacksonModule()).registerModule(new EstJacksonModule());
        assertThat(twice.getRegisteredModuleIds()).hasSize(1);
    }
}

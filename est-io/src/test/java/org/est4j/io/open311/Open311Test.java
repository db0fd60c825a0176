package org.est4j.io.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.est4j.core.ValidationException;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.ingest.ImportContext;
import org.est4j.core.ingest.ImportException;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.ingest.Rejection;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.spi.PluginConfig;
import org.est4j.io.SharedData;
import org.est4j.io.Sources;
import org.junit.jupiter.api.Test;

/**
 * The 21 real requests of the City of Bloomington (May 2012) with its 46-service catalogue.
 *
 * <p>With the default table and a default area, every request is accounted for: 9 accepted (6 Weeds →
 * vegetation, 1 Graffiti, 1 Street Lights → lighting, 1 Traffic Related Complaints → traffic) and 12 excluded
 * because their services are not about insecurity (3 Yard Waste, 2 Traffic Signals, Traffic Suggestions,
 * iPhone App Feedback, Potholes, Blocked Street, Brain Monitor, Parking Permits, Biking &amp; Walking); no error.
 */
class Open311Test {
    private static final String REQUESTS = "open311-bloomington-requests.json";
    private static final String SERVICES = "open311-bloomington-services.json";
    private static final AreaId CITY = AreaId.of("bloomington");
    private static final AreaId NORTH = AreaId.of("bloomington/north");
    private static final AreaId SOUTH = AreaId.of("bloomington/south");

    static AreaHierarchy bloomington() {
        return AreaHierarchy.of(
                Area.of(CITY, "Bloomington", AreaLevel.MUNICIPALITY),
                Area.builder().id(NORTH).name("North").level(AreaLevel.DISTRICT).parent(CITY)
                        .point(GeoPoint.of(39.175, -86.53)).build(),
                Area.builder().id(SOUTH).name("South").level(AreaLevel.DISTRICT).parent(CITY)
                        .point(GeoPoint.of(39.14, -86.50)).build());
    }

    static ImportContext context() {
        return ImportContext.of(bloomington(), Taxonomy.standard());
    }

    static ImportResult importReal(PluginConfig config) {
        return Open311.importer(config).read(SharedData.source(REQUESTS), context());
    }

    @Test
    void everyRealRequestIsAccountedFor() {
        ImportResult result = importReal(PluginConfig.of(Map.of("area", "bloomington")));
        assertThat(result.rowsRead()).isEqualTo(21);
        assertThat(result.accepted()).hasSize(9);
        assertThat(result.excluded()).hasSize(12);
        assertThat(result.errors()).isEmpty();
        Map<String, Long> perCategory = result.accepted().stream()
                .collect(Collectors.groupingBy(o -> o.category().value(), TreeMap::new, Collectors.counting()));
        assertThat(perCategory).containsExactly(entry("property-damage.graffiti", 1L), entry("traffic", 1L),
                entry("unsafe-place.lighting", 1L), entry("unsafe-place.vegetation", 6L));
        assertThat(result.excluded()).allSatisfy(r -> assertThat(r.reason()).contains("is not mapped to a category"));
        assertThat(result.excluded().get(0).reason()).contains("'Traffic Suggestions'")
                .contains("service.traffic-suggestions=<category id>");
        assertThat(result.excluded().get(0).line()).isEqualTo(1);
    }

    @Test
    void aRequestBecomesACitizenObservation() {
        Observation graffiti = importReal(PluginConfig.of(Map.of("area", "bloomington"))).accepted().get(0);
        assertThat(graffiti.id()).isEqualTo(ObservationId.of("open311-4fbd3beeb1fe2c9f5c000001"));
        assertThat(graffiti.source()).isEqualTo(Source.CITIZEN);
        assertThat(graffiti.channel()).contains("open311");
        assertThat(graffiti.category()).isEqualTo(CategoryId.of("property-damage.graffiti"));
        assertThat(graffiti.severity()).isEqualTo(Severity.LIMITED);
        assertThat(graffiti.occurredAt()).isEqualTo(OffsetDateTime.parse("2012-05-23T15:35:08-04:00").toInstant());
        assertThat(graffiti.reportedAt()).contains(graffiti.occurredAt());
        assertThat(graffiti.point()).contains(GeoPoint.of(39.146551871103, -86.485448337464));
        assertThat(graffiti.placeName()).contains("2303-2559 S Olcott Blvd");
        assertThat(graffiti.description()).isEqualTo("Graffiti on mailboxes");
        assertThat(graffiti.visibility()).isEqualTo(Visibility.PARTNERS);
        assertThat(graffiti.area()).isEqualTo(CITY);
    }

    @Test
    void zeroZeroMeansNoPosition() {
        ImportResult result = importReal(PluginConfig.of(Map.of("area", "bloomington")));
        Observation weeds = result.accepted().stream()
                .filter(o -> o.id().equals(ObservationId.of("open311-4fbd2b76b1fe2c195f000000"))).findFirst()
                .orElseThrow();
        assertThat(weeds.point()).isEmpty();
        assertThat(weeds.category()).isEqualTo(CategoryId.of("unsafe-place.vegetation"));
        assertThat(result.accepted().stream().filter(o -> o.point().isEmpty())).hasSize(5);
    }

    @Test
    void withoutAnAreaEveryMappedRequestIsAnError() {
        ImportResult result = importReal(PluginConfig.empty());
        assertThat(result.accepted()).isEmpty();
        assertThat(result.errors()).hasSize(9);
        assertThat(result.excluded()).hasSize(12);
        assertThat(result.errors()).extracting(Rejection::reason)
                .anySatisfy(r -> assertThat(r).contains("no position and no default area is set"));
    }

    @Test
    void requestsWithAPositionGoToTheNearestAreaWithAPoint() {
        ImportResult result = importReal(PluginConfig.of(Map.of("nearest.level", "stadsdel", "area", "bloomington")));
        assertThat(result.accepted()).hasSize(9);
        Map<AreaId, Long> perArea = result.accepted().stream()
                .collect(Collectors.groupingBy(Observation::area, TreeMap::new, Collectors.counting()));
        assertThat(perArea).containsExactly(entry(CITY, 5L), entry(NORTH, 1L), entry(SOUTH, 3L));
        ImportResult near = importReal(PluginConfig.of(Map.of("nearest.level", "stadsdel", "nearest.max-metres",
                "100")));
        assertThat(near.accepted()).isEmpty();
        assertThat(near.errors()).hasSize(9);
        assertThat(near.errors()).extracting(Rejection::reason)
                .anySatisfy(r -> assertThat(r).contains("within 100.0 m"));
    }

    @Test
    void theServicesCatalogueNamesCodesAndRejectsUnknownOnes() {
        ImportResult result = Open311.importer(PluginConfig.of(Map.of("area", "bloomington")),
                SharedData.source(SERVICES)).read(SharedData.source(REQUESTS), context());
        assertThat(result.accepted()).hasSize(9);
        String onlyCodes = "[{\"service_request_id\":\"a\",\"service_code\":\"4e090d24992b941e78000013\","
                + "\"requested_datetime\":\"2012-05-23T15:35:08-04:00\"},"
                + "{\"service_request_id\":\"b\",\"service_code\":\"nope\","
                + "\"requested_datetime\":\"2012-05-23T15:35:08-04:00\"}]";
        ImportResult codes = Open311.importer(PluginConfig.of(Map.of("area", "bloomington")),
                SharedData.source(SERVICES)).read(Sources.of("r.json", onlyCodes), context());
        assertThat(codes.accepted()).extracting(o -> o.category().value()).containsExactly("unsafe-place.sightlines");
        assertThat(codes.errors().get(0).reason()).contains("the service code nope is not in the services catalogue");
        ImportResult fromSetting = Open311.importer(PluginConfig.of(Map.of("area", "bloomington", "services",
                SharedData.path(SERVICES).toString()))).read(Sources.of("r.json", onlyCodes), context());
        assertThat(fromSetting.accepted()).hasSize(1);
    }

    @Test
    void settingsChangeTheTable() {
        ImportResult result = importReal(PluginConfig.of(Map.of("area", "bloomington", "service.weeds", "exclude",
                "service.4fb288b0b1fe2ce12c000000", "unsafe-place", "severity.4fb288b0b1fe2ce12c000000", "4")));
        assertThat(result.accepted()).hasSize(5);
        assertThat(result.accepted().stream().filter(o -> o.category().value().equals("unsafe-place")))
                .hasSize(2).allSatisfy(o -> assertThat(o.severity()).isEqualTo(Severity.CONSIDERABLE));
        ImportResult strict = importReal(PluginConfig.of(Map.of("area", "bloomington", "unmapped", "reject")));
        assertThat(strict.errors()).hasSize(12);
    }

    @Test
    void theDefaultsAreReadableInSettingsForm() {
        assertThat(Open311.defaults()).contains(entry("service.graffiti", "property-damage.graffiti"),
                entry("service.street-lights", "unsafe-place.lighting"), entry("service.klotter",
                        "property-damage.graffiti"), entry("severity.weeds", "1"));
    }

    @Test
    void wrongSettingsFailAtCreation() {
        assertThatThrownBy(() -> Open311.importer(PluginConfig.of(Map.of("area", "a b", "nearest.level", "9",
                "unmapped", "drop", "stad", "x")))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.path())
                        .containsExactlyInAnyOrder("stad"));
        assertThatThrownBy(() -> Open311.importer(PluginConfig.of(Map.of("area", "a b", "nearest.level", "9",
                "unmapped", "drop")))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.path())
                        .containsExactlyInAnyOrder("area", "nearest.level", "unmapped"));
        assertThatThrownBy(() -> Open311.importer(PluginConfig.of(Map.of("area", "saknas"))).read(
                SharedData.source(REQUESTS), context())).isInstanceOf(ImportException.class)
                .hasMessageContaining("area=saknas names no area");
        assertThatThrownBy(() -> Open311.importer(PluginConfig.of(Map.of("services", "/finns/inte.json"))))
                .isInstanceOf(ImportException.class).hasMessageContaining("inte.json");
    }

    @Test
    void brokenRequestsAreRejectedOneByOne() {
        String json = "[{\"service_request_id\":\"1\",\"service_name\":\"Graffiti\",\"requested_datetime\":\"igår\"},"
                + "{\"service_request_id\":\"2\",\"service_name\":\"Graffiti\","
                + "\"requested_datetime\":\"2012-05-23T15:35:08-04:00\",\"lat\":95,\"long\":10},"
                + "{\"service_request_id\":\"3\",\"service_name\":\"Graffiti\","
                + "\"requested_datetime\":\"2012-05-23T15:35:08-04:00\",\"lat\":39.1},"
                + "{\"service_name\":\"Graffiti\",\"requested_datetime\":\"2012-05-23T15:35:08-04:00\"},"
                + "{\"service_request_id\":\"5\",\"requested_datetime\":\"2012-05-23T15:35:08-04:00\"},"
                + "{\"service_request_id\":\"6\",\"service_name\":\"Graffiti\","
                + "\"requested_datetime\":\"2012-05-23T15:35:08-04:00\",\"lat\":\"39,1\",\"long\":\"x\"},"
                + "{\"service_request_id\":\"7\",\"service_name\":\"Graffiti\","
                + "\"requested_datetime\":\"2012-05-23 21:35\",\"lat\":\"39.1\",\"long\":\"-86.5\"},"
                + "{\"service_request_id\":\"7\",\"service_name\":\"Graffiti\","
                + "\"requested_datetime\":\"2012-05-23T15:35:08-04:00\"}]";
        ImportResult result = Open311.importer(PluginConfig.of(Map.of("area", "bloomington")))
                .read(Sources.of("r.json", json), context());
        assertThat(result.rowsRead()).isEqualTo(8);
        assertThat(result.accepted()).extracting(o -> o.id().value()).containsExactly("open311-7");
        assertThat(result.accepted().get(0).point()).contains(GeoPoint.of(39.1, -86.5));
        assertThat(result.excluded()).extracting(Rejection::line).containsExactly(8L);
        assertThat(result.errors()).extracting(r -> r.line() + " " + r.field().orElse("")).containsExactly(
                "1 requested_datetime", "2 lat", "3 lat", "4 service_request_id", "5 service_code", "6 lat");
        assertThat(result.errors().get(1).reason()).contains("must be between -90 and 90");
    }
}

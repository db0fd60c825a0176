package org.est4j.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.est4j.core.EstException;
import org.est4j.core.ValidationException;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.spi.Source;
import org.est4j.io.TestAreas;
import org.est4j.io.TestPictures;
import org.est4j.io.report.ReportSamples;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.threeten.extra.LocalDateRange;

class GeoJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try (InputStream in = GeoJsonTest.class.getResourceAsStream("feature-collection.schema.json")) {
            JsonNode node = MAPPER.readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AreaMap small() {
        Scale est5 = TestPictures.scale();
        AreaHierarchy h = AreaHierarchy.of(
                Area.builder().id(AreaId.of("a")).name("A & B").level(AreaLevel.MUNICIPALITY)
                        .putExternalCodes(Area.KOMMUNKOD, "0188").build(),
                Area.builder().id(AreaId.of("b")).name("B").level(AreaLevel.DISTRICT).parent(AreaId.of("a"))
                        .point(GeoPoint.of(59.5, 18.5)).build(),
                Area.of(AreaId.of("c"), "C", AreaLevel.PLACE, AreaId.of("b")));
        AreaGeometries shapes = AreaGeometries.of(Map.of(AreaId.of("a"),
                TestShapes.wkt("POLYGON ((18 59, 18 60, 19 60, 19 59, 18 59))")));
        Hotspot spot = Hotspot.builder().area(AreaId.of("b"))
                .window(LocalDateRange.ofClosed(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 29)))
                .method("manual").score(1.5).addReasons("Utsatt plats").build();
        return AreaMap.builder().hierarchy(h).geometries(shapes).addHotspots(spot)
                .addAssessments(assessment(AreaId.of("a"), est5, "3"), assessment(AreaId.of("b"), est5, "2")).build();
    }

    private static Assessment assessment(AreaId area, Scale scale, String level) {
        return Assessment.builder().area(area).period(TestPictures.WEEK).scaleId(scale.id()).suggested(scale.level(level))
                .modelId("threshold").addReasons("as counted").build();
    }

    @Test
    void aMapIsWrittenOneFeaturePerLine() {
        assertThat(GeoJson.writeString(small())).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[\n"
                + "{\"type\":\"Feature\",\"id\":\"a\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[18,59],[19,59],[19,60],[18,60],[18,59]]]},\"properties\":{\"kind\":\"area\",\"id\":\"a\","
                + "\"name\":\"A \\u0026 B\",\"level\":\"kommun\",\"parent\":null,\"code.kommunkod\":\"0188\","
                + "\"assessment.period\":\"2026-W47\",\"assessment.scale\":\"est-5\",\"assessment.level\":\"3\","
                + "\"assessment.rank\":3,\"assessment.labelSv\":\"Oroligt\",\"assessment.labelEn\":\"Unsettled\","
                + "\"assessment.colour\":\"#FDD835\",\"assessment.suggested\":\"3\",\"assessment.overridden\":false,"
                + "\"fill\":\"#FDD835\",\"fill-opacity\":0.6,\"stroke\":\"#FDD835\",\"stroke-width\":1}},\n"
                + "{\"type\":\"Feature\",\"id\":\"b\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[18.5,59.5]},"
                + "\"properties\":{\"kind\":\"area\",\"id\":\"b\",\"name\":\"B\",\"level\":\"stadsdel\",\"parent\":\"a\","
                + "\"assessment.period\":\"2026-W47\",\"assessment.scale\":\"est-5\",\"assessment.level\":\"2\","
                + "\"assessment.rank\":2,\"assessment.labelSv\":\"Stabilt\",\"assessment.labelEn\":\"Stable\","
                + "\"assessment.colour\":\"#9CCC65\",\"assessment.suggested\":\"2\",\"assessment.overridden\":false,"
                + "\"marker-color\":\"#9CCC65\"}},\n"
                + "{\"type\":\"Feature\",\"id\":\"c\",\"geometry\":null,\"properties\":{\"kind\":\"area\",\"id\":\"c\","
                + "\"name\":\"C\",\"level\":\"plats\",\"parent\":\"b\"}},\n"
                + "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[18.5,59.5]},\"properties\":"
                + "{\"kind\":\"hotspot\",\"area\":\"b\",\"areaName\":\"B\",\"position\":\"area\","
                + "\"windowFirst\":\"2026-11-16\",\"windowLast\":\"2026-11-29\",\"method\":\"manual\",\"score\":1.5,"
                + "\"observations\":0,\"reasons\":[\"Utsatt plats\"],\"marker-color\":\"#B71C1C\"}}\n"
                + "]}\n");
    }

    @Test
    void picturesBecomePropertiesAndHotspotsAreDrawnOnce() {
        AreaMap map = AreaMap.builder().hierarchy(TestAreas.hierarchy()).pictures(TestPictures.pictures())
                .addAllAssessments(TestPictures.assessments()).build();
        JsonNode features = tree(GeoJson.writeString(map)).get("features");
        assertThat(features).hasSize(7);
        JsonNode municipality = features.get(0).get("properties");
        assertThat(municipality.get("total").asLong()).isEqualTo(7);
        assertThat(municipality.get("own").asLong()).isEqualTo(1);
        assertThat(municipality.get("harmScore").asDouble()).isEqualTo(9.5);
        assertThat(municipality.get("trendPrevious").asText()).isEqualTo("rising");
        assertThat(municipality.get("trendLastYear").isNull()).isTrue();
        assertThat(municipality.get("responseRate").asDouble()).isEqualTo(0.75);
        assertThat(municipality.get("lowCoverage").asBoolean()).isTrue();
        assertThat(municipality.get("marker-color").asText()).isEqualTo("#FDD835");
        JsonNode centrum = features.get(3).get("properties");
        assertThat(centrum.get("id").asText()).isEqualTo("norrtalje/centrum");
        assertThat(centrum.get("assessment.level").asText()).isEqualTo("4");
        assertThat(centrum.get("assessment.suggested").asText()).isEqualTo("3");
        assertThat(centrum.get("assessment.overridden").asBoolean()).isTrue();
        assertThat(centrum.get("responseRate").isNull()).isTrue();
        JsonNode hotspot = features.get(6);
        assertThat(hotspot.get("properties").get("kind").asText()).isEqualTo("hotspot");
        assertThat(hotspot.get("properties").get("position").asText()).isEqualTo("place");
        assertThat(hotspot.get("geometry").get("coordinates").toString()).isEqualTo("[18.7012,59.7597]");
        assertThat(SCHEMA.validate(tree(GeoJson.writeString(map)))).isEmpty();
    }

    @Test
    void aPictureSetAloneGivesItsHotspotsOnce() {
        JsonNode features = tree(GeoJson.writeString(TestPictures.pictures())).get("features");
        assertThat(features).hasSize(1);
        assertThat(features.get(0).get("properties").get("place").asText()).isEqualTo("Torget, busshållplatsen");
        assertThat(features.get(0).get("properties").has("areaName")).isFalse();
        Hotspot noPoint = Hotspot.builder().from(TestPictures.hotspot()).point(java.util.Optional.empty()).build();
        AreaMap map = AreaMap.builder().hierarchy(TestAreas.hierarchy()).addHotspots(noPoint).build();
        String withoutPoints = GeoJson.writeString(map);
        JsonNode spot = tree(withoutPoints).get("features").get(6);
        assertThat(spot.get("geometry").get("coordinates").toString()).as("the area's point")
                .isEqualTo("[18.701,59.7595]");
        AreaMap nowhere = AreaMap.builder().hierarchy(TestAreas.hierarchy()).addHotspots(Hotspot.builder()
                .from(noPoint).area(TestAreas.ABORRE).build()).build();
        JsonNode unknown = tree(GeoJson.writeString(nowhere)).get("features").get(6);
        assertThat(unknown.get("geometry").isNull()).isTrue();
        assertThat(unknown.get("properties").get("position").asText()).isEqualTo("unknown");
        assertThat(SCHEMA.validate(tree(GeoJson.writeString(nowhere)))).isEmpty();
    }

    @Test
    void outputIsValidGeoJsonWithClosedRingsByTheRightHandRule() {
        for (Object document : List.of(TestShapes.areas(), AreaMap.of(TestShapes.areas()), TestShapes.hierarchy(),
                small(), TestAreas.hierarchy(), TestPictures.pictures())) {
            String text = GeoJson.writeString(document);
            JsonNode root = tree(text);
            Set<ValidationMessage> problems = SCHEMA.validate(root);
            assertThat(problems).as(text).isEmpty();
            assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
            for (JsonNode feature : root.get("features")) {
                JsonNode geometry = feature.get("geometry");
                if (geometry.isNull()) {
                    continue;
                }
                switch (geometry.get("type").asText()) {
                    case "Point":
                        position(geometry.get("coordinates"));
                        break;
                    case "Polygon":
                        polygon(geometry.get("coordinates"));
                        break;
                    default:
                        assertThat(geometry.get("type").asText()).isEqualTo("MultiPolygon");
                        geometry.get("coordinates").forEach(GeoJsonTest::polygon);
                }
            }
        }
    }

    private static Coordinate position(JsonNode p) {
        assertThat(p.size()).isEqualTo(2);
        double lon = p.get(0).asDouble();
        double lat = p.get(1).asDouble();
        assertThat(lon).isBetween(-180.0, 180.0);
        assertThat(lat).isBetween(-90.0, 90.0);
        return new Coordinate(lon, lat);
    }

    private static void polygon(JsonNode rings) {
        for (int r = 0; r < rings.size(); r++) {
            List<Coordinate> ring = new ArrayList<>();
            rings.get(r).forEach(p -> ring.add(position(p)));
            assertThat(ring.size()).isGreaterThanOrEqualTo(4);
            assertThat(ring.get(0)).as("closed").isEqualTo(ring.get(ring.size() - 1));
            assertThat(Orientation.isCCW(ring.toArray(new Coordinate[0]))).as(r == 0 ? "exterior ring counter-clockwise"
                    : "hole clockwise").isEqualTo(r == 0);
        }
    }

    @Test
    void coordinatesHaveAtMostTheStylesDecimals() {
        AreaGeometries fine = AreaGeometries.of(Map.of(TestShapes.TORGET, TestShapes.wkt(
                "POLYGON ((18.123456789 59.1, 18.2 59.1, 18.2 59.2000004, 18.123456789 59.2, 18.123456789 59.1))")));
        GeoAreas areas = GeoAreas.of(TestShapes.hierarchy(), fine);
        String six = GeoJson.writeString(areas);
        assertThat(six).contains("[18.123457,59.1]").contains("[18.2,59.2]");
        String two = GeoJson.writeString(areas, GeoJsonStyle.builder().precision(2).build());
        assertThat(two).contains("[18.12,59.1]");
        Matcher decimals = Pattern.compile("\\d+\\.(\\d+)").matcher(six);
        while (decimals.find()) {
            assertThat(decimals.group(1).length()).isLessThanOrEqualTo(6);
        }
    }

    @Test
    void markupInNamesIsEscapedAndReadsBackAsTheSameText() {
        String hostile = "</script><script>alert('x')</script>&amp;\u2028";
        AreaHierarchy h = AreaHierarchy.of(Area.builder().id(AreaId.of("x")).name(hostile).level(AreaLevel.PLACE)
                .putExternalCodes("<img src=x onerror=alert(1)>", "\"><b>").build());
        String text = GeoJson.writeString(h);
        assertThat(text).doesNotContain("<", ">", "'", "&", "\u2028").contains("\\u003C/script\\u003E");
        JsonNode props = tree(text).get("features").get(0).get("properties");
        assertThat(props.get("name").asText()).isEqualTo(hostile);
        assertThat(props.get("code.<img src=x onerror=alert(1)>").asText()).isEqualTo("\"><b>");
        assertThat(GeoJsonAreas.read(Source.of("x.geojson", text.getBytes(StandardCharsets.UTF_8))).hierarchy())
                .isEqualTo(h);
    }

    @Test
    void areasWrittenReadBackEqual() {
        GeoAreas first = GeoJsonAreas.read(Source.of("a.geojson",
                GeoJson.writeString(TestShapes.areas()).getBytes(StandardCharsets.UTF_8)));
        assertThat(first.hierarchy().areas()).extracting(Area::id, Area::name, Area::level, Area::parent,
                Area::externalCodes).containsExactlyElementsOf(TestShapes.hierarchy().areas().stream()
                .map(a -> org.assertj.core.groups.Tuple.tuple(a.id(), a.name(), a.level(), a.parent(), a.externalCodes()))
                .collect(java.util.stream.Collectors.toList()));
        for (AreaId id : TestShapes.shapes().keySet()) {
            assertThat(first.geometries().get(id).norm().equalsExact(TestShapes.shapes().get(id).norm())).as("%s", id)
                    .isTrue();
        }
        GeoAreas second = GeoJsonAreas.read(Source.of("b.geojson",
                GeoJson.writeString(first).getBytes(StandardCharsets.UTF_8)));
        assertThat(second).isEqualTo(first);
        assertThat(GeoJson.writeString(second)).isEqualTo(GeoJson.writeString(first));
    }

    @Test
    void theSameDocumentGivesTheSameBytesAndTheStreamStaysOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        GeoJson.write(small(), out);
        assertThat(closed[0]).isFalse();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(GeoJson.writeString(small()))
                .isEqualTo(GeoJson.writeString(AreaMap.builder().from(small()).build()));
        assertThat(GeoJson.writeString(AreaHierarchy.empty())).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}\n");
    }

    @Test
    void otherDocumentsAreRefusedWithTheTypesWritten() {
        assertThatThrownBy(() -> GeoJson.writeString(List.of(TestPictures.hotspot()))).isInstanceOf(EstException.class)
                .hasMessageContaining("AreaMap, GeoAreas, AreaHierarchy, PictureSet, FeedbackReport").hasMessageContaining("AreaMap of");
        assertThatThrownBy(() -> GeoJson.writeString(42)).isInstanceOf(EstException.class)
                .hasMessageContaining("java.lang.Integer");
        assertThat(GeoJson.documentTypes()).containsExactly(AreaMap.class, GeoAreas.class, AreaHierarchy.class,
                org.est4j.core.picture.PictureSet.class, org.est4j.core.feedback.FeedbackReport.class);
    }

    @Test
    void aFeedbackReportIsDrawnWithOnlyWhatItsAudienceMaySee() {
        String published = GeoJson.writeString(ReportSamples.report());
        List<String> features = published.lines().filter(l -> l.startsWith("{\"type\":\"Feature\""))
                .collect(Collectors.toList());
        assertThat(features).hasSize(ReportSamples.hierarchy().size() + 2);
        assertThat(features.get(0)).contains("\"id\":\"9999\"", "\"audience\":\"public\"", "\"total\":123,"
                + "\"suppressed\":false", "\"assessment.level\":\"3\"", "\"assessment.decided\":true")
                .doesNotContain("assessment.suggested", "responseRate");
        assertThat(features).filteredOn(f -> f.contains("\"id\":\"9999/bruksvik/brukshamnen\"")).singleElement()
                .satisfies(f -> assertThat(f).contains("\"total\":null,\"suppressed\":true"));
        assertThat(features.get(features.size() - 1)).contains("\"kind\":\"hotspot\"", "\"place\":\"Perrong 2 och"
                + " väntsalen\"", "\"reasons\":[]").doesNotContain("score");
        assertThatThrownBy(() -> AreaMap.builder().from(AreaMap.of(ReportSamples.report()))
                .addAllAssessments(TestPictures.assessments()).build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("feedback").hasMessageContaining("not disclosed");
    }
}

package org.est4j.io.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.ingest.ImportException;
import org.est4j.core.spi.Source;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class GeoJsonAreasTest {
    static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[18,59],[19,59],[19,60],[18,60],[18,59]]]}";
    static final String SMALL = "{\"type\":\"Polygon\",\"coordinates\":[[[18.1,59.1],[18.2,59.1],[18.2,59.2],"
            + "[18.1,59.2],[18.1,59.1]]]}";

    static Source source(String text) {
        return Source.of("areas.geojson", text.getBytes(StandardCharsets.UTF_8));
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    static List<String> paths(ValidationException e) {
        return e.problems().stream().map(Problem::path).collect(Collectors.toList());
    }

    @Test
    void featuresBecomeAreasWithShapesAndInteriorPoints() {
        GeoAreas areas = GeoJsonAreas.read(source(collection(
                "{\"type\":\"Feature\",\"id\":\"0188\",\"properties\":{\"name\":\" Norrtälje \",\"level\":\"Kommun\","
                        + "\"code.kommunkod\":\"0188\",\"population\":63000},\"geometry\":" + SQUARE + "}",
                feature("{\"id\":12,\"name\":\"Torget\",\"level\":\"plats\",\"parent\":\"0188\"}", SMALL),
                feature("{\"id\":\"hamnen\",\"name\":\"Hamnen\",\"level\":\"plats\",\"parent\":\"0188\"}",
                        "{\"type\":\"Point\",\"coordinates\":[18.5,59.5,12.0]}"),
                feature("{\"id\":\"x\",\"name\":\"Okänd plats\",\"level\":\"plats\",\"parent\":\"\"}", "null"),
                feature("{\"kind\":\"hotspot\",\"area\":\"12\"}", "{\"type\":\"Point\",\"coordinates\":[18.15,59.15]}"))));
        AreaHierarchy h = areas.hierarchy();
        assertThat(h.areas()).extracting(Area::id).containsExactly(AreaId.of("0188"), AreaId.of("12"),
                AreaId.of("hamnen"), AreaId.of("x"));
        Area norrtalje = h.get(AreaId.of("0188"));
        assertThat(norrtalje.name()).isEqualTo("Norrtälje");
        assertThat(norrtalje.level()).isEqualTo(AreaLevel.MUNICIPALITY);
        assertThat(norrtalje.externalCodes()).containsExactly(Map.entry(Area.KOMMUNKOD, "0188"));
        assertThat(norrtalje.point()).contains(GeoPoint.of(59.5, 18.5));
        assertThat(h.get(AreaId.of("12")).parent()).contains(AreaId.of("0188"));
        assertThat(h.get(AreaId.of("hamnen")).point()).contains(GeoPoint.of(59.5, 18.5));
        assertThat(h.get(AreaId.of("x")).isRoot()).isTrue();
        assertThat(h.get(AreaId.of("x")).point()).isEmpty();
        assertThat(areas.geometries().areas()).containsExactly(AreaId.of("0188"), AreaId.of("12"));
        GeoPoint inside = h.get(AreaId.of("12")).point().orElseThrow();
        assertThat(areas.geometries().get(AreaId.of("12")).covers(Shapes.FACTORY.createPoint(
                new Coordinate(inside.longitude(), inside.latitude())))).isTrue();
    }

    @Test
    void propertyNamesAndCodesAreConfigurable() {
        GeoJsonFormat scb = GeoJsonFormat.builder().idProperty("deso").nameProperty("namn").levelProperty("typ")
                .parentProperty("kommun").defaultLevel(AreaLevel.DESO).putCodeProperties(Area.DESO, "deso").build();
        GeoAreas areas = GeoJsonAreas.read(source(collection(
                "{\"type\":\"Feature\",\"id\":\"0188\",\"properties\":{\"namn\":\"Norrtälje\",\"typ\":\"kommun\"},"
                        + "\"geometry\":null}",
                feature("{\"deso\":\"0188C1010\",\"namn\":\"Flygfältet\",\"kommun\":\"0188\"}", SMALL))), scb);
        Area deso = areas.hierarchy().get(AreaId.of("0188C1010"));
        assertThat(deso.level()).isEqualTo(AreaLevel.DESO);
        assertThat(deso.name()).isEqualTo("Flygfältet");
        assertThat(deso.parent()).contains(AreaId.of("0188"));
        assertThat(deso.externalCode(Area.DESO)).contains("0188C1010");
        assertThat(areas.hierarchy().get(AreaId.of("0188")).level()).isEqualTo(AreaLevel.MUNICIPALITY);
    }

    @Test
    void everyProblemInTheFileIsReportedWithItsPath() {
        String text = collection(
                feature("{\"name\":\"No id\",\"level\":\"plats\"}", SQUARE),
                feature("{\"id\":\"a b\",\"name\":{\"sv\":\"Namn\"},\"level\":\"1st\"}", SQUARE),
                feature("{\"id\":\"open\",\"name\":\"Open ring\",\"level\":\"plats\"}",
                        "{\"type\":\"Polygon\",\"coordinates\":[[[18,59],[19,59],[19,60],[18,60]]]}"),
                feature("{\"id\":\"short\",\"name\":\"Short\",\"level\":\"plats\"}",
                        "{\"type\":\"Polygon\",\"coordinates\":[[[18,59],[19,59],[18,59]]]}"),
                feature("{\"id\":\"bowtie\",\"name\":\"Bowtie\",\"level\":\"plats\"}",
                        "{\"type\":\"Polygon\",\"coordinates\":[[[18,59],[19,60],[19,59],[18,60],[18,59]]]}"),
                feature("{\"id\":\"swapped\",\"name\":\"Lat first\",\"level\":\"plats\"}",
                        "{\"type\":\"Point\",\"coordinates\":[59.7,180.5]}"),
                feature("{\"id\":\"line\",\"name\":\"Line\",\"level\":\"plats\"}",
                        "{\"type\":\"LineString\",\"coordinates\":[[18,59],[19,60]]}"),
                feature("{\"id\":\"coll\",\"name\":\"Coll\",\"level\":\"plats\"}",
                        "{\"type\":\"GeometryCollection\",\"geometries\":[" + SQUARE + "]}"),
                feature("{\"id\":\"text\",\"name\":\"Text\",\"level\":\"plats\"}",
                        "{\"type\":\"Polygon\",\"coordinates\":\"18,59\"}"),
                feature("{\"id\":\"strings\",\"name\":\"Strings\",\"level\":\"plats\"}",
                        "{\"type\":\"Polygon\",\"coordinates\":[[[\"18\",59],[19,59],[19,60],[18,59]]]}"),
                "42",
                "{\"type\":\"Feature\",\"properties\":{\"id\":\"nogeom\",\"name\":\"N\",\"level\":\"plats\"}}",
                feature("[1,2]", "null"));
        assertThatThrownBy(() -> GeoJsonAreas.read(source(text))).isInstanceOfSatisfying(ValidationException.class,
                e -> {
                    assertThat(paths(e)).containsExactlyInAnyOrder(
                            "features[0].properties.id",
                            "features[1].properties.id", "features[1].properties.name", "features[1].properties.level",
                            "features[2].geometry", "features[3].geometry", "features[4].geometry",
                            "features[5].geometry", "features[6].geometry.type", "features[7].geometry.type",
                            "features[8].geometry.coordinates", "features[9].geometry.coordinates[0][0]",
                            "features[10]", "features[11].geometry", "features[12].properties");
                    assertThat(e.getMessage()).contains("areas.geojson", "is not closed", "at least 4",
                            "Self-intersection", "invalid-geometries=repair", "outside WGS 84", "swap",
                            "must be Polygon or MultiPolygon", "must be a string or a number");
                });
    }

    @Test
    void hierarchyProblemsPointAtTheFeatures() {
        String text = collection(
                feature("{\"id\":\"a\",\"name\":\"A\",\"level\":\"kommun\",\"parent\":\"b\"}", "null"),
                feature("{\"id\":\"b\",\"name\":\"B\",\"level\":\"kommun\",\"parent\":\"a\"}", "null"),
                feature("{\"id\":\"c\",\"name\":\"C\",\"level\":\"plats\",\"parent\":\"nowhere\"}", "null"),
                feature("{\"id\":\"c\",\"name\":\"C again\",\"level\":\"plats\"}", "null"),
                feature("{\"id\":\"d\",\"name\":\"D\",\"level\":\"kommun\",\"code.kommunkod\":\"188\"}", "null"));
        assertThatThrownBy(() -> GeoJsonAreas.read(source(text))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(paths(e)).containsExactlyInAnyOrder("features[4].externalCodes[kommunkod]"));
        String tree = collection(
                feature("{\"id\":\"a\",\"name\":\"A\",\"level\":\"kommun\",\"parent\":\"b\"}", "null"),
                feature("{\"id\":\"b\",\"name\":\"B\",\"level\":\"kommun\",\"parent\":\"a\"}", "null"),
                feature("{\"id\":\"c\",\"name\":\"C\",\"level\":\"plats\",\"parent\":\"nowhere\"}", "null"),
                feature("{\"id\":\"c\",\"name\":\"C again\",\"level\":\"plats\"}", "null"));
        assertThatThrownBy(() -> GeoJsonAreas.read(source(tree))).isInstanceOfSatisfying(ValidationException.class,
                e -> {
                    assertThat(paths(e)).contains("features[0].properties.parent", "features[2].properties.parent",
                            "features[3].properties.id");
                    assertThat(e.getMessage()).contains("nowhere").contains("cycle");
                });
    }

    @Test
    void invalidPolygonsCanBeRepaired() {
        String bowtie = collection(feature("{\"id\":\"bowtie\",\"name\":\"Bowtie\",\"level\":\"plats\"}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[18,59],[19,60],[19,59],[18,60],[18,59]]]}"));
        GeoAreas repaired = GeoJsonAreas.read(source(bowtie), GeoJsonFormat.builder().repairInvalidGeometries(true)
                .build());
        assertThat(repaired.geometries().get(AreaId.of("bowtie")).isValid()).isTrue();
        assertThat(repaired.geometries().get(AreaId.of("bowtie")).getGeometryType()).isEqualTo("MultiPolygon");
    }

    @Test
    void aCoordinateSystemOtherThanWgs84IsReportedWithAdvice() {
        String sweref = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                + "\"urn:ogc:def:crs:EPSG::3006\"}},\"features\":[" + feature("{\"id\":\"a\",\"name\":\"A\","
                + "\"level\":\"kommun\"}", "{\"type\":\"Point\",\"coordinates\":[674000,6580000]}") + "]}";
        assertThatThrownBy(() -> GeoJsonAreas.read(source(sweref))).isInstanceOfSatisfying(ValidationException.class,
                e -> {
                    assertThat(paths(e)).containsExactlyInAnyOrder("crs", "features[0].geometry");
                    assertThat(e.getMessage()).contains("EPSG::3006", "ogr2ogr -t_srs EPSG:4326");
                });
        String crs84 = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":"
                + "\"urn:ogc:def:crs:OGC:1.3:CRS84\"}},\"features\":[]}";
        assertThat(GeoJsonAreas.read(source(crs84)).hierarchy().isEmpty()).isTrue();
    }

    @Test
    void theWholeStructureIsChecked() {
        assertThatThrownBy(() -> GeoJsonAreas.read(source("{\"type\":\"Feature\",\"features\":{}}")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(paths(e))
                        .containsExactlyInAnyOrder("type", "features"));
        assertThatThrownBy(() -> GeoJsonAreas.read(source("{\"type\":\"FeatureCollection\"}")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("features: is required");
        assertThatThrownBy(() -> GeoJsonAreas.read(source(collection(
                "{\"type\":\"Feat\",\"id\":[1],\"properties\":{\"id\":\"a\",\"name\":\"A\",\"level\":\"kommun\"},"
                        + "\"geometry\":null}"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(paths(e))
                        .containsExactlyInAnyOrder("features[0].id", "features[0].type"));
    }

    @Test
    void inputThatCannotBeReadStopsWithLineAndColumn() {
        assertThatThrownBy(() -> GeoJsonAreas.read(source("[]"))).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.getMessage()).contains("must start with {"));
        assertThatThrownBy(() -> GeoJsonAreas.read(source(""))).isInstanceOf(ImportException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> GeoJsonAreas.read(source("{\"type\":\"FeatureCollection\",\n\"features\":[}")))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.rejection().line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("not valid JSON");
                });
        assertThatThrownBy(() -> GeoJsonAreas.read(source(collection() + " {}"))).isInstanceOf(ImportException.class)
                .hasMessageContaining("more text");
        assertThatThrownBy(() -> GeoJsonAreas.read(source("{\"type\":\"FeatureCollection\",\"type\":\"x\","
                + "\"features\":[]}"))).isInstanceOf(ImportException.class).hasMessageContaining("Duplicate");
        assertThatThrownBy(() -> GeoJsonAreas.read(Source.none())).isInstanceOf(ImportException.class)
                .hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> GeoJsonAreas.read(source(collection(feature("{}", "{\"type\":\"Polygon\","
                + "\"coordinates\":[[[18,59],[19,59]"))))).isInstanceOf(ImportException.class);
    }

    @Test
    void limitsStopHostileInput() {
        String huge = "{\"type\":\"Polygon\",\"coordinates\":[[" + IntStream.range(0, 2000)
                .mapToObj(i -> "[18." + i + ",59]").collect(Collectors.joining(",")) + "]]}";
        assertThatThrownBy(() -> GeoJsonAreas.read(source(collection(feature("{}", huge))),
                GeoJsonFormat.builder().maxPositions(1000).build()))
                .isInstanceOf(ImportException.class).hasMessageContaining("1000 positions (maxPositions)");
        String deep = "{\"a\":".repeat(100) + "1" + "}".repeat(100);
        assertThatThrownBy(() -> GeoJsonAreas.read(source(collection(feature(deep, "null")))))
                .isInstanceOf(ImportException.class).hasMessageContaining("nested deeper than 32");
        String deepCoordinates = "{\"type\":\"Polygon\",\"coordinates\":" + "[".repeat(8) + "1" + "]".repeat(8) + "}";
        assertThatThrownBy(() -> GeoJsonAreas.read(source(collection(feature("{\"id\":\"a\",\"name\":\"A\","
                + "\"level\":\"kommun\"}", deepCoordinates)))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("deeper than the coordinates");
        String longName = "x".repeat(GeoJsonFormat.MAX_STRING_LENGTH + 1);
        assertThatThrownBy(() -> GeoJsonAreas.read(source(collection(feature("{\"name\":\"" + longName + "\"}",
                "null"))))).isInstanceOf(ImportException.class).hasMessageContaining("string longer than");
        String three = collection(feature("{\"id\":\"a\",\"name\":\"A\",\"level\":\"kommun\"}", "null"),
                feature("{\"id\":\"b\",\"name\":\"B\",\"level\":\"kommun\"}", "null"),
                feature("{\"id\":\"c\",\"name\":\"C\",\"level\":\"kommun\"}", "null"));
        assertThatThrownBy(() -> GeoJsonAreas.read(source(three), GeoJsonFormat.builder().maxFeatures(2).build()))
                .isInstanceOf(ImportException.class).hasMessageContaining("more than 2 features");
        assertThatThrownBy(() -> GeoJsonAreas.read(source(three), GeoJsonFormat.builder().maxBytes(50).build()))
                .isInstanceOf(ImportException.class).hasMessageContaining("50 bytes (maxBytes)");
        assertThat(GeoJsonAreas.read(source(three)).hierarchy().size()).isEqualTo(3);
    }

    @Test
    void atMostAHundredProblemsAreListed() {
        String many = collection(IntStream.range(0, 150).mapToObj(i -> feature("{\"name\":\"x\",\"level\":\"plats\"}",
                "null")).toArray(String[]::new));
        assertThatThrownBy(() -> GeoJsonAreas.read(source(many))).isInstanceOfSatisfying(ValidationException.class,
                e -> {
                    assertThat(e.problems()).hasSize(FeatureReader.MAX_PROBLEMS + 1);
                    assertThat(e.problems().get(FeatureReader.MAX_PROBLEMS).message()).contains("more problems");
                });
    }

    /** Found by ImportersFuzzTest: an id of the wrong type threw NoSuchElementException instead of a problem. */
    @Test
    void anIdOfTheWrongTypeIsAProblemWithItsPath() {
        for (String id : List.of("{}", "[1]", "true")) {
            assertThatThrownBy(() -> GeoJsonAreas.read(source(collection(
                    feature("{\"id\":" + id + ",\"name\":\"A\",\"level\":\"omrade\"}", SQUARE)))))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(paths(e))
                            .containsExactly("features[0].properties.id"))
                    .hasMessageContaining("must be a string or a number");
        }
    }

    @Test
    void markupInPropertiesIsOnlyText() {
        String name = "<script>alert(\\\"x\\\")</script>";
        GeoAreas areas = GeoJsonAreas.read(source(collection(feature("{\"id\":\"a\",\"name\":\"" + name
                + "\",\"level\":\"kommun\",\"<b onmouseover=x>\":\"<i>\",\"code.<svg>\":\"&lt;\"}", "null"))));
        Area a = areas.hierarchy().get(AreaId.of("a"));
        assertThat(a.name()).isEqualTo("<script>alert(\"x\")</script>");
        assertThat(a.externalCodes()).containsExactly(Map.entry("<svg>", "&lt;"));
    }
}

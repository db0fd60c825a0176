package org.est4j.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.PictureCompiler;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.spi.Source;
import org.est4j.core.store.ObservationStore;
import org.est4j.core.time.Period;
import org.est4j.io.csv.CsvExport;
import org.est4j.io.csv.CsvStyle;
import org.est4j.io.csv.ObservationCsv;
import org.est4j.io.csv.PictureTable;
import org.est4j.io.geojson.AreaMap;
import org.est4j.io.geojson.GeoJson;
import org.est4j.io.geojson.GeoJsonAreas;
import org.est4j.io.json.DocumentKind;
import org.est4j.io.json.EstJson;
import org.junit.jupiter.api.Test;

/**
 * Byte-identical exports: the CSV, JSON and GeoJSON exports of a fixed, generated input (a seeded CSV with some
 * broken rows, imported, compiled into a quarter's pictures) have the SHA-256 digests committed in
 * {@code export-digests.txt}, whatever the JDK, the default locale and the default time zone. The build runs this
 * class a second time with {@code -Duser.timezone=America/New_York -Duser.language=tr -Duser.country=TR} (the
 * {@code locale-test} execution of surefire); {@code -Dest.digests.print=true} prints the digests to commit after a
 * deliberate change of an export.
 */
class ExportDeterminismTest {
    private static final String DIGESTS = "export-digests.txt";

    /** Every export of the fixed input, by name. */
    static Map<String, byte[]> exports() {
        byte[] csv = ImportersFuzzTest.generatedCsv(2026, 400);
        // a few broken rows, so that rejections are exported too
        byte[] broken = new Mutator(50, 5).mutate(csv, 7).bytes();
        ImportResult result = ObservationCsv.importer().read(Source.of("fixed.csv", broken), TestAreas.context());
        PictureSet quarter = PictureCompiler.builder(TestAreas.hierarchy(), Taxonomy.standard()).build()
                .compile(ObservationStore.of(result.accepted()), Period.parse("2026-Q2"));
        Map<String, byte[]> out = new TreeMap<>();
        out.put("observations-sv.csv", write(o -> CsvExport.observations(result.accepted(), o,
                CsvStyle.swedishExcel())));
        out.put("observations-en.csv", write(o -> CsvExport.observations(result.accepted(), o,
                CsvStyle.englishExcel())));
        out.put("pictures-sv.csv", write(o -> CsvExport.pictures(PictureTable.of(quarter, TestAreas.hierarchy()), o,
                CsvStyle.swedishExcel())));
        out.put("pictures-en.csv", write(o -> CsvExport.pictures(PictureTable.of(quarter, TestAreas.hierarchy()), o,
                CsvStyle.englishExcel())));
        out.put("observations.json", utf8(EstJson.writeString(DocumentKind.OBSERVATIONS, result.accepted())));
        out.put("import-result.json", utf8(EstJson.writeString(DocumentKind.IMPORT_RESULT, result)));
        out.put("pictures.geojson", utf8(GeoJson.writeString(AreaMap.builder().hierarchy(TestAreas.hierarchy())
                .pictures(quarter).build())));
        out.put("areas.geojson", utf8(GeoJson.writeString(AreaMap.of(GeoJsonAreas.read(Source.of("a.geojson",
                ImportersFuzzTest.generatedGeoJson(5, 25)))))));
        return out;
    }

    @Test
    void exportsOfTheFixedInputHaveTheCommittedDigests() {
        Map<String, String> actual = new TreeMap<>();
        exports().forEach((name, bytes) -> actual.put(name, sha256(bytes)));
        if (Boolean.getBoolean("est.digests.print")) {
            actual.forEach((name, digest) -> System.out.println(digest + "  " + name));
        }
        assertThat(actual).as("default time zone %s, locale %s, Java %s", java.util.TimeZone.getDefault().getID(),
                java.util.Locale.getDefault(), Runtime.version()).isEqualTo(committed());
    }

    @Test
    void theFixedInputExercisesWhatItShould() {
        Map<String, byte[]> exports = exports();
        String json = new String(exports.get("import-result.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"rejected\"", "\"line\"");
        assertThat(new String(exports.get("observations-sv.csv"), StandardCharsets.UTF_8)).contains("åäö",
                "\"\"citat\"\"", "+02:00", "+01:00");
        assertThat(exports.get("pictures.geojson").length).isGreaterThan(1_000);
        assertThat(exports).allSatisfy((name, bytes) -> assertThat(bytes).as(name).isNotEmpty());
    }

    @Test
    void twoRunsInOneJvmGiveTheSameBytes() {
        Map<String, byte[]> a = exports();
        Map<String, byte[]> b = exports();
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
    }

    private static Map<String, String> committed() {
        Map<String, String> digests = new TreeMap<>();
        try (InputStream in = ExportDeterminismTest.class.getResourceAsStream(DIGESTS)) {
            assertThat(in).as("resource %s", DIGESTS).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.trim().split("\\s+");
                    digests.put(parts[1], parts[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digests;
    }

    private interface Writing {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] write(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.est4j.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.est4j.core.ValidationException;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.ingest.ImportContext;
import org.est4j.core.ingest.ImportException;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.ingest.Rejection;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.spi.ObservationImporterProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.Source;
import org.est4j.io.area.SwedishAreas;
import org.est4j.io.csv.ObservationCsv;
import org.est4j.io.geojson.GeoAreas;
import org.est4j.io.geojson.GeoJsonAreas;
import org.est4j.io.json.DocumentKind;
import org.est4j.io.json.EstJson;
import org.est4j.io.json.UnsupportedVersionException;
import org.est4j.io.open311.Open311;
import org.est4j.io.polisen.PolisenEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing of every importer with seeded mutations ({@link Mutator}) of the real sample files and of generated ones:
 * truncation, random bytes, invalid UTF-8, huge fields, deep nesting, wrong types, duplicate keys, numbers out of
 * range. For every mutant, only a documented exception comes out ({@link ImportException} for the observation
 * importers and GeoJSON, {@link ValidationException}, {@link UnsupportedVersionException} or
 * {@link UncheckedIOException} for est4j JSON); a result accounts for every row read
 * ({@code accepted + rejected = rows read}); and reading one mutant takes less than {@link #MAX_MILLIS} ms and
 * allocates less than {@link #MAX_ALLOCATED_BYTES} bytes (the figures are printed).
 *
 * <p>The default build tries {@link #DEFAULT_COUNT} mutants per corpus; {@code -Dest.fuzz.count=N} tries more,
 * {@code -Dest.fuzz.seed=S} moves the seeds. A failure names the seed of its mutant.
 */
class ImportersFuzzTest {
    static final int DEFAULT_COUNT = 120;
    static final int COUNT = Integer.getInteger("est.fuzz.count", DEFAULT_COUNT);
    static final long SEED = Long.getLong("est.fuzz.seed", 20_261_122L);
    /** Time limit for reading one mutant, generous for a loaded two-core machine. */
    static final long MAX_MILLIS = 5_000;
    /** Allocation limit for reading one mutant (the inputs are at most about 0.5 MB). */
    static final long MAX_ALLOCATED_BYTES = 512L * 1024 * 1024;

    private static final Mutator MUTATOR = new Mutator(300_000, 5_000);
    private static final List<String> FIGURES = new ArrayList<>();

    @AfterAll
    static void printFigures() {
        FIGURES.forEach(System.out::println);
    }

    // ------------------------------------------------------------------------------------------------ importers

    @Test
    void csvImporterOnGeneratedFiles() {
        ImportContext context = TestAreas.context();
        fuzzImporter("csv (generated)", generatedCsv(7, 60), ObservationCsv.importer(), context);
        fuzzImporter("csv (generated, delimiter set)", generatedCsv(8, 20),
                ObservationCsv.importer(PluginConfig.of(Map.of("delimiter", ";"))), context);
    }

    @Test
    void polisenImporterOnTheRealFileAndGeneratedOnes() {
        ImportContext sweden = ImportContext.of(SwedishAreas.municipalities(), Taxonomy.standard());
        fuzzImporter("polisen-events (real file)", bytes("polisen-events-2023-03-25.json"),
                PolisenEvents.importer(), sweden);
        fuzzImporter("polisen-events (generated)", generatedPolisen(11, 30), PolisenEvents.importer(), sweden);
    }

    @Test
    void open311ImporterOnTheRealFiles() {
        ImportContext context = ImportContext.of(bloomington(), Taxonomy.standard());
        PluginConfig config = PluginConfig.of(Map.of("area", "bloomington"));
        fuzzImporter("open311 (real requests)", bytes("open311-bloomington-requests.json"),
                Open311.importer(config), context);
        byte[] services = bytes("open311-bloomington-services.json");
        byte[] requests = bytes("open311-bloomington-requests.json");
        fuzz("open311 (real services list)", services, mutant -> expectImportOrDocumented(
                () -> Open311.importer(config, Source.of("services.json", mutant)).read(
                        Source.of("requests.json", requests), context)));
    }

    @Test
    void est4jJsonOnGeneratedDocuments() {
        List<Observation> observations = ObservationCsv.importer().read(Source.of("gen.csv", generatedCsv(3, 40)),
                TestAreas.context()).accepted();
        assertThat(observations).hasSizeGreaterThan(20);
        byte[] document = EstJson.writeString(DocumentKind.OBSERVATIONS, observations)
                .getBytes(StandardCharsets.UTF_8);
        fuzz("est4j JSON observations (generated)", document, mutant -> {
            try {
                List<Observation> read = EstJson.read(DocumentKind.OBSERVATIONS, new ByteArrayInputStream(mutant));
                assertThat(read).doesNotContainNull();
            } catch (ValidationException | UncheckedIOException documented) {
                assertThat(documented.getMessage()).isNotBlank();
            }
        });
        fuzz("est4j JSON, any kind (generated)", document, mutant -> {
            try {
                assertThat(EstJson.read(new ByteArrayInputStream(mutant))).isNotNull();
            } catch (ValidationException | UncheckedIOException documented) {
                assertThat(documented.getMessage()).isNotBlank();
            }
        });
    }

    @Test
    void geoJsonAreasOnGeneratedCollections() {
        fuzz("geojson areas (generated)", generatedGeoJson(5, 25), mutant -> {
            try {
                GeoAreas areas = GeoJsonAreas.read(Source.of("areas.geojson", mutant));
                assertThat(areas.hierarchy().areas()).doesNotContainNull();
            } catch (ValidationException | ImportException documented) {
                assertThat(documented.getMessage()).isNotBlank();
            }
        });
    }

    @Test
    void theUnmutatedCorporaAreReadCleanly() {
        ImportResult csv = ObservationCsv.importer().read(Source.of("gen.csv", generatedCsv(7, 60)),
                TestAreas.context());
        assertThat(csv.rowsRead()).isEqualTo(60);
        assertThat(csv.errors()).isEmpty();
        ImportResult polisen = PolisenEvents.importer().read(Source.of("gen.json", generatedPolisen(11, 30)),
                ImportContext.of(SwedishAreas.municipalities(), Taxonomy.standard()));
        assertThat(polisen.rowsRead()).isEqualTo(30);
        assertThat(polisen.accepted()).isNotEmpty();
        assertThat(GeoJsonAreas.read(Source.of("a.geojson", generatedGeoJson(5, 25))).hierarchy().size())
                .isEqualTo(26);
    }

    // ------------------------------------------------------------------------------------------------ harness

    private void fuzzImporter(String name, byte[] corpus, ObservationImporterProvider.Importer importer,
            ImportContext context) {
        fuzz(name, corpus, mutant -> expectImportOrDocumented(() -> importer.read(Source.of("fuzz", mutant),
                context)));
    }

    private static void expectImportOrDocumented(java.util.function.Supplier<ImportResult> read) {
        ImportResult result;
        try {
            result = read.get();
        } catch (ImportException documented) {
            assertThat(documented.getMessage()).isNotBlank();
            return;
        }
        assertThat(result.accepted().size() + result.rejected().size()).as("accepted + rejected = rows read")
                .isEqualTo(result.rowsRead());
        assertThat(result.accepted()).doesNotContainNull();
        for (Rejection r : result.rejected()) {
            assertThat(r.reason()).isNotBlank();
            assertThat(r.line()).isPositive();
        }
    }

    private static void fuzz(String name, byte[] corpus, Consumer<byte[]> check) {
        Map<Mutator.Kind, Integer> kinds = new EnumMap<>(Mutator.Kind.class);
        long maxMillis = 0;
        long maxAllocated = 0;
        long started = System.nanoTime();
        for (int i = 0; i < COUNT; i++) {
            Mutator.Mutant mutant = MUTATOR.mutate(corpus, SEED * 31 + i);
            kinds.merge(mutant.kind(), 1, Integer::sum);
            long allocatedBefore = allocated();
            long t0 = System.nanoTime();
            try {
                check.accept(mutant.bytes());
            } catch (AssertionError e) {
                throw new AssertionError(name + ": mutant " + mutant + ": " + e.getMessage(), e);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                throw new AssertionError(name + ": mutant " + mutant + " threw an undocumented " + e, e);
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            long bytes = allocated() - allocatedBefore;
            maxMillis = Math.max(maxMillis, millis);
            maxAllocated = Math.max(maxAllocated, bytes);
            if (millis > MAX_MILLIS) {
                fail("%s: mutant %s took %d ms (limit %d)", name, mutant, millis, MAX_MILLIS);
            }
            if (bytes > MAX_ALLOCATED_BYTES) {
                fail("%s: mutant %s allocated %d bytes (limit %d)", name, mutant, bytes, MAX_ALLOCATED_BYTES);
            }
        }
        assertThat(kinds).as("every kind of mutation was tried").hasSize(COUNT >= 100 ? Mutator.Kind.values().length
                : kinds.size());
        synchronized (FIGURES) {
            FIGURES.add(String.format(java.util.Locale.ROOT,
                    "fuzz %-40s %6d mutants of %7d bytes in %6d ms; slowest %5d ms; most allocated %5d MB", name,
                    COUNT, corpus.length, (System.nanoTime() - started) / 1_000_000, maxMillis,
                    maxAllocated / (1024 * 1024)));
        }
    }

    /** Bytes allocated by this thread so far, or 0 where the JVM does not tell. */
    private static long allocated() {
        try {
            // By reflection: the test is patched into module org.est4j.io, which does not read java.management.
            Object mx = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            Class<?> sun = Class.forName("com.sun.management.ThreadMXBean");
            if (!sun.isInstance(mx)) {
                return 0;
            }
            Method m = sun.getMethod("getThreadAllocatedBytes", long.class);
            return (long) m.invoke(mx, Thread.currentThread().getId());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0;
        }
    }

    // ------------------------------------------------------------------------------------------------ corpora

    private static final String[] AREAS = {"rimbo", "Rimbo", "0188C1010", "Åborreviken", "norrtalje/centrum"};
    private static final String[] CATEGORIES = {"property-damage.graffiti", "Klotter", "gathering",
        "unsafe-place.lighting", "disorder-violence.assault"};

    /** A valid observation CSV with the template's columns. */
    static byte[] generatedCsv(long seed, int rows) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder("id;datum;tid;område;plats;kategori;allvarlighet;beskrivning;rapportör;"
                + "synlighet;lat;lon\n");
        for (int i = 0; i < rows; i++) {
            b.append("o-").append(i).append(';')
                    .append(String.format(java.util.Locale.ROOT, "2026-%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)))
                    .append(';').append(String.format(java.util.Locale.ROOT, "%02d:%02d", r.nextInt(24), r.nextInt(60)))
                    .append(';').append(AREAS[r.nextInt(AREAS.length)]).append(';').append("Torget ").append(i)
                    .append(';').append(CATEGORIES[r.nextInt(CATEGORIES.length)]).append(';').append(1 + r.nextInt(5))
                    .append(';').append("\"Beskrivning ").append(i).append(", med \"\"citat\"\", ; semikolon, åäö och =1+1\"")
                    .append(';').append("r-").append(r.nextInt(9)).append(';')
                    .append(new String[] {"grupp", "partner", "offentlig"}[r.nextInt(3)]).append(';')
                    .append(r.nextBoolean() ? "59,7" + r.nextInt(10) + ";18,3" + r.nextInt(10) : ";").append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A response of the Police events API, in its shape. */
    static byte[] generatedPolisen(long seed, int events) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] types = {"Skadegörelse", "Misshandel", "Rån", "Brand", "Narkotikabrott", "Trafikolycka",
            "Sammanfattning natt"};
        String[] places = {"Norrtälje", "Uppsala", "Stockholm", "Örebro", "Malmö"};
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < events; i++) {
            String type = types[r.nextInt(types.length)];
            String place = places[r.nextInt(places.length)];
            b.append(i == 0 ? "" : ",").append("{\"id\":").append(400_000 + i)
                    .append(",\"datetime\":\"2023-03-").append(10 + r.nextInt(15)).append(' ')
                    .append(10 + r.nextInt(13)).append(":").append(10 + r.nextInt(49)).append(":00 +01:00\"")
                    .append(",\"name\":\"").append("23 mars ").append(String.format(java.util.Locale.ROOT, "%02d",
                            r.nextInt(24))).append(".00, ").append(type).append(", ").append(place).append('"')
                    .append(",\"summary\":\"Något hände.\",\"url\":\"/aktuellt/handelser/").append(i).append("\"")
                    .append(",\"type\":\"").append(type).append("\",\"location\":{\"name\":\"").append(place)
                    .append("\",\"gps\":\"59.").append(r.nextInt(1000)).append(",18.").append(r.nextInt(1000))
                    .append("\"}}");
        }
        return b.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A FeatureCollection of areas with polygons, points and properties. */
    static byte[] generatedGeoJson(long seed, int features) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        b.append("{\"type\":\"Feature\",\"id\":\"root\",\"properties\":{\"name\":\"Kommunen\",\"level\":\"kommun\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[18,59],[19,59],[19,60],[18,60],[18,59]]]}}");
        for (int i = 0; i < features; i++) {
            double x = 18 + r.nextDouble() * 0.9;
            double y = 59 + r.nextDouble() * 0.9;
            String geometry = r.nextBoolean()
                    ? String.format(java.util.Locale.ROOT, "{\"type\":\"Point\",\"coordinates\":[%.5f,%.5f]}", x, y)
                    : String.format(java.util.Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%.4f,%.4f],"
                            + "[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f]]]}", x, y, x + 0.01, y, x + 0.01, y + 0.01, x, y);
            b.append(",{\"type\":\"Feature\",\"properties\":{\"id\":\"a").append(i).append("\",\"name\":\"Område ")
                    .append(i).append("\",\"level\":\"område\",\"parent\":\"root\",\"population\":")
                    .append(r.nextInt(5000)).append("},\"geometry\":").append(geometry).append('}');
        }
        return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String sharedFile) {
        try {
            return java.nio.file.Files.readAllBytes(SharedData.path(sharedFile));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AreaHierarchy bloomington() {
        AreaId city = AreaId.of("bloomington");
        return AreaHierarchy.of(
                Area.of(city, "Bloomington", AreaLevel.MUNICIPALITY),
                Area.builder().id(AreaId.of("bloomington/north")).name("North").level(AreaLevel.DISTRICT).parent(city)
                        .point(GeoPoint.of(39.175, -86.53)).build(),
                Area.builder().id(AreaId.of("bloomington/south")).name("South").level(AreaLevel.DISTRICT).parent(city)
                        .point(GeoPoint.of(39.14, -86.50)).build());
    }
}

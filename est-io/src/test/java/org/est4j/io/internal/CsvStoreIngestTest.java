package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.est4j.core.ingest.ImportContext;
import org.est4j.core.ingest.ImportException;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.Source;
import org.est4j.core.store.ObservationStore;
import org.est4j.io.TestAreas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CsvStoreIngestTest {
    @TempDir
    Path dir;

    private static final String[] AREAS = {"norrtalje/centrum", "rimbo", "rimbo/centrum", "Flygfältet", "0188",
        "aborre", "nowhere", "Centrum", " rimbo "};
    private static final String[] CATEGORIES = {"property-damage.graffiti", "Klotter", "drugs.use", "retired",
        "violence"};

    /** A messy observation CSV: mostly plain rows, and every kind of row the fast path leaves to the importer. */
    static String csv(long seed, int rows, char d, String newline, boolean withIds) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder();
        b.append(withIds ? "id" + d : "").append("datum").append(d).append("tid").append(d).append("område").append(d)
                .append("kategori").append(d).append("allvarlighet").append(d).append("beskrivning").append(d)
                .append("källa").append(d).append("rapportör").append(d).append("lat").append(d).append("lon")
                .append(newline);
        for (int i = 0; i < rows; i++) {
            int kind = r.nextInt(40);
            if (kind == 0) {
                b.append(newline); // blank line
                continue;
            }
            String id = kind == 1 && i > 3 ? "o-" + (i - 2) : kind == 2 ? "" : kind == 3 ? "bad id" : "o-" + i;
            // Ids only the importer's reading settles: spaces around, letters beyond ASCII (composed or not), too
            // long, a first character an id cannot start with.
            id = kind == 29 ? " o-" + i + " " : kind == 30 ? "ö-" + i : kind == 31 ? "o\u0308-" + i
                    : kind == 32 ? "x".repeat(129) : kind == 33 ? "-o" + i : id;
            String date = kind == 4 ? "2026-02-30" : kind == 5 ? "18/11/2026" : kind == 6 ? "2026-03-29"
                    : kind == 7 ? "2026-10-25" : "2026-" + String.format("%02d-%02d", 1 + r.nextInt(12),
                    1 + r.nextInt(28));
            String time = kind == 8 ? "" : kind == 9 ? "25:00" : kind == 10 ? "7.05"
                    : String.format("%02d:%02d", r.nextInt(24), r.nextInt(60));
            String area = kind == 11 ? "nowhere" : AREAS[r.nextInt(AREAS.length - 3)];
            if (kind == 12) {
                area = AREAS[6 + r.nextInt(3)];
            }
            String category = kind == 13 ? "retired" : CATEGORIES[r.nextInt(3)];
            String severity = kind == 14 ? "7" : kind == 15 ? "Måttlig" : String.valueOf(1 + r.nextInt(5));
            String description = kind == 16 ? "\"Fönster, \"\"krossat\"\"\nigen\"" : kind == 17 ? "\"Rad\r\nbrytning\""
                    : kind == 18 ? "\"citat\" efter" : r.nextBoolean() ? "Klotter på väggen" : "";
            String source = kind == 19 ? "rapportör" : kind == 20 ? "okänd" : "polisen";
            String reporter = kind == 19 || kind == 21 ? "r-" + r.nextInt(3) : "";
            String lat = kind == 22 ? "59.75" : kind == 23 ? "" : kind == 24 ? "\"59,7580\"" : kind == 25 ? "95.0"
                    : String.format(java.util.Locale.ROOT, "%.4f", 59.7 + r.nextDouble() / 10);
            String lon = kind == 22 ? "" : kind == 23 ? "" : kind == 24 ? "\"18,70\"" : kind == 26 ? "0"
                    : String.format(java.util.Locale.ROOT, "%.6f", 18.3 + r.nextDouble() / 2);
            if (kind == 26) {
                lat = "0";
            }
            if (d == ';' && kind != 24) {
                lat = lat.replace('.', ',');
                lon = lon.replace('.', ',');
            } else if (d == ',' && kind != 24) {
                lat = lat.replace(',', '.');
                lon = lon.replace(',', '.');
            }
            if (withIds) {
                b.append(id).append(d);
            }
            b.append(date).append(d).append(time).append(d).append(area).append(d).append(category).append(d)
                    .append(severity).append(d).append(description).append(d).append(source).append(d)
                    .append(reporter).append(d).append(lat).append(d).append(lon);
            if (kind == 27) {
                b.append(d).append("extra");
            }
            if (kind == 28) {
                b.setLength(b.length() - 3); // a field too few
            }
            b.append(newline);
        }
        return b.toString();
    }

    static Stream<Object[]> inputs() {
        return Stream.of(new Object[] {1L, ',', "\n", true, 1, 0}, new Object[] {2L, ';', "\r\n", true, 3, 300},
                new Object[] {3L, ',', "\r\n", false, 2, 211}, new Object[] {4L, ',', "\n", true, 2, 97},
                new Object[] {5L, ';', "\n", false, 1, 150}, new Object[] {6L, ',', "\r", true, 3, 1000});
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void ingestsExactlyWhatTheImporterImportsWithTheSameRejections(long seed, char d, String newline, boolean ids,
            int threads, int chunk) throws IOException {
        String text = csv(seed, 1500, d, newline, ids);
        Path file = dir.resolve("obs-" + seed + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ImportContext context = TestAreas.context();
        ImportResult expected = CsvObservationImporter.create(PluginConfig.empty()).read(
                org.est4j.io.Sources.of(file), context);

        ObservationStore store = ObservationStore.create();
        CsvStoreIngest ingest = CsvStoreIngest.of(CsvObservationImporter.create(PluginConfig.empty()));
        CsvStoreIngest.Outcome outcome = (chunk > 0 ? ingest.withChunkBytes(chunk) : ingest).ingest(file, context,
                store, threads);

        assertThat(outcome.fast).isTrue();
        assertThat(outcome.rowsRead).isEqualTo(expected.rowsRead());
        assertThat(outcome.accepted + outcome.rejected.size()).isEqualTo(outcome.rowsRead);
        assertThat(outcome.rejected).containsExactlyElementsOf(expected.rejected());
        assertThat(store.stream().collect(Collectors.toList())).containsExactlyElementsOf(expected.accepted());
        assertThat(expected.rejected()).hasSizeGreaterThan(50);
    }

    @Test
    void readsTheSameFromASourceInMemoryAndFromAFile() throws IOException {
        String text = csv(9, 400, ',', "\n", true);
        ObservationStore fromMemory = ObservationStore.create();
        CsvStoreIngest ingest = CsvStoreIngest.of(CsvObservationImporter.create(PluginConfig.empty()));
        CsvStoreIngest.Outcome a = ingest.withChunkBytes(500).ingest(Source.of("obs.csv",
                text.getBytes(StandardCharsets.UTF_8)), TestAreas.context(), fromMemory, 2);
        Path file = dir.resolve("obs.csv");
        Files.writeString(file, text);
        ObservationStore fromFile = ObservationStore.create();
        CsvStoreIngest.Outcome b = ingest.ingest(file, TestAreas.context(), fromFile, 1);
        assertThat(a.rejected).isEqualTo(b.rejected);
        assertThat(fromMemory.stream().collect(Collectors.toList()))
                .isEqualTo(fromFile.stream().collect(Collectors.toList()));
    }

    @Test
    void windows1252InputIsReadByTheImportersOwnReaderWithTheSameResult() throws IOException {
        String text = csv(10, 300, ';', "\r\n", true);
        Path file = dir.resolve("cp1252.csv");
        Files.write(file, text.getBytes(Charset.forName("windows-1252")));
        ImportResult expected = CsvObservationImporter.create(PluginConfig.empty()).read(
                org.est4j.io.Sources.of(file), TestAreas.context());
        ObservationStore store = ObservationStore.create();
        CsvStoreIngest.Outcome outcome = CsvStoreIngest.of(CsvObservationImporter.create(PluginConfig.empty()))
                .ingest(file, TestAreas.context(), store, 2);
        assertThat(outcome.fast).isFalse();
        assertThat(outcome.rejected).isEqualTo(expected.rejected());
        assertThat(store.stream().collect(Collectors.toList())).isEqualTo(expected.accepted());
    }

    @Test
    void idsAlreadyInTheStoreAreRejectedRowByRowAndTheRowLimitHolds() throws IOException {
        Path file = dir.resolve("twice.csv");
        Files.writeString(file, csv(11, 200, ',', "\n", true));
        CsvStoreIngest ingest = CsvStoreIngest.of(CsvObservationImporter.create(PluginConfig.empty()))
                .withChunkBytes(700);
        ObservationStore store = ObservationStore.create();
        CsvStoreIngest.Outcome first = ingest.ingest(file, TestAreas.context(), store, 2);
        CsvStoreIngest.Outcome again = ingest.ingest(file, TestAreas.context(), store, 2);
        assertThat(again.accepted).isZero();
        assertThat(again.rejected).hasSize((int) again.rowsRead);
        assertThat(again.rejected).filteredOn(x -> x.reason().contains("is already in the store (row "))
                .hasSizeGreaterThanOrEqualTo((int) first.accepted);
        assertThat(store.size()).isEqualTo((int) first.accepted);

        ImportContext limited = ImportContext.builder().hierarchy(TestAreas.hierarchy()).maxRows(50).build();
        ObservationStore small = ObservationStore.create();
        CsvStoreIngest.Outcome cut = ingest.ingest(file, limited, small, 2);
        ImportResult expected = CsvObservationImporter.create(PluginConfig.empty()).read(
                org.est4j.io.Sources.of(file), limited);
        assertThat(cut.rowsRead).isEqualTo(expected.rowsRead()).isEqualTo(51);
        assertThat(cut.rejected).isEqualTo(expected.rejected());

        ImportContext strict = ImportContext.builder().hierarchy(TestAreas.hierarchy()).strict(true).build();
        assertThatThrownBy(() -> ingest.ingest(file, strict, ObservationStore.create(), 2))
                .isInstanceOf(ImportException.class);
    }

    @Test
    void aHeaderWithoutRequiredColumnsFailsAsTheImporterDoes() throws IOException {
        Path file = dir.resolve("noarea.csv");
        Files.writeString(file, "id,datum,kategori\no-1,2026-11-18,drugs.use\n");
        assertThatThrownBy(() -> CsvStoreIngest.of(CsvObservationImporter.create(PluginConfig.empty()))
                .ingest(file, TestAreas.context(), ObservationStore.create(), 1))
                .isInstanceOf(ImportException.class).hasMessageContaining("område");
    }
}

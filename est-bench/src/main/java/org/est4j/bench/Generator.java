package org.est4j.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.time.Period;

/**
 * A seeded generator of a national observation CSV: about 5,000 areas in four levels (20 counties, 300
 * municipalities, 1,200 districts, 3,600 neighbourhoods), 15 categories, the years 2024 to 2026 in time order, 75 %
 * of rows with coordinates, and free text with commas and quotes. The same seed and row count give the same file,
 * byte for byte.
 *
 * <p>Columns: {@code id,datum,tid,område,kategori,allvarlighet,beskrivning,källa,lat,lon}, comma-separated, UTF-8,
 * LF. Nine rows in ten are on a neighbourhood, one in ten on a district only; one in twenty has only a date.
 *
 * <p>Implementation requirements: this class is stateless and thread-safe.
 */
public final class Generator {
    /** The header line. */
    public static final String HEADER = "id,datum,tid,område,kategori,allvarlighet,beskrivning,källa,lat,lon";
    /** The first period of the data. */
    public static final Period FIRST_WEEK = Period.of(org.est4j.core.time.PeriodKind.WEEK, LocalDate.of(2024, 1, 1));
    /** The last period of the data. */
    public static final Period LAST_WEEK = Period.of(org.est4j.core.time.PeriodKind.WEEK, LocalDate.of(2026, 12, 31));

    private static final String[] TEXTS = {
        "Klotter på väggen vid skolan",
        "\"Fönster krossat, \"\"igen\"\", vid porten\"",
        "Bråk utanför butiken",
        "\"Ungdomar samlas, spelar hög musik\"",
        "Nedskräpning i parken",
        "\"Cykel stulen från ställ, låset klippt\"",
    };

    private Generator() {}

    /**
     * Returns the area hierarchy of the generated data.
     *
     * @return 5,120 areas in four levels
     */
    public static AreaHierarchy hierarchy() {
        List<Area> areas = new ArrayList<>();
        for (int l = 1; l <= 20; l++) {
            String county = String.format("l%02d", l);
            areas.add(Area.builder().id(AreaId.of(county)).name("Län " + l).level(AreaLevel.COUNTY).build());
            for (int m = 1; m <= 15; m++) {
                String municipality = county + String.format("-m%02d", m);
                areas.add(Area.builder().id(AreaId.of(municipality)).name("Kommun " + l + "." + m)
                        .level(AreaLevel.MUNICIPALITY).parent(AreaId.of(county)).build());
                for (int d = 1; d <= 4; d++) {
                    String district = municipality + "-d" + d;
                    areas.add(Area.builder().id(AreaId.of(district)).name("Stadsdel " + district)
                            .level(AreaLevel.DISTRICT).parent(AreaId.of(municipality)).build());
                    for (int n = 1; n <= 3; n++) {
                        areas.add(Area.builder().id(AreaId.of(district + "-n" + n)).name("Område " + district + n)
                                .level(AreaLevel.NEIGHBOURHOOD).parent(AreaId.of(district)).build());
                    }
                }
            }
        }
        return AreaHierarchy.of(areas);
    }

    /**
     * Returns the ids of the 15 categories used: the first 15 of the standard taxonomy.
     *
     * @return the category ids
     */
    public static List<String> categories() {
        List<String> ids = new ArrayList<>();
        for (Category c : Taxonomy.standard().all()) {
            if (ids.size() < 15) {
                ids.add(c.id().value());
            }
        }
        return ids;
    }

    /**
     * Writes a file, unless it is there already with the same rows and seed (noted in a file beside it).
     *
     * @param file the CSV file
     * @param rows the number of rows
     * @param seed the seed
     * @return the file
     * @throws IOException when writing fails
     */
    public static Path write(Path file, long rows, long seed) throws IOException {
        Path note = file.resolveSibling(file.getFileName() + ".generated");
        String stamp = rows + " rows, seed " + seed + ", " + HEADER;
        if (Files.exists(file) && Files.exists(note) && Files.readString(note).equals(stamp)) {
            return file;
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        List<String> leaves = new ArrayList<>();
        List<String> districts = new ArrayList<>();
        AreaHierarchy h = hierarchy();
        for (Area a : h.areas()) {
            if (a.level().equals(AreaLevel.NEIGHBOURHOOD)) {
                leaves.add(a.id().value());
            } else if (a.level().equals(AreaLevel.DISTRICT)) {
                districts.add(a.id().value());
            }
        }
        List<String> categories = categories();
        SplittableRandom random = new SplittableRandom(seed);
        long start = LocalDateTime.of(2024, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        long span = LocalDateTime.of(2027, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC) - start;
        double step = (double) span / Math.max(1, rows);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder(256);
            for (long i = 0; i < rows; i++) {
                // Local (Stockholm) clock time, in time order; written as it would be read off a report.
                long local = start + (long) (i * step + random.nextDouble() * step);
                LocalDateTime t = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
                b.setLength(0);
                b.append('e').append(i).append(',');
                b.append(t.toLocalDate()).append(',');
                if (random.nextInt(20) != 0) {
                    two(b, t.getHour()).append(':');
                    two(b, t.getMinute());
                }
                b.append(',');
                b.append(random.nextInt(10) == 0 ? districts.get(random.nextInt(districts.size()))
                        : leaves.get(random.nextInt(leaves.size()))).append(',');
                int c = Math.min(categories.size() - 1, (int) (categories.size() * Math.pow(random.nextDouble(), 2)));
                b.append(categories.get(c)).append(',');
                b.append(1 + random.nextInt(5)).append(',');
                if (random.nextInt(5) < 3) {
                    b.append(TEXTS[random.nextInt(TEXTS.length)]);
                }
                b.append(",polisen,");
                if (random.nextInt(4) != 0) {
                    decimal(b, 55_00000 + random.nextInt(14_00000)).append(',');
                    decimal(b, 11_00000 + random.nextInt(13_00000));
                } else {
                    b.append(',');
                }
                b.append('\n');
                out.write(b.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        Files.writeString(note, stamp);
        return file;
    }

    private static StringBuilder two(StringBuilder b, int v) {
        return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    /** Five decimals: {@code 5512345} is {@code 55.12345}. */
    private static StringBuilder decimal(StringBuilder b, int e5) {
        b.append(e5 / 100_000).append('.');
        String f = Integer.toString(e5 % 100_000);
        for (int k = f.length(); k < 5; k++) {
            b.append('0');
        }
        return b.append(f);
    }

    /**
     * Copies the header and the first rows of a file, for the slower paths.
     *
     * @param from the generated file
     * @param to the copy
     * @param rows the rows to copy
     * @return the copy
     * @throws IOException when reading or writing fails
     */
    public static Path head(Path from, Path to, long rows) throws IOException {
        try (java.io.BufferedReader r = Files.newBufferedReader(from, StandardCharsets.UTF_8);
                java.io.BufferedWriter w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            for (long i = 0; line != null && i <= rows; i++) {
                w.write(line);
                w.write('\n');
                line = r.readLine();
            }
        }
        return to;
    }
}

package org.est4j.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.ingest.ImportException;
import org.est4j.core.spi.Source;
import org.est4j.io.csv.CsvFormat;
import org.est4j.io.csv.CsvReader;
import org.est4j.io.csv.CsvRecord;

/**
 * Loads the Swedish area data shipped in this package (see {@code NOTICE.md} beside the files): the 21 counties and
 * 290 municipalities, and SCB's 2021 DeSO → RegSO table. Each hierarchy is built once, on first use.
 *
 * <p>Implementation requirements: thread-safe; the hierarchies are immutable.
 */
public final class SwedishAreaData {
    /** The id of the root, Sweden (ISO 3166 code). */
    public static final AreaId SWEDEN = AreaId.of("SE");
    /** The level of the root: {@code land} (country). */
    public static final AreaLevel COUNTRY = AreaLevel.of("land");

    static final String COUNTIES = "lan.csv";
    static final String MUNICIPALITIES = "kommuner-med-lan.csv";
    static final String DESO_TABLE = "scb-kopplingstabell-deso-regso-20210702.csv";

    private SwedishAreaData() {}

    /**
     * Returns Sweden, its counties and its municipalities.
     *
     * @return the hierarchy, the same instance on every call
     */
    public static AreaHierarchy municipalities() {
        return Municipalities.HIERARCHY;
    }

    /**
     * Returns Sweden, its counties, municipalities, RegSO and DeSO areas.
     *
     * @return the hierarchy, the same instance on every call
     */
    public static AreaHierarchy deso() {
        return Deso.HIERARCHY;
    }

    /**
     * Finds the code of a county or municipality by its Swedish name: a municipality's short name
     * ({@code Upplands Väsby}) or full name ({@code Upplands Väsby kommun}), or a county's name
     * ({@code Skåne län}); case and extra white space are ignored, å, ä and ö are not.
     *
     * @param name the name
     * @return the kommunkod or länskod, or empty when no county or municipality has that name
     */
    public static Optional<String> codeOfName(String name) {
        return Optional.ofNullable(Municipalities.CODE_BY_NAME.get(Text.key(name)));
    }

    /**
     * Returns the id of a RegSO area: its municipality's code, a dash, and the slug of its name, such as
     * {@code 0180-rinkeby} or {@code 1480-kortedala-sodra}.
     *
     * @param kommunkod the municipality's code
     * @param regsoName the RegSO's name
     * @return the id
     */
    public static AreaId regsoId(String kommunkod, String regsoName) {
        return AreaId.of(kommunkod + "-" + Text.slug(regsoName));
    }

    // ------------------------------------------------------------------------------------------- loading

    /** The counties and municipalities, and their names, loaded on first use. */
    private static final class Municipalities {
        static final List<Area> AREAS;
        static final Map<String, String> CODE_BY_NAME;
        static final AreaHierarchy HIERARCHY;

        static {
            List<Area> areas = new ArrayList<>();
            Map<String, String> codes = new HashMap<>();
            areas.add(Area.of(SWEDEN, "Sverige", COUNTRY));
            for (Map<String, String> row : rows(COUNTIES, ',')) {
                String code = row.get("county_code");
                areas.add(Area.builder().id(AreaId.of(code)).name(Text.tidy(row.get("county_name")))
                        .level(AreaLevel.COUNTY).parent(SWEDEN).putExternalCodes(Area.LANSKOD, code).build());
                codes.put(Text.key(row.get("county_name")), code);
            }
            for (Map<String, String> row : rows(MUNICIPALITIES, ',')) {
                String code = row.get("municipality_code");
                areas.add(Area.builder().id(AreaId.of(code)).name(Text.tidy(row.get("municipality_name_short")))
                        .level(AreaLevel.MUNICIPALITY).parent(AreaId.of(row.get("county_code")))
                        .putExternalCodes(Area.KOMMUNKOD, code).build());
                codes.put(Text.key(row.get("municipality_name_short")), code);
                codes.put(Text.key(row.get("municipality_name")), code);
            }
            AREAS = List.copyOf(areas);
            CODE_BY_NAME = Map.copyOf(codes);
            HIERARCHY = AreaHierarchy.of(AREAS);
        }
    }

    /** The RegSO and DeSO areas below the municipalities, loaded on first use. */
    private static final class Deso {
        static final AreaHierarchy HIERARCHY;

        static {
            List<Area> areas = new ArrayList<>(Municipalities.AREAS);
            Map<AreaId, Area> regso = new LinkedHashMap<>();
            for (List<String> row : records(DESO_TABLE, ';', 1)) {
                String kommun = row.get(0).trim();
                String deso = row.get(2).trim();
                String regsoName = Text.tidy(row.get(3));
                AreaId regsoId = regsoId(kommun, regsoName);
                Area existing = regso.get(regsoId);
                if (existing == null) {
                    regso.put(regsoId, Area.of(regsoId, regsoName, AreaLevel.REGSO, AreaId.of(kommun)));
                } else if (!existing.name().equals(regsoName)) {
                    throw broken(DESO_TABLE, "the RegSO names '" + existing.name() + "' and '" + regsoName
                            + "' give the same id " + regsoId);
                }
                areas.add(Area.builder().id(AreaId.of(deso)).name(deso).level(AreaLevel.DESO).parent(regsoId)
                        .putExternalCodes(Area.DESO, deso).build());
            }
            areas.addAll(regso.values());
            HIERARCHY = AreaHierarchy.of(areas);
        }
    }

    /** Reads a shipped CSV file with a header into rows of header → value. */
    private static List<Map<String, String>> rows(String file, char delimiter) {
        List<List<String>> records = records(file, delimiter, 0);
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new TreeMap<>();
            for (int i = 0; i < header.size() && i < record.size(); i++) {
                row.put(header.get(i).trim(), record.get(i));
            }
            rows.add(Collections.unmodifiableMap(row));
        }
        return rows;
    }

    /** Reads a shipped CSV file, leaving out {@code skip} header lines; every record must be well-formed. */
    private static List<List<String>> records(String file, char delimiter, int skip) {
        Source source = resource(file);
        List<List<String>> records = new ArrayList<>();
        CsvFormat format = CsvFormat.builder().delimiter(delimiter).charset(StandardCharsets.UTF_8).build();
        try (CsvReader reader = CsvReader.open(source, format)) {
            int n = 0;
            for (Optional<CsvRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                if (r.get().problem().isPresent()) {
                    throw broken(file, "line " + r.get().line() + " " + r.get().problem().get());
                }
                if (n++ >= skip) {
                    records.add(r.get().fields());
                }
            }
        } catch (ImportException e) {
            throw broken(file, e.getMessage());
        }
        return records;
    }

    private static Source resource(String file) {
        return new Source() {
            @Override
            public String name() {
                return file;
            }

            @Override
            public InputStream open() throws IOException {
                InputStream in = SwedishAreaData.class.getResourceAsStream(file);
                if (in == null) {
                    throw new IOException("The resource " + file + " is missing from est-io");
                }
                return in;
            }
        };
    }

    private static IllegalStateException broken(String file, String what) {
        return new IllegalStateException("est-io's built-in data file " + file + " is broken (" + what
                + "): the est-io jar is damaged; use an intact one");
    }
}

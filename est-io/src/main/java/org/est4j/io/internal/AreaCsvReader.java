package org.est4j.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.est4j.core.Problem;
import org.est4j.core.Problems;
import org.est4j.core.ValidationException;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.spi.Source;
import org.est4j.io.csv.CsvFormat;
import org.est4j.io.csv.CsvReader;
import org.est4j.io.csv.CsvRecord;

/**
 * Reads an area hierarchy from CSV; the format is documented in {@link org.est4j.io.area.AreaCsv}. Every problem,
 * of a row or of the hierarchy as a whole, is collected into one {@link ValidationException} whose paths start with
 * {@code line[n]}, the line of the file.
 */
public final class AreaCsvReader {
    private static final Pattern AREA_INDEX = Pattern.compile("areas\\[(\\d+)\\]");
    private static final String SUBJECT = "area CSV";

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("id", "id"),
            Map.entry("name", "name"), Map.entry("namn", "name"),
            Map.entry("level", "level"), Map.entry("nivå", "level"), Map.entry("niva", "level"),
            Map.entry("parent", "parent"), Map.entry("förälder", "parent"), Map.entry("foralder", "parent"),
            Map.entry("överordnad", "parent"), Map.entry("overordnad", "parent"),
            Map.entry("lat", "lat"), Map.entry("latitud", "lat"), Map.entry("latitude", "lat"),
            Map.entry("lon", "lon"), Map.entry("lng", "lon"), Map.entry("long", "lon"),
            Map.entry("longitud", "lon"), Map.entry("longitude", "lon"));

    private AreaCsvReader() {}

    /**
     * Reads a hierarchy.
     *
     * @param source the CSV input
     * @param format delimiter, encoding and limits
     * @return the hierarchy
     * @throws ValidationException listing every problem, with paths such as {@code line[12].parent}
     * @throws org.est4j.core.ingest.ImportException when the input cannot be read
     */
    public static AreaHierarchy read(Source source, CsvFormat format) {
        Problems problems = Problems.of(SUBJECT + " " + source.name());
        List<Area> areas = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        Set<AreaId> failedIds = new HashSet<>();
        try (CsvReader reader = CsvReader.open(source, format)) {
            Optional<CsvRecord> first = reader.next();
            if (first.isEmpty()) {
                return AreaHierarchy.empty();
            }
            CsvRecord header = first.get();
            Map<String, Integer> columns = new LinkedHashMap<>();
            Map<Integer, String> codeColumns = new LinkedHashMap<>();
            readHeader(header, columns, codeColumns, problems);
            if (problems.any()) {
                problems.throwIfAny();
            }
            for (Optional<CsvRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                CsvRecord record = r.get();
                String at = "line[" + record.line() + "]";
                if (record.problem().isPresent()) {
                    problems.add(at, "column " + record.problemColumn() + ": the row " + record.problem().get(),
                            Text.abbreviate(record.raw(), 80));
                    continue;
                }
                if (record.size() != header.size() && !(record.size() > header.size() && blankFrom(record, header.size()))) {
                    problems.add(at, "has " + record.size() + " fields, the header has " + header.size(),
                            Text.abbreviate(record.raw(), 80));
                    continue;
                }
                Optional<Area> area = area(record, columns, codeColumns, problems, at, failedIds);
                if (area.isPresent()) {
                    areas.add(area.get());
                    lines.add(record.line());
                }
            }
        }
        AreaHierarchy hierarchy = null;
        try {
            hierarchy = AreaHierarchy.of(areas);
        } catch (ValidationException e) {
            for (Problem p : e.problems()) {
                if (p.message().startsWith("names unknown area") && p.value() != null && isId(p.value())
                        && failedIds.contains(AreaId.of(p.value()))) {
                    continue; // the parent's own row is reported already
                }
                problems.add(relabel(p.path(), lines), relabel(p.message(), lines), p.value());
            }
        }
        problems.throwIfAny();
        return hierarchy;
    }

    private static boolean isId(String text) {
        try {
            AreaId.of(text);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    private static void readHeader(CsvRecord header, Map<String, Integer> columns, Map<Integer, String> codeColumns,
            Problems problems) {
        String at = "line[" + header.line() + "]";
        if (header.problem().isPresent()) {
            problems.add(at, "the header row " + header.problem().get(), Text.abbreviate(header.raw(), 80));
            return;
        }
        for (int i = 0; i < header.size(); i++) {
            String name = Text.key(header.fields().get(i));
            String column = COLUMNS.get(name);
            if (name.isEmpty()) {
                problems.add(at, "column " + (i + 1) + " has no header: name it (id, name, level, parent, lat, lon,"
                        + " or the key of an external code such as kommunkod)", null);
            } else if (column == null) {
                codeColumns.put(i, name.toLowerCase(Locale.ROOT));
            } else if (columns.putIfAbsent(column, i) != null) {
                problems.add(at, "has two columns for " + column + ": keep one", header.fields().get(i));
            }
        }
        for (String required : List.of("id", "name", "level")) {
            if (!columns.containsKey(required)) {
                problems.add(at, "has no column " + required + ": the header must name id, name and level (and"
                        + " parent, for every area that is not a root)", String.join(",", header.fields()));
            }
        }
        if (columns.containsKey("lat") != columns.containsKey("lon")) {
            problems.add(at, "has " + (columns.containsKey("lat") ? "lat without lon" : "lon without lat")
                    + ": give both columns or neither", null);
        }
    }

    private static Optional<Area> area(CsvRecord record, Map<String, Integer> columns, Map<Integer, String> codes,
            Problems problems, String at, Set<AreaId> failedIds) {
        int before = problems.list().size();
        Area.Builder b = Area.builder();
        String idText = cell(record, columns, "id");
        AreaId id = null;
        try {
            id = AreaId.of(idText);
            b.id(id);
        } catch (ValidationException e) {
            problems.add(at + ".id", idText.isEmpty() ? "is empty" : "must be letters, digits and . _ : / - starting"
                    + " with a letter or digit, at most 128", idText.isEmpty() ? null : idText);
        }
        b.name(cell(record, columns, "name"));
        String levelText = cell(record, columns, "level");
        try {
            b.level(AreaLevel.of(levelText));
        } catch (ValidationException e) {
            problems.add(at + ".level", levelText.isEmpty() ? "is empty: give a level such as kommun, tatort, omrade"
                    + " or plats" : "must be letters, digits, _ and - starting with a letter, such as kommun or omrade",
                    levelText.isEmpty() ? null : levelText);
        }
        String parentText = cell(record, columns, "parent");
        if (!parentText.isEmpty()) {
            try {
                b.parent(AreaId.of(parentText));
            } catch (ValidationException e) {
                problems.add(at + ".parent", "must be the id of another area in the file", parentText);
            }
        }
        if (columns.containsKey("lat")) {
            String lat = cell(record, columns, "lat");
            String lon = cell(record, columns, "lon");
            if (!lat.isEmpty() || !lon.isEmpty()) {
                Double latitude = decimal(lat, at + ".lat", problems);
                Double longitude = decimal(lon, at + ".lon", problems);
                if (latitude != null && longitude != null) {
                    problems.nested(at, () -> b.point(GeoPoint.of(latitude, longitude)));
                }
            }
        }
        codes.forEach((i, key) -> {
            String code = Text.tidy(record.field(i + 1));
            if (!code.isEmpty()) {
                b.putExternalCodes(key, code);
            }
        });
        if (problems.list().size() > before) {
            if (id != null) {
                failedIds.add(id);
            }
            return Optional.empty();
        }
        try {
            return Optional.of(b.build());
        } catch (ValidationException e) {
            e.problems().forEach(p -> problems.add(p.nestedIn(at).path(), p.message(), p.value()));
            if (id != null) {
                failedIds.add(id);
            }
            return Optional.empty();
        }
    }

    private static Double decimal(String text, String path, Problems problems) {
        if (text.isEmpty()) {
            problems.add(path, "is empty while the other coordinate is given: give both or neither", null);
            return null;
        }
        try {
            double d = Double.parseDouble(text.replace(',', '.'));
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(path, "must be a number of degrees, such as 59,7580 or 59.7580", text);
        return null;
    }

    private static String cell(CsvRecord record, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        return i == null ? "" : Text.tidy(record.field(i + 1));
    }

    private static boolean blankFrom(CsvRecord record, int from) {
        for (int i = from; i < record.size(); i++) {
            if (!record.fields().get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Replaces every {@code areas[i]} by {@code line[n]}, the line that area was read from. */
    private static String relabel(String text, List<Long> lines) {
        Matcher m = AREA_INDEX.matcher(text);
        StringBuilder out = new StringBuilder();
        Map<Integer, String> cache = new HashMap<>();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            String label = cache.computeIfAbsent(i, k -> k < lines.size() ? "line[" + lines.get(k) + "]" : m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(label));
        }
        m.appendTail(out);
        return out.toString();
    }
}

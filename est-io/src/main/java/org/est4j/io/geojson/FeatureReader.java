package org.est4j.io.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.ingest.ImportException;
import org.est4j.core.ingest.Rejection;
import org.est4j.core.spi.Source;
import org.est4j.io.internal.LimitedInputStream;
import org.est4j.io.internal.Text;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;

/**
 * Reads a GeoJSON FeatureCollection of areas with Jackson's streaming parser: properties as small trees, shapes
 * position by position, so that the limits hold while reading rather than after. One instance reads one source.
 */
final class FeatureReader {
    /** The most problems reported; past it reading goes on, to find a syntax error, but reports no more. */
    static final int MAX_PROBLEMS = 100;
    /** Arrays nested in a MultiPolygon's coordinates: polygons, rings, positions, numbers. */
    private static final int MAX_COORDINATE_DEPTH = 4;
    /** The property that marks est4j's own non-area features, which are skipped. */
    static final String KIND = "kind";

    private final Source source;
    private final GeoJsonFormat format;
    private final List<Problem> problems = new ArrayList<>();
    private boolean tooMany;
    private long positions;
    private final List<Feature> features = new ArrayList<>();

    /** One area feature as read, before it is checked. */
    private static final class Feature {
        final int index;
        String idMember;
        JsonNode properties;
        Geometry shape;
        GeoPoint point;
        boolean broken;
        boolean badProperties;

        Feature(int index) {
            this.index = index;
        }

        String path() {
            return "features[" + index + "]";
        }
    }

    private FeatureReader(Source source, GeoJsonFormat format) {
        this.source = source;
        this.format = format;
    }

    static GeoAreas read(Source source, GeoJsonFormat format) {
        return new FeatureReader(source, format).read();
    }

    private GeoAreas read() {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(GeoJsonFormat.MAX_NESTING_DEPTH)
                .maxDocumentLength(format.maxBytes())
                .maxStringLength(GeoJsonFormat.MAX_STRING_LENGTH)
                .maxNameLength(GeoJsonFormat.MAX_NAME_LENGTH)
                .maxNumberLength(100)
                .build();
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        ObjectMapper mapper = JsonMapper.builder(factory).build();
        try (InputStream in = new LimitedInputStream(source.open(), format.maxBytes());
                JsonParser parser = mapper.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw stop("the input is not a GeoJSON FeatureCollection: it must start with {, but "
                        + (first == null ? "it is empty" : "it starts with " + describe(first)), parser, null);
            }
            readCollection(parser, mapper);
            if (parser.nextToken() != null) {
                throw stop("there is more text after the FeatureCollection's closing }", parser, null);
            }
        } catch (StreamConstraintsException e) {
            throw stop(limitReason(e), null, e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw stop("the input is not valid JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column "
                    + at.getColumnNr()) + ": " + e.getOriginalMessage(), null, e);
        } catch (LimitedInputStream.TooLargeException e) {
            throw stop("the input is larger than the limit of " + e.limit() + " bytes (maxBytes): raise the limit if"
                    + " the input is trusted", null, e);
        } catch (IOException e) {
            throw stop("the input cannot be read: " + e.getMessage(), null, e);
        }
        return build();
    }

    // ------------------------------------------------------------------------------------------- structure

    private void readCollection(JsonParser p, ObjectMapper mapper) throws IOException {
        String type = null;
        boolean sawFeatures = false;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "type":
                    type = value == JsonToken.VALUE_STRING ? p.getText() : describe(value);
                    p.skipChildren();
                    break;
                case "features":
                    sawFeatures = true;
                    if (value == JsonToken.START_ARRAY) {
                        readFeatures(p, mapper);
                    } else {
                        problem("features", "must be an array of Feature objects", describe(value));
                        p.skipChildren();
                    }
                    break;
                case "crs":
                    checkCrs(mapper.readTree(p));
                    break;
                default:
                    p.skipChildren(); // bbox and foreign members
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw stop("the FeatureCollection object is not closed", p, null);
        }
        if (!"FeatureCollection".equals(type)) {
            problem("type", "must be FeatureCollection: a file of areas is a GeoJSON FeatureCollection with one"
                    + " Feature per area", type);
        }
        if (!sawFeatures) {
            problem("features", "is required: an array with one Feature per area", null);
        }
    }

    private void checkCrs(JsonNode crs) {
        String name = crs.path("properties").path("name").asText("");
        String upper = name.toUpperCase(Locale.ROOT);
        boolean wgs84 = crs.isNull() || upper.endsWith("CRS84") || upper.endsWith(":4326") || upper.endsWith("::4326");
        if (!wgs84) {
            problem("crs", "names a coordinate reference system other than WGS 84: est4j reads GeoJSON as RFC 7946"
                    + " defines it, with [longitude, latitude] in WGS 84; reproject the file first, for example"
                    + " with ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson", name.isEmpty() ? crs.toString() : name);
        }
    }

    private void readFeatures(JsonParser p, ObjectMapper mapper) throws IOException {
        int index = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw stop("the input ends inside the features array: the closing ] is missing", p, null);
            }
            if (index >= format.maxFeatures()) {
                throw stop("the input has more than " + format.maxFeatures() + " features (maxFeatures): raise the"
                        + " limit if the input is trusted", p, null);
            }
            Feature f = new Feature(index++);
            if (t != JsonToken.START_OBJECT) {
                problem(f.path(), "must be a Feature object", describe(t));
                p.skipChildren();
                continue;
            }
            if (readFeature(p, mapper, f)) {
                features.add(f);
            }
        }
    }

    /** Reads one feature; returns false for a feature that is not an area (est4j's hotspots). */
    private boolean readFeature(JsonParser p, ObjectMapper mapper, Feature f) throws IOException {
        String type = null;
        boolean hasGeometry = false;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "type":
                    type = value == JsonToken.VALUE_STRING ? p.getText() : describe(value);
                    p.skipChildren();
                    break;
                case "id":
                    if (value == JsonToken.VALUE_STRING || value.isNumeric()) {
                        f.idMember = p.getText();
                    } else if (value != JsonToken.VALUE_NULL) {
                        problem(f.path() + ".id", "must be a string or a number (RFC 7946)", describe(value));
                        f.broken = true;
                        p.skipChildren();
                    }
                    break;
                case "properties":
                    if (value == JsonToken.START_OBJECT) {
                        f.properties = mapper.readTree(p);
                    } else if (value != JsonToken.VALUE_NULL) {
                        problem(f.path() + ".properties", "must be an object or null", describe(value));
                        f.broken = true;
                        f.badProperties = true;
                        p.skipChildren();
                    }
                    break;
                case "geometry":
                    hasGeometry = true;
                    if (value == JsonToken.START_OBJECT) {
                        readGeometry(p, f);
                    } else if (value != JsonToken.VALUE_NULL) {
                        problem(f.path() + ".geometry", "must be a geometry object or null", describe(value));
                        f.broken = true;
                        p.skipChildren();
                    }
                    break;
                default:
                    p.skipChildren(); // bbox and foreign members
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw stop("a feature object is not closed", p, null);
        }
        if (f.properties != null && "hotspot".equals(f.properties.path(KIND).asText(null))) {
            return false;
        }
        if (!"Feature".equals(type)) {
            problem(f.path() + ".type", "must be Feature", type);
            f.broken = true;
        }
        if (!hasGeometry) {
            problem(f.path() + ".geometry", "is required (RFC 7946): a Polygon, a MultiPolygon, a Point, or null for an"
                    + " area without a shape", null);
            f.broken = true;
        }
        return true;
    }

    private void readGeometry(JsonParser p, Feature f) throws IOException {
        String path = f.path() + ".geometry";
        String type = null;
        Object coordinates = null;
        boolean sawCoordinates = false;
        boolean malformed = false;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "type":
                    type = value == JsonToken.VALUE_STRING ? p.getText() : describe(value);
                    p.skipChildren();
                    break;
                case "coordinates":
                    sawCoordinates = true;
                    if (value == JsonToken.START_ARRAY) {
                        coordinates = readArray(p, 1, path + ".coordinates");
                        malformed |= coordinates == null;
                    } else {
                        problem(path + ".coordinates", "must be an array", describe(value));
                        malformed = true;
                        p.skipChildren();
                    }
                    break;
                default:
                    p.skipChildren(); // geometries of a GeometryCollection, bbox, foreign members
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw stop("a geometry object is not closed", p, null);
        }
        if (malformed) {
            f.broken = true;
            return;
        }
        if (!"Polygon".equals(type) && !"MultiPolygon".equals(type) && !"Point".equals(type)) {
            problem(path + ".type", "must be Polygon or MultiPolygon (or Point, or a null geometry, for an area without"
                    + " a shape)", type);
            f.broken = true;
            return;
        }
        if (!sawCoordinates) {
            problem(path + ".coordinates", "is required", null);
            f.broken = true;
            return;
        }
        try {
            if ("Point".equals(type)) {
                double[] xy = position(coordinates);
                Optional<String> wrong = Shapes.coordinateProblem(xy[0], xy[1]);
                if (wrong.isPresent()) {
                    throw new IllegalArgumentException(wrong.get());
                }
                f.point = GeoPoint.of(xy[1], xy[0]);
            } else {
                f.shape = shape(type, coordinates);
            }
        } catch (IllegalArgumentException e) {
            problem(path, e.getMessage(), null);
            f.broken = true;
        }
    }

    /**
     * Reads an array at its START_ARRAY through its END_ARRAY: a position as {@code double[2]}, an array of arrays as
     * a list, or null when it is malformed (the problem is recorded). Counts positions against the limit.
     */
    private Object readArray(JsonParser p, int depth, String path) throws IOException {
        if (depth > MAX_COORDINATE_DEPTH) {
            problem(path, "is nested deeper than the coordinates of a MultiPolygon (4 levels of arrays)", null);
            p.skipChildren();
            return null;
        }
        JsonToken t = next(p);
        if (t == JsonToken.END_ARRAY) {
            return List.of();
        }
        if (t.isScalarValue()) {
            double[] xy = new double[2];
            int n = 0;
            boolean bad = false;
            do {
                if (t.isNumeric()) {
                    if (n < 2) {
                        xy[n] = p.getDoubleValue();
                    }
                    n++;
                } else {
                    bad = true;
                    p.skipChildren();
                }
            } while ((t = next(p)) != JsonToken.END_ARRAY);
            if (bad || n < 2) {
                problem(path, "must be a position: [longitude, latitude] as numbers, optionally an altitude", null);
                return null;
            }
            if (++positions > format.maxPositions()) {
                throw stop("the shapes have more than " + format.maxPositions() + " positions (maxPositions):"
                        + " simplify them (for example with mapshaper -simplify) or raise the limit", p, null);
            }
            return xy;
        }
        List<Object> items = new ArrayList<>();
        boolean bad = false;
        int i = 0;
        do {
            if (t == JsonToken.START_ARRAY) {
                Object item = readArray(p, depth + 1, path + "[" + i + "]");
                if (item == null) {
                    bad = true;
                } else {
                    items.add(item);
                }
            } else {
                problem(path + "[" + i + "]", "must be an array (of positions, or of numbers for a position)",
                        describe(t));
                bad = true;
                p.skipChildren();
            }
            i++;
        } while ((t = next(p)) != JsonToken.END_ARRAY);
        return bad ? null : items;
    }

    private JsonToken next(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw stop("the input ends inside an array of coordinates", p, null);
        }
        return t;
    }

    // ------------------------------------------------------------------------------------------- shapes

    private static double[] position(Object o) {
        if (!(o instanceof double[])) {
            throw new IllegalArgumentException("must be a position [longitude, latitude]: a Point's coordinates are"
                    + " one position");
        }
        return (double[]) o;
    }

    private static List<?> list(Object o, String what) {
        if (!(o instanceof List)) {
            throw new IllegalArgumentException(what);
        }
        return (List<?>) o;
    }

    private Geometry shape(String type, Object coordinates) {
        Geometry g;
        if ("Polygon".equals(type)) {
            g = polygon(coordinates);
        } else {
            List<?> parts = list(coordinates, "a MultiPolygon's coordinates must be an array of polygons");
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("a MultiPolygon must hold at least one polygon");
            }
            Polygon[] polygons = new Polygon[parts.size()];
            for (int i = 0; i < polygons.length; i++) {
                polygons[i] = polygon(parts.get(i));
            }
            g = Shapes.FACTORY.createMultiPolygon(polygons);
        }
        Optional<String> wrong = Shapes.problem(g);
        if (wrong.isPresent() && format.repairInvalidGeometries() && !wrong.get().startsWith("has ")) {
            g = repaired(g);
            wrong = Shapes.problem(g);
        }
        if (wrong.isPresent()) {
            throw new IllegalArgumentException(wrong.get() + (format.repairInvalidGeometries() ? ""
                    : "; set invalid-geometries=repair to have invalid polygons repaired"));
        }
        return g;
    }

    private static Geometry repaired(Geometry g) {
        Geometry fixed = GeometryFixer.fix(g);
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(fixed);
        if (polygons.size() == 1) {
            return polygons.get(0);
        }
        return Shapes.FACTORY.createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    private static Polygon polygon(Object o) {
        String rule = "a Polygon's coordinates must be an array of linear rings, each an array of positions";
        List<?> rings = list(o, rule);
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("a Polygon must have an exterior ring");
        }
        LinearRing shell = ring(list(rings.get(0), rule), "the exterior ring");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(list(rings.get(i), rule), "hole " + i);
        }
        return Shapes.FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(List<?> positions, String what) {
        if (positions.size() < 4) {
            throw new IllegalArgumentException(what + " has " + positions.size() + " positions: a linear ring needs"
                    + " at least 4, the last equal to the first");
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            double[] xy = position(positions.get(i));
            Optional<String> wrong = Shapes.coordinateProblem(xy[0], xy[1]);
            if (wrong.isPresent()) {
                throw new IllegalArgumentException(what + " " + wrong.get());
            }
            coordinates[i] = new Coordinate(xy[0], xy[1]);
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new IllegalArgumentException(what + " is not closed: its last position must equal its first"
                    + " (RFC 7946)");
        }
        return Shapes.FACTORY.createLinearRing(coordinates);
    }

    // ------------------------------------------------------------------------------------------- areas

    private GeoAreas build() {
        List<Area> areas = new ArrayList<>();
        List<Feature> sources = new ArrayList<>();
        SortedMap<AreaId, Geometry> shapes = new TreeMap<>();
        for (Feature f : features) {
            Optional<Area> area = area(f);
            if (area.isPresent() && !f.broken) {
                areas.add(area.get());
                sources.add(f);
                if (f.shape != null) {
                    shapes.put(area.get().id(), f.shape);
                }
            }
        }
        AreaHierarchy hierarchy = null;
        if (problems.isEmpty()) {
            try {
                hierarchy = AreaHierarchy.of(areas);
            } catch (ValidationException e) {
                for (Problem p : e.problems()) {
                    problem(remap(p.path(), sources), p.message(), p.value());
                }
            }
        }
        if (tooMany) {
            problems.add(new Problem("features", "has more problems than the first " + MAX_PROBLEMS + " listed here",
                    null));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("GeoJSON areas in " + source.name(), problems);
        }
        return GeoAreas.of(hierarchy, AreaGeometries.trusted(shapes));
    }

    /** Turns {@code areas[k].parent} of the hierarchy into {@code features[i].properties.<parent property>}. */
    private String remap(String path, List<Feature> sources) {
        if (!path.startsWith("areas[")) {
            return path;
        }
        int close = path.indexOf(']');
        int k = Integer.parseInt(path.substring("areas[".length(), close));
        String rest = path.substring(close + 1);
        if (rest.equals(".parent")) {
            rest = ".properties." + format.parentProperty();
        } else if (rest.equals(".id")) {
            rest = ".properties." + format.idProperty();
        }
        return sources.get(k).path() + rest;
    }

    private Optional<Area> area(Feature f) {
        if (f.badProperties) {
            return Optional.empty(); // reported; nothing to read
        }
        String at = f.path() + ".properties.";
        JsonNode props = f.properties == null ? MissingNode.getInstance()
                : f.properties;
        int before = problems.size();
        Area.Builder b = Area.builder();
        Optional<String> id = scalar(props, format.idProperty(), at);
        if (id.isEmpty() && f.idMember != null && !Text.tidy(f.idMember).isEmpty()) {
            id = Optional.of(Text.tidy(f.idMember));
        }
        if (id.isPresent()) {
            String text = id.get();
            attempt(at + format.idProperty(), () -> b.id(AreaId.of(text)), text);
        } else if (!given(props, format.idProperty())) {
            problem(at + format.idProperty(), "is required: the area's id (or give the feature an \"id\" member)",
                    null);
        } // else: given with a wrong type (an object, an array, a boolean), which scalar() has reported
        Optional<String> name = scalar(props, format.nameProperty(), at);
        if (name.isEmpty() && !given(props, format.nameProperty())) {
            problem(at + format.nameProperty(), "is required: the area's name", null);
        } else if (name.isPresent()) {
            b.name(name.get());
        }
        Optional<String> level = scalar(props, format.levelProperty(), at);
        if (level.isPresent()) {
            attempt(at + format.levelProperty(), () -> b.level(AreaLevel.of(level.get())), level.get());
        } else if (format.defaultLevel().isPresent()) {
            b.level(format.defaultLevel().get());
        } else if (!given(props, format.levelProperty())) {
            problem(at + format.levelProperty(), "is required: the area's level, such as kommun or stadsdel (or set"
                    + " default.level)", null);
        }
        scalar(props, format.parentProperty(), at).ifPresent(parent ->
                attempt(at + format.parentProperty(), () -> b.parent(AreaId.of(parent)), parent));
        for (Map.Entry<String, JsonNode> entry : props.properties()) {
            String property = entry.getKey();
            if (property.startsWith("code.") && property.length() > "code.".length()
                    && !format.codeProperties().containsKey(property.substring("code.".length()))) {
                scalar(props, property, at).ifPresent(code -> b.putExternalCodes(property.substring("code.".length()),
                        code));
            }
        }
        format.codeProperties().forEach((key, property) ->
                scalar(props, property, at).ifPresent(code -> b.putExternalCodes(key, code)));
        if (f.shape != null) {
            b.point(Shapes.interiorPoint(f.shape));
        } else if (f.point != null) {
            b.point(f.point);
        }
        if (problems.size() > before || tooMany || f.broken) {
            return Optional.empty();
        }
        try {
            return Optional.of(b.build());
        } catch (ValidationException e) {
            for (Problem p : e.problems()) {
                problem(f.path() + "." + p.path(), p.message(), p.value());
            }
            return Optional.empty();
        }
    }

    /** Tells whether a property is there with a value that is neither null nor blank text. */
    private static boolean given(JsonNode props, String name) {
        JsonNode node = props.get(name);
        return node != null && !node.isNull() && !(node.isTextual() && Text.tidy(node.textValue()).isEmpty());
    }

    /** A property as text: a string or a number; missing, null and blank are empty; anything else a problem. */
    private Optional<String> scalar(JsonNode props, String name, String at) {
        JsonNode node = props.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual() && !node.isNumber()) {
            problem(at + name, "must be a string or a number", node.getNodeType().toString().toLowerCase(Locale.ROOT));
            return Optional.empty();
        }
        String text = Text.tidy(node.asText());
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private void attempt(String path, Runnable step, String value) {
        try {
            step.run();
        } catch (ValidationException e) {
            for (Problem p : e.problems()) {
                problem(path, p.message(), value.length() <= 60 ? "'" + value + "'" : "'" + value.substring(0, 60)
                        + "…' (" + value.length() + " characters)");
            }
        }
    }

    // ------------------------------------------------------------------------------------------- reporting

    private void problem(String path, String message, Object value) {
        if (problems.size() >= MAX_PROBLEMS) {
            tooMany = true;
            return;
        }
        String text = value == null ? null : String.valueOf(value);
        if (text != null && text.length() > 100) {
            text = text.substring(0, 100) + "… (" + text.length() + " characters)";
        }
        problems.add(new Problem(path, message, text));
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.name();
        }
    }

    private String limitReason(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "the input is nested deeper than " + GeoJsonFormat.MAX_NESTING_DEPTH + " levels: a FeatureCollection"
                    + " of polygons needs 8";
        }
        if (message.toLowerCase(Locale.ROOT).contains("document length")) {
            return "the input is larger than the limit of " + format.maxBytes() + " bytes (maxBytes): raise the limit"
                    + " if the input is trusted";
        }
        if (message.contains("String value length")) {
            return "the input holds a string longer than " + GeoJsonFormat.MAX_STRING_LENGTH + " characters";
        }
        if (message.contains("Name length")) {
            return "the input holds a property name longer than " + GeoJsonFormat.MAX_NAME_LENGTH + " characters";
        }
        if (message.contains("Number value length")) {
            return "the input holds a number longer than 100 characters";
        }
        return "the input passes a limit of the JSON parser: " + message;
    }

    private ImportException stop(String reason, JsonParser parser, Exception cause) {
        long line = 0;
        int column = 0;
        if (parser != null) {
            JsonLocation at = parser.currentLocation();
            line = Math.max(0, at.getLineNr());
            column = Math.max(0, at.getColumnNr());
        } else if (cause instanceof JsonProcessingException && ((JsonProcessingException) cause).getLocation() != null) {
            JsonLocation at = ((JsonProcessingException) cause).getLocation();
            line = Math.max(0, at.getLineNr());
            column = Math.max(0, at.getColumnNr());
        }
        Rejection rejection = Rejection.builder().source(source.name()).line(line).column(column).reason(reason)
                .build();
        return new ImportException(rejection, cause);
    }
}

package org.est4j.io.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.disclosure.Heading;
import org.est4j.core.disclosure.SuppressedTable;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.feedback.HotspotRow;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.picture.Trend;
import org.est4j.core.time.Period;
import org.est4j.io.internal.Decimals;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.threeten.extra.LocalDateRange;

/**
 * Writes a FeatureCollection: the collection's header, then one feature per line (compact JSON), so that the output
 * is small and diffs line by line. One instance writes one output.
 */
final class FeatureWriter {
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .characterEscapes(new HtmlSafeEscapes())
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    private final Writer out;
    private final GeoJsonStyle style;
    private boolean first = true;

    private FeatureWriter(Writer out, GeoJsonStyle style) {
        this.out = out;
        this.style = style;
    }

    /** Writes a map: its areas in the hierarchy's pre-order, then its hotspots (or its feedback report's). */
    static void map(AreaMap map, Writer out, GeoJsonStyle style) throws IOException {
        FeatureWriter w = new FeatureWriter(out, style);
        w.begin();
        for (Area area : map.hierarchy().areas()) {
            w.area(map, area);
        }
        for (Hotspot h : map.allHotspots()) {
            w.hotspot(h, Optional.of(map));
        }
        if (map.feedback().isPresent()) {
            Set<HotspotRow> rows = new LinkedHashSet<>();
            map.feedback().get().areas().forEach(a -> rows.addAll(a.hotspots()));
            for (HotspotRow h : rows) {
                w.hotspot(h, map);
            }
        }
        w.end();
    }

    /** Writes hotspots alone, each at its own point or with a null geometry. */
    static void hotspots(List<Hotspot> hotspots, Writer out, GeoJsonStyle style) throws IOException {
        FeatureWriter w = new FeatureWriter(out, style);
        w.begin();
        for (Hotspot h : hotspots) {
            w.hotspot(h, Optional.empty());
        }
        w.end();
    }

    private void begin() throws IOException {
        out.write("{\"type\":\"FeatureCollection\",\"features\":[");
    }

    private void end() throws IOException {
        out.write(first ? "]}\n" : "\n]}\n");
        out.flush();
    }

    private JsonGenerator next() throws IOException {
        out.write(first ? "\n" : ",\n");
        first = false;
        return FACTORY.createGenerator(out);
    }

    // ------------------------------------------------------------------------------------------- areas

    private void area(AreaMap map, Area area) throws IOException {
        Geometry shape = map.geometries().shape(area.id());
        Optional<Assessment> assessment = map.assessment(area.id());
        try (JsonGenerator g = next()) {
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            g.writeStringField("id", area.id().value());
            g.writeFieldName("geometry");
            if (shape != null) {
                shape(g, shape);
            } else if (area.point().isPresent()) {
                point(g, area.point().get());
            } else {
                g.writeNull();
            }
            g.writeObjectFieldStart("properties");
            g.writeStringField(FeatureReader.KIND, "area");
            g.writeStringField("id", area.id().value());
            g.writeStringField("name", area.name());
            g.writeStringField("level", area.level().code());
            g.writeFieldName("parent");
            if (area.parent().isPresent()) {
                g.writeString(area.parent().get().value());
            } else {
                g.writeNull();
            }
            for (Map.Entry<String, String> code : area.externalCodes().entrySet()) {
                g.writeStringField("code." + code.getKey(), code.getValue());
            }
            Optional<SituationPicture> picture = map.pictures().flatMap(set -> set.find(area.id()));
            if (picture.isPresent()) {
                picture(g, picture.get());
            }
            boolean filled = shape != null || area.point().isEmpty();
            if (assessment.isPresent()) {
                assessment(g, assessment.get(), filled);
            }
            if (map.feedback().isPresent()) {
                feedback(g, map.feedback().get(), area, filled);
            }
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private void picture(JsonGenerator g, SituationPicture p) throws IOException {
        g.writeStringField("period", p.period().toString());
        g.writeNumberField("total", p.total());
        g.writeNumberField("own", p.ownTotal());
        g.writeNumberField("context", p.contextTotal());
        g.writeNumberField("severityScore", p.severityScore());
        g.writeFieldName("harmScore");
        g.writeNumber(Decimals.shortest(p.harmScore()));
        trend(g, "trendPrevious", p.trend(Trend.Comparison.PREVIOUS_PERIODS));
        trend(g, "trendLastYear", p.trend(Trend.Comparison.SAME_PERIOD_LAST_YEAR));
        g.writeFieldName("responseRate");
        if (p.coverage().isPresent()) {
            g.writeNumber(Decimals.shortest(p.coverage().get().responseRate()));
        } else {
            g.writeNull();
        }
        g.writeFieldName("lowCoverage");
        if (p.coverage().isPresent()) {
            g.writeBoolean(p.coverage().get().isLow());
        } else {
            g.writeNull();
        }
        g.writeNumberField("hotspots", p.hotspots().size());
    }

    private static void trend(JsonGenerator g, String name, Optional<Trend> trend) throws IOException {
        g.writeFieldName(name);
        if (trend.isPresent()) {
            g.writeString(code(trend.get().direction()));
        } else {
            g.writeNull();
        }
    }

    private void assessment(JsonGenerator g, Assessment a, boolean filled) throws IOException {
        g.writeStringField("assessment.period", a.period().toString());
        g.writeStringField("assessment.scale", a.scaleId());
        level(g, a.level());
        g.writeStringField("assessment.suggested", a.suggested().code());
        g.writeBooleanField("assessment.overridden", a.isOverridden());
        colour(g, a.level(), filled);
    }

    /** The disclosed figures of an area in a feedback report, and its level. */
    private void feedback(JsonGenerator g, FeedbackReport report, Area area, boolean filled) throws IOException {
        Optional<org.est4j.core.feedback.AreaRow> found = report.area(area.id());
        if (found.isEmpty()) {
            return;
        }
        org.est4j.core.feedback.AreaRow row = found.get();
        g.writeStringField("period", report.period().toString());
        g.writeStringField("audience", code(report.audience()));
        SuppressedTable.Cell<AreaId, CategoryId> total = report.counts().cell(Heading.of(area.id()), Heading.total());
        g.writeFieldName("total");
        if (total.isSuppressed()) {
            g.writeNull();
        } else {
            g.writeNumber(total.value().getAsLong());
        }
        g.writeBooleanField("suppressed", total.isSuppressed());
        g.writeFieldName("trendPrevious");
        if (row.trend().isPresent()) {
            g.writeString(code(row.trend().get()));
        } else {
            g.writeNull();
        }
        g.writeFieldName("trendLastYear");
        if (row.trendLastYear().isPresent()) {
            g.writeString(code(row.trendLastYear().get()));
        } else {
            g.writeNull();
        }
        g.writeBooleanField("focus", row.focus());
        g.writeBooleanField("lowCoverage", row.lowCoverage());
        g.writeNumberField("hotspots", row.hotspots().size());
        if (row.level().isPresent()) {
            g.writeStringField("assessment.period", row.assessedPeriod().map(Period::toString).orElse(""));
            g.writeStringField("assessment.scale", report.scale().map(Scale::id).orElse(""));
            level(g, row.level().get());
            g.writeBooleanField("assessment.decided", row.decided());
            colour(g, row.level().get(), filled);
        }
    }

    /** A level's properties. */
    private static void level(JsonGenerator g, ScaleLevel level) throws IOException {
        g.writeStringField("assessment.level", level.code());
        g.writeNumberField("assessment.rank", level.rank());
        g.writeStringField("assessment.labelSv", level.labelSv());
        g.writeStringField("assessment.labelEn", level.labelEn());
        g.writeStringField("assessment.colour", level.colour());
    }

    /** A level's colour, as the fill of a shape or the colour of a marker. */
    private void colour(JsonGenerator g, ScaleLevel level, boolean filled) throws IOException {
        if (filled) {
            g.writeStringField("fill", level.colour());
            g.writeFieldName("fill-opacity");
            g.writeNumber(Decimals.shortest(style.fillOpacity()));
            g.writeStringField("stroke", level.colour());
            g.writeNumberField("stroke-width", 1);
        } else {
            g.writeStringField("marker-color", level.colour());
        }
    }

    // ------------------------------------------------------------------------------------------- hotspots

    private void hotspot(Hotspot h, Optional<AreaMap> map) throws IOException {
        hotspot(new Spot(h.area(), h.placeName(), h.point(), h.window(), h.method(), h.reasons(), Optional.of(h)), map);
    }

    /** A hotspot of a feedback report: no score or count, and reasons only when the report shows them. */
    private void hotspot(HotspotRow h, AreaMap map) throws IOException {
        hotspot(new Spot(h.area(), h.placeName(), h.point(), h.window(), h.method(), h.reasons(), Optional.empty()),
                Optional.of(map));
    }

    /**
     * What a hotspot feature shows: where and when, by which method and why, and the detector's own figures when
     * they may be shown.
     */
    private record Spot(AreaId area, Optional<String> placeName, Optional<GeoPoint> point, LocalDateRange window,
            String method, List<String> reasons, Optional<Hotspot> figures) {
    }

    private void hotspot(Spot h, Optional<AreaMap> map) throws IOException {
        Optional<Area> area = map.flatMap(m -> m.hierarchy().find(h.area()));
        Optional<GeoPoint> at = h.point().or(() -> area.flatMap(Area::point))
                .or(() -> map.flatMap(m -> m.geometries().interiorPoint(h.area())));
        try (JsonGenerator g = next()) {
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            g.writeFieldName("geometry");
            if (at.isPresent()) {
                point(g, at.get());
            } else {
                g.writeNull();
            }
            g.writeObjectFieldStart("properties");
            g.writeStringField(FeatureReader.KIND, "hotspot");
            g.writeStringField("area", h.area().value());
            if (area.isPresent()) {
                g.writeStringField("areaName", area.get().name());
            }
            if (h.placeName().isPresent()) {
                g.writeStringField("place", h.placeName().get());
            }
            g.writeStringField("position", h.point().isPresent() ? "place" : at.isPresent() ? "area" : "unknown");
            g.writeStringField("windowFirst", h.window().getStart().toString());
            g.writeStringField("windowLast", h.window().getEndInclusive().toString());
            g.writeStringField("method", h.method());
            if (h.figures().isPresent()) {
                g.writeFieldName("score");
                g.writeNumber(Decimals.shortest(h.figures().get().score()));
                g.writeNumberField("observations", h.figures().get().observations().size());
            }
            g.writeArrayFieldStart("reasons");
            for (String reason : h.reasons()) {
                g.writeString(reason);
            }
            g.writeEndArray();
            g.writeStringField("marker-color", style.hotspotColour());
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    // ------------------------------------------------------------------------------------------- geometry

    private void point(JsonGenerator g, GeoPoint p) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Point");
        g.writeFieldName("coordinates");
        position(g, p.longitude(), p.latitude());
        g.writeEndObject();
    }

    private void shape(JsonGenerator g, Geometry shape) throws IOException {
        g.writeStartObject();
        if (shape instanceof Polygon) {
            g.writeStringField("type", "Polygon");
            g.writeFieldName("coordinates");
            polygon(g, (Polygon) shape);
        } else {
            g.writeStringField("type", "MultiPolygon");
            g.writeFieldName("coordinates");
            g.writeStartArray();
            for (int i = 0; i < shape.getNumGeometries(); i++) {
                polygon(g, (Polygon) shape.getGeometryN(i));
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** Writes a polygon's rings with the right-hand rule of RFC 7946: the shell counter-clockwise, holes clockwise. */
    private void polygon(JsonGenerator g, Polygon polygon) throws IOException {
        g.writeStartArray();
        ring(g, polygon.getExteriorRing(), true);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            ring(g, polygon.getInteriorRingN(i), false);
        }
        g.writeEndArray();
    }

    private void ring(JsonGenerator g, LineString ring, boolean counterClockwise) throws IOException {
        CoordinateSequence seq = ring.getCoordinateSequence();
        int n = seq.size();
        boolean reverse = Orientation.isCCW(seq) != counterClockwise;
        g.writeStartArray();
        for (int i = 0; i < n; i++) {
            int k = reverse ? n - 1 - i : i;
            position(g, seq.getX(k), seq.getY(k));
        }
        g.writeEndArray();
    }

    private void position(JsonGenerator g, double lon, double lat) throws IOException {
        g.writeStartArray();
        g.writeNumber(Decimals.rounded(lon, style.precision()));
        g.writeNumber(Decimals.rounded(lat, style.precision()));
        g.writeEndArray();
    }

    /** The lower-case code of an enum constant, {@code -} for {@code _}, as in est4j's JSON. */
    static String code(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * Escapes, besides what JSON requires, the characters that matter when GeoJSON is put inside an HTML page (a
     * Leaflet map with its data in a {@code <script>}): {@code < > & '} and the JavaScript line terminators U+2028
     * and U+2029. A name such as {@code </script><script>alert(1)</script>} stays text wherever the output goes.
     */
    static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final SerializableString LS = new SerializedString("\\u2028");
        private static final SerializableString PS = new SerializedString("\\u2029");

        private final int[] ascii;

        HtmlSafeEscapes() {
            int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['\''] = CharacterEscapes.ESCAPE_STANDARD;
            this.ascii = escapes;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii.clone();
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? LS : ch == 0x2029 ? PS : null;
        }
    }
}

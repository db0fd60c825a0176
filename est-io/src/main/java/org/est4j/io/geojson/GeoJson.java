package org.est4j.io.geojson;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.est4j.core.EstException;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.PictureSet;

/**
 * Writes maps as GeoJSON (RFC 7946), export format {@code geojson}: areas as features, coloured by their assessed
 * level, and hotspots as points. Open the output in geojson.io, QGIS, or a Leaflet page.
 *
 * <pre>{@code
 * GeoJson.write(AreaMap.builder().areas(geoAreas).addAllAssessments(assessments).build(), out);
 * String text = GeoJson.writeString(hierarchy);
 * }</pre>
 *
 * <h2>Documents</h2>
 * <ul>
 *   <li>{@link AreaMap}: every area of the hierarchy, in pre-order, then every hotspot;</li>
 *   <li>{@link GeoAreas}: its areas with their shapes, as {@code AreaMap.of(areas)};</li>
 *   <li>{@link AreaHierarchy}: its areas at their points, as {@code AreaMap.of(hierarchy)};</li>
 *   <li>{@link org.est4j.core.feedback.FeedbackReport}: its areas at their points with the figures its audience may
 *       see, as {@code AreaMap.of(report)} (for shapes, write an {@link AreaMap} with the areas and the report);</li>
 *   <li>{@link PictureSet}: its hotspots, each once; a picture set knows its areas by id only, so to draw the areas
 *       with their figures, write an {@link AreaMap} with the hierarchy and the pictures.</li>
 * </ul>
 *
 * <h2>Features</h2>
 * An area is a Feature with the area's id as its {@code "id"}, its shape (Polygon or MultiPolygon) as geometry, or
 * a Point at the area's point, or a null geometry when it has neither. Its properties:
 * <ul>
 *   <li>{@code kind} ({@code "area"}), {@code id}, {@code name}, {@code level} (the level code, such as
 *       {@code stadsdel}), {@code parent} (null for a root), and {@code code.<key>} for each external code, such as
 *       {@code code.kommunkod} — what {@link GeoJsonAreas} reads back;</li>
 *   <li>with a picture: {@code period}, {@code total}, {@code own}, {@code context}, {@code severityScore},
 *       {@code harmScore}, {@code trendPrevious} and {@code trendLastYear} ({@code rising}, {@code falling},
 *       {@code stable}, {@code insufficient-data}, or null), {@code responseRate} (0 to 1) and
 *       {@code lowCoverage} (null without coverage), {@code hotspots} (a count);</li>
 *   <li>with an assessment: {@code assessment.period}, {@code assessment.scale}, {@code assessment.level} (the code
 *       of the level that holds), {@code assessment.rank}, {@code assessment.labelSv}, {@code assessment.labelEn},
 *       {@code assessment.colour}, {@code assessment.suggested} (the model's level code),
 *       {@code assessment.overridden}; and the <a href="https://github.com/mapbox/simplestyle-spec">simplestyle</a>
 *       properties that make geojson.io colour the area in its level's colour: {@code fill}, {@code fill-opacity},
 *       {@code stroke} and {@code stroke-width} for a shape, {@code marker-color} for a point;</li>
 *   <li>with a feedback report: {@code period}, {@code audience} ({@code public}, {@code partners}, …),
 *       {@code total} (null when suppressed) and {@code suppressed}, {@code trendPrevious}, {@code trendLastYear},
 *       {@code focus}, {@code lowCoverage}, {@code hotspots}, and, when the area has a level, the assessment's
 *       properties above but {@code assessment.suggested} and {@code assessment.overridden}, with
 *       {@code assessment.decided} instead: only what the report holds.</li>
 * </ul>
 * A hotspot is a Feature without an id, with a Point geometry — the hotspot's own point, else its area's point, else
 * a point inside its area's shape, else null — and the properties {@code kind} ({@code "hotspot"}), {@code area},
 * {@code areaName} (when the area is known), {@code place} (when named), {@code position} ({@code place},
 * {@code area} or {@code unknown}: where the point comes from), {@code windowFirst} and {@code windowLast} (both
 * days designated, ISO 8601), {@code method}, {@code score}, {@code observations} (a count), {@code reasons} (an
 * array of texts) and {@code marker-color}; a feedback report's hotspot has no {@code score} or {@code observations},
 * and reasons only in a report that shows them.
 *
 * <h2>Form</h2>
 * Positions are [longitude, latitude] with at most {@link GeoJsonStyle#precision()} decimals (6 by default, about
 * 10 cm), trailing zeros left out. Rings follow the right-hand rule of RFC 7946 §3.1.6: exterior rings
 * counter-clockwise, holes clockwise. The output is UTF-8, one feature per line, and the same document gives the
 * same bytes. Besides what JSON requires, {@code < > & '} and U+2028/U+2029 are written as JSON Unicode
 * escapes, so that a name holding markup stays text even when the GeoJSON is put inside an HTML page.
 *
 * <p>Implementation requirements: this class is stateless and thread-safe.
 */
public final class GeoJson {
    /** The export format's provider id, {@code geojson}. */
    public static final String FORMAT_ID = "geojson";
    /** The media type written, {@code application/geo+json} (RFC 7946 §12). */
    public static final String MEDIA_TYPE = "application/geo+json";

    private static final Set<Class<?>> DOCUMENT_TYPES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            AreaMap.class, GeoAreas.class, AreaHierarchy.class, PictureSet.class, FeedbackReport.class)));

    private GeoJson() {}

    /**
     * Returns the document types written.
     *
     * @return {@link AreaMap}, {@link GeoAreas}, {@link AreaHierarchy}, {@link PictureSet} and
     *     {@link org.est4j.core.feedback.FeedbackReport}, in that order
     */
    public static Set<Class<?>> documentTypes() {
        return DOCUMENT_TYPES;
    }

    /**
     * Writes a document in the default style.
     *
     * @param document an {@link AreaMap}, {@link GeoAreas}, {@link AreaHierarchy}, {@link PictureSet} or a
     *     {@link org.est4j.core.feedback.FeedbackReport}
     * @param out where to write; flushed, not closed
     * @throws IOException when writing fails
     * @throws EstException when the document is of another type; the message names the types written
     */
    public static void write(Object document, OutputStream out) throws IOException {
        write(document, out, GeoJsonStyle.defaults());
    }

    /**
     * Writes a document.
     *
     * @param document an {@link AreaMap}, {@link GeoAreas}, {@link AreaHierarchy}, {@link PictureSet} or a
     *     {@link org.est4j.core.feedback.FeedbackReport}
     * @param out where to write; flushed, not closed
     * @param style the precision and the look
     * @throws IOException when writing fails
     * @throws EstException when the document is of another type; the message names the types written
     */
    public static void write(Object document, OutputStream out, GeoJsonStyle style) throws IOException {
        requireNonNull(out, "out");
        write(document, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), style);
    }

    /**
     * Returns a document as GeoJSON text, in the default style.
     *
     * @param document an {@link AreaMap}, {@link GeoAreas}, {@link AreaHierarchy}, {@link PictureSet} or a
     *     {@link org.est4j.core.feedback.FeedbackReport}
     * @return the GeoJSON text
     * @throws EstException when the document is of another type
     */
    public static String writeString(Object document) {
        return writeString(document, GeoJsonStyle.defaults());
    }

    /**
     * Returns a document as GeoJSON text.
     *
     * @param document an {@link AreaMap}, {@link GeoAreas}, {@link AreaHierarchy}, {@link PictureSet} or a
     *     {@link org.est4j.core.feedback.FeedbackReport}
     * @param style the precision and the look
     * @return the GeoJSON text
     * @throws EstException when the document is of another type
     */
    public static String writeString(Object document, GeoJsonStyle style) {
        StringWriter text = new StringWriter();
        try {
            write(document, text, style);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    private static void write(Object document, Writer out, GeoJsonStyle style) throws IOException {
        requireNonNull(document, "document");
        requireNonNull(style, "style");
        if (document instanceof AreaMap) {
            FeatureWriter.map((AreaMap) document, out, style);
        } else if (document instanceof GeoAreas) {
            FeatureWriter.map(AreaMap.of((GeoAreas) document), out, style);
        } else if (document instanceof AreaHierarchy) {
            FeatureWriter.map(AreaMap.of((AreaHierarchy) document), out, style);
        } else if (document instanceof FeedbackReport) {
            FeatureWriter.map(AreaMap.of((FeedbackReport) document), out, style);
        } else if (document instanceof PictureSet) {
            Set<Hotspot> hotspots = new LinkedHashSet<>();
            ((PictureSet) document).pictures().forEach(p -> hotspots.addAll(p.hotspots()));
            FeatureWriter.hotspots(List.copyOf(hotspots), out, style);
        } else {
            String hint = document instanceof Collection ? ": to draw areas, write an AreaMap of the hierarchy" : "";
            throw new EstException("The " + FORMAT_ID + " format writes " + DOCUMENT_TYPES.stream()
                    .map(Class::getSimpleName).collect(Collectors.joining(", ")) + ", not "
                    + document.getClass().getName() + hint);
        }
    }
}

package org.est4j.io.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.est4j.core.measure.Outcome;
import org.est4j.io.report.AreaRow;
import org.est4j.io.report.CoverageRow;
import org.est4j.io.report.FollowUpRow;
import org.est4j.io.report.HotspotRow;
import org.est4j.io.report.LevelView;
import org.est4j.io.report.MeasureRow;
import org.est4j.io.report.ReportView;
import org.est4j.io.report.SeriesPoint;

/**
 * Turns a {@link ReportView} into the plain maps, lists and strings the report template reads: the template needs no
 * reflection (so nothing has to be opened to the template engine on the module path) and does no arithmetic (chart
 * geometry is computed here, with fixed number formats). Also holds the report's own words in Swedish and English.
 *
 * <p>Implementation requirements: stateless; thread-safe.
 */
final class ReportModel {
    /** Columns of a table of counts per category before it is split into another table. */
    static final int AREAS_PER_CATEGORY_TABLE = 6;
    /** The deepest indentation drawn. */
    private static final int MAX_DEPTH = 5;
    /** Chart geometry, in SVG user units (CSS pixels). */
    private static final int BAR = 9;
    private static final int GAP = 3;
    private static final int CHART_HEIGHT = 22;

    private ReportModel() {}

    /** Returns the template's context. */
    static Map<String, Object> of(ReportView view) {
        boolean sv = "sv".equals(view.language());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("t", words(sv));
        m.put("lang", view.language());
        m.put("title", view.title());
        m.put("municipality", view.municipality());
        m.put("period", view.periodLabel());
        m.put("pageHeader", cssString(view.municipality() + " · " + view.title() + " · " + view.periodLabel()));
        m.put("audience", view.audienceLabel().orElse(""));
        m.put("summary", view.summary().orElse(""));
        List<Map<String, Object>> figures = new ArrayList<>();
        view.keyFigures().forEach(f -> figures.add(map("value", f.value(), "label", f.label())));
        m.put("figures", figures);
        m.put("scaleName", view.scaleName().orElse(""));
        List<Map<String, Object>> legend = new ArrayList<>();
        for (LevelView l : view.legend()) {
            Map<String, Object> level = level(l);
            level.put("meaning", l.meaning().orElse(""));
            level.put("areas", Long.toString(view.areas().stream()
                    .filter(a -> a.level().map(x -> x.code().equals(l.code())).orElse(false)).count()));
            legend.add(level);
        }
        m.put("legend", legend);
        boolean anySuggested = false;
        List<Map<String, Object>> areas = new ArrayList<>();
        for (AreaRow a : view.areas()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", a.name());
            row.put("depth", Integer.toString(Math.min(a.depth(), MAX_DEPTH)));
            row.put("top", a.depth() == 0);
            row.put("level", a.level().map(ReportModel::level).orElse(null));
            row.put("suggested", a.level().isPresent() && a.levelSuggested());
            row.put("trendMark", a.trend().mark());
            row.put("trendLabel", a.trend().label(view.locale()));
            row.put("trendCode", a.trend().name().toLowerCase(Locale.ROOT));
            row.put("total", a.total());
            row.put("comment", a.comment().orElse(""));
            row.put("chart", chart(a.series(), sv));
            areas.add(row);
            anySuggested |= a.level().isPresent() && a.levelSuggested();
        }
        m.put("areas", areas);
        m.put("hasLevels", view.areas().stream().anyMatch(a -> a.level().isPresent()));
        m.put("seriesRange", seriesRange(view));
        m.put("categoryTables", categoryTables(view, sv));
        List<Map<String, Object>> hotspots = new ArrayList<>();
        for (HotspotRow h : view.hotspots()) {
            hotspots.add(map("place", h.place(), "area", h.area(), "window", h.window(), "reasons", h.reasons()));
        }
        m.put("hotspots", hotspots);
        m.put("hotspotReasons", view.hotspots().stream().anyMatch(h -> !h.reasons().isEmpty()));
        List<Map<String, Object>> coverage = new ArrayList<>();
        for (CoverageRow c : view.coverage()) {
            coverage.add(map("area", c.area(), "expected", Integer.toString(c.expected()),
                    "answered", Integer.toString(c.answered()), "nothing", c.nothingToReport().isPresent()
                            ? Integer.toString(c.nothingToReport().getAsInt()) : "–",
                    "rate", c.rate(), "low", c.low()));
        }
        m.put("coverage", coverage);
        m.put("focusAreas", view.focusAreas());
        List<Map<String, Object>> measures = new ArrayList<>();
        for (MeasureRow r : view.measures()) {
            Map<String, Object> row = map("title", r.title(), "type", r.type(), "areas", r.areas(), "lead", r.lead(),
                    "partners", r.partners().orElse(""), "dates", r.dates(), "status", r.status());
            row.put("followUp", r.followUp().map(f -> followUp(f, view.locale(), sv)).orElse(null));
            measures.add(row);
        }
        m.put("measures", measures);
        m.put("notes", view.notes());
        m.put("anySuggested", anySuggested);
        m.put("source", view.source());
        m.put("generated", view.generatedLabel().orElse(""));
        return m;
    }

    /**
     * Returns a text for a quoted CSS string: letters, digits and spaces as they are, every other character as a CSS
     * escape ({@code \F6 }), so that nothing in it can end the string or the style sheet, whether the page is read
     * as HTML or as XML, and the HTML escaping that follows changes nothing.
     */
    static String cssString(String text) {
        StringBuilder s = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == ' ')) {
                s.appendCodePoint(c);
            } else {
                s.append('\\').append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(' ');
            }
        });
        return s.toString();
    }

    private static Map<String, Object> level(LevelView l) {
        return map("code", l.code(), "label", l.label(), "colour", l.colour(), "text", l.textColour());
    }

    private static Map<String, Object> followUp(FollowUpRow f, Locale locale, boolean sv) {
        return map("date", f.date(), "outcome", f.outcome().label(locale),
                "outcomeCode", f.outcome() == Outcome.END ? "end" : f.outcome() == Outcome.REPLACE ? "replace"
                        : f.outcome() == Outcome.EXTEND ? "extend" : "continue",
                "state", f.decided() ? (sv ? "beslutad" : "decided") : (sv ? "förslag" : "suggested"),
                "decided", f.decided(), "reading", f.reading().orElse(""));
    }

    /** The labels of the first and the last point of the series, for the chart column's heading. */
    private static String seriesRange(ReportView view) {
        for (AreaRow a : view.areas()) {
            if (a.series().size() > 1) {
                return a.series().get(0).label() + "–" + a.series().get(a.series().size() - 1).label();
            }
        }
        return "";
    }

    /** Areas with counts as columns, at most {@value #AREAS_PER_CATEGORY_TABLE} to a table; categories as rows. */
    private static List<Map<String, Object>> categoryTables(ReportView view, boolean sv) {
        List<AreaRow> shown = new ArrayList<>();
        view.areas().stream().filter(a -> !a.counts().isEmpty()).forEach(shown::add);
        List<Map<String, Object>> tables = new ArrayList<>();
        for (int from = 0; from < shown.size(); from += AREAS_PER_CATEGORY_TABLE) {
            List<AreaRow> part = shown.subList(from, Math.min(shown.size(), from + AREAS_PER_CATEGORY_TABLE));
            List<String> heads = new ArrayList<>();
            part.forEach(a -> heads.add(a.name()));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int c = 0; c < view.categories().size(); c++) {
                List<String> cells = new ArrayList<>();
                for (AreaRow a : part) {
                    cells.add(a.counts().get(c));
                }
                rows.add(map("category", view.categories().get(c), "cells", cells));
            }
            List<String> totals = new ArrayList<>();
            part.forEach(a -> totals.add(a.total()));
            tables.add(map("areas", heads, "rows", rows, "totals", totals));
        }
        return tables;
    }

    /** An inline SVG bar chart of a series: its bars, baseline and text alternative. */
    private static Map<String, Object> chart(List<SeriesPoint> series, boolean sv) {
        long max = series.stream().filter(p -> p.value().isPresent()).mapToLong(p -> p.value().getAsLong()).max()
                .orElse(0);
        List<Map<String, Object>> bars = new ArrayList<>();
        StringBuilder alt = new StringBuilder(sv ? "Antal per period: " : "Count per period: ");
        for (int i = 0; i < series.size(); i++) {
            SeriesPoint p = series.get(i);
            double height;
            String kind;
            if (p.value().isEmpty()) {
                height = CHART_HEIGHT;
                kind = "hidden";
            } else {
                long v = p.value().getAsLong();
                height = v == 0 ? 0.75 : Math.max(1.5, CHART_HEIGHT * (double) v / max);
                kind = v == 0 ? "zero" : p.current() ? "current" : "past";
            }
            bars.add(map("x", Integer.toString(i * (BAR + GAP)), "y", fixed(CHART_HEIGHT - height),
                    "w", Integer.toString(BAR), "h", fixed(height), "fill", fill(kind)));
            alt.append(i == 0 ? "" : ", ").append(p.label()).append(' ').append(p.display());
        }
        int width = Math.max(BAR, series.size() * (BAR + GAP) - GAP);
        return map("bars", bars, "width", Integer.toString(width), "height", Integer.toString(CHART_HEIGHT + 1),
                "baseline", Integer.toString(CHART_HEIGHT) + ".5", "alt", alt.toString(), "empty", series.isEmpty());
    }

    private static String fill(String kind) {
        switch (kind) {
            case "hidden":
                return "#E6EAEE";
            case "zero":
                return "#6F879F";
            case "current":
                return "#1F3B57";
            default:
                return "#6F879F";
        }
    }

    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** The report's own words. */
    private static Map<String, String> words(boolean sv) {
        Map<String, String> t = new LinkedHashMap<>();
        put(t, sv, "summary", "Sammanfattning", "Summary");
        put(t, sv, "figures", "Läget i korthet", "At a glance");
        put(t, sv, "areasHeading", "Läget per område", "The situation by area");
        put(t, sv, "areasCaption", "Nivå, trend och antal iakttagelser per område", "Level, trend and number of observations by area");
        put(t, sv, "legend", "Skala", "Scale");
        put(t, sv, "legendAreas", "områden", "areas");
        put(t, sv, "area", "Område", "Area");
        put(t, sv, "level", "Nivå", "Level");
        put(t, sv, "noLevel", "ej bedömt", "not assessed");
        put(t, sv, "suggested", "förslag", "suggested");
        put(t, sv, "trend", "Trend", "Trend");
        put(t, sv, "total", "Antal", "Count");
        put(t, sv, "chart", "Utveckling", "Development");
        put(t, sv, "categoriesHeading", "Iakttagelser per kategori", "Observations by category");
        put(t, sv, "categoriesCaption", "Antal iakttagelser per kategori och område", "Number of observations by category and area");
        put(t, sv, "category", "Kategori", "Category");
        put(t, sv, "allCategories", "Totalt", "Total");
        put(t, sv, "hotspotsHeading", "Hotspots", "Hotspots");
        put(t, sv, "hotspotsCaption", "Platser som behöver extra insatser just nu", "Places that need extra action now");
        put(t, sv, "noHotspots", "Inga platser är utpekade som hotspots under perioden.", "No place is designated a hotspot in the period.");
        put(t, sv, "place", "Plats", "Place");
        put(t, sv, "window", "Period", "Dates");
        put(t, sv, "why", "Varför", "Why");
        put(t, sv, "focusHeading", "Fokusområden", "Focus areas");
        put(t, sv, "focusIntro", "Områden där behovet och möjligheten att påverka är störst:", "Areas with the greatest need and the greatest possibility to influence:");
        put(t, sv, "measuresHeading", "Insatser och uppföljning", "Measures and follow-up");
        put(t, sv, "measuresCaption", "Insatser under perioden och deras senaste uppföljning", "Measures in the period and their latest follow-up");
        put(t, sv, "noMeasures", "Inga insatser att redovisa för perioden.", "No measures to report for the period.");
        put(t, sv, "measure", "Insats", "Measure");
        put(t, sv, "lead", "Ansvarig", "Lead");
        put(t, sv, "partners", "Med", "With");
        put(t, sv, "dates", "Tid", "When");
        put(t, sv, "status", "Status", "Status");
        put(t, sv, "followUp", "Senaste uppföljning", "Latest follow-up");
        put(t, sv, "noFollowUp", "ännu inte uppföljd", "not yet followed up");
        put(t, sv, "coverageHeading", "Täckning", "Coverage");
        put(t, sv, "coverageCaption", "Hur många av rapportörerna som svarade", "How many of the reporters answered");
        put(t, sv, "coverageIntro", "Tystnad är inte detsamma som lugn: där få rapportörer svarat vilar bilden på lite underlag.", "Silence is not calm: where few reporters answered, the picture rests on little.");
        put(t, sv, "expected", "Förväntade", "Expected");
        put(t, sv, "answered", "Svarade", "Answered");
        put(t, sv, "nothing", "Inget att rapportera", "Nothing to report");
        put(t, sv, "rate", "Andel", "Share");
        put(t, sv, "low", "låg", "low");
        put(t, sv, "aboutHeading", "Om rapporten", "About this report");
        put(t, sv, "suggestedNote", "En nivå märkt \u201Dförslag\u201D är den nivå som beräknats ur underlaget; EST-gruppen har ännu inte fattat beslut om den.", "A level marked \u201Csuggested\u201D is the level computed from the data; the EST group has not yet decided it.");
        put(t, sv, "chartNote", "Staplarna visar antal iakttagelser per period, den senaste mörkast; varje område har sin egen skala. En ljusgrå stapel är en period där antalet inte visas.", "The bars show the number of observations per period, the latest darkest; each area has its own scale. A light grey bar is a period whose count is not shown.");
        put(t, sv, "trendNote", "Trenden jämför perioden med de närmast föregående och anges bara när skillnaden är större än slumpen: ↑ ökar, ↓ minskar, → oförändrat.", "The trend compares the period with the ones before it and is given only when the difference is beyond chance: ↑ rising, ↓ falling, → stable.");
        put(t, sv, "sourceLabel", "Källa", "Source");
        put(t, sv, "generatedLabel", "Sammanställd", "Compiled");
        put(t, sv, "madeWith", "Framtagen med est4j enligt arbetssättet EST \u2013 Effektiv samordning för trygghet.", "Made with est4j following EST \u2013 Effective coordination for safety.");
        put(t, sv, "page", "Sida", "Page");
        put(t, sv, "of", "av", "of");
        return t;
    }

    private static void put(Map<String, String> t, boolean sv, String key, String swedish, String english) {
        t.put(key, sv ? swedish : english);
    }
}

package org.est4j.io.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.est4j.core.Problems;
import org.est4j.core.feedback.FeedbackReport;
import org.immutables.value.Value;

/**
 * A situation report (<i>lägesrapport</i>) ready to render: flat, in one language, with every count already
 * disclosed as the audience may see it. The HTML and PDF renderers ({@link Reports}) only lay it out; they decide
 * nothing about what is shown.
 *
 * <pre>{@code
 * ReportView view = ReportView.of(source, Locale.forLanguageTag("sv"));   // from est-core documents
 * byte[] html = Reports.html(view);
 * byte[] pdf = Reports.pdf(view);
 * }</pre>
 *
 * <p>A view can also be built by hand, for a host whose figures come from elsewhere:
 * <pre>{@code
 * ReportView.builder().language("sv").title("Lägesrapport").municipality("Sjövikens kommun")
 *     .periodLabel("November 2026").addCategories("Skadegörelse", "Narkotika")
 *     .addAreas(AreaRow.builder().name("Centrum").total("42").addCounts("30", "..").build())
 *     .source("EST-gruppen i Sjövikens kommun").build();
 * }</pre>
 *
 * <p>Rules, all checked at once by the builder: the language is {@code sv} or {@code en}; title, municipality,
 * period label and source are not blank; every area row has one count per category, or none; no category, focus area or
 * note is blank.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportView {
    /** The languages the report's own words (headings, legends) exist in. */
    public static final Set<String> LANGUAGES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of("sv", "en")));

    ReportView() {}

    /**
     * Returns the language of the report, as a BCP 47 tag.
     *
     * @return {@code "sv"} or {@code "en"}
     */
    public abstract String language();

    /**
     * Returns the title, such as {@code "Lägesrapport"}.
     *
     * @return never blank
     */
    public abstract String title();

    /**
     * Returns the municipality (or other body) the report is of, such as {@code "Sjövikens kommun"}.
     *
     * @return never blank
     */
    public abstract String municipality();

    /**
     * Returns the period, as printed, such as {@code "November 2026"} or {@code "Vecka 47 2026"}.
     *
     * @return never blank
     */
    public abstract String periodLabel();

    /**
     * Returns who the report is for, such as {@code "Offentlig version"}.
     *
     * @return the audience, or empty
     */
    public abstract Optional<String> audienceLabel();

    /**
     * Returns the summary in words (the group's own), shown first.
     *
     * @return the summary, or empty
     */
    public abstract Optional<String> summary();

    /**
     * Returns the figures shown large at the top.
     *
     * @return figures, in order
     */
    public abstract List<KeyFigure> keyFigures();

    /**
     * Returns the levels of the scale, calmest first, for the legend.
     *
     * @return levels, possibly none when no area was assessed
     */
    public abstract List<LevelView> legend();

    /**
     * Returns the name of the scale, shown above the legend.
     *
     * @return the name, or empty
     */
    public abstract Optional<String> scaleName();

    /**
     * Returns the headings of the count columns, such as category labels.
     *
     * @return headings in column order
     */
    public abstract List<String> categories();

    /**
     * Returns the areas, each followed by the areas within it.
     *
     * @return rows in order
     */
    public abstract List<AreaRow> areas();

    /**
     * Returns the hotspots.
     *
     * @return rows in order
     */
    public abstract List<HotspotRow> hotspots();

    /**
     * Returns the coverage of the round, per area.
     *
     * @return rows in order
     */
    public abstract List<CoverageRow> coverage();

    /**
     * Returns the focus areas chosen for the period.
     *
     * @return names, in order of priority
     */
    public abstract List<String> focusAreas();

    /**
     * Returns the measures, with their latest follow-up.
     *
     * @return rows in order
     */
    public abstract List<MeasureRow> measures();

    /**
     * Returns notes on how to read the report.
     *
     * @return notes, in order
     */
    public abstract List<String> notes();

    /**
     * Returns who made the report, printed in the footer, such as {@code "EST-gruppen i Sjövikens kommun"}.
     *
     * @return never blank
     */
    public abstract String source();

    /**
     * Returns when the report was made: printed in the footer and, in a PDF, its creation date.
     *
     * @return the time, or empty to leave the report undated (and its bytes independent of the clock)
     */
    public abstract Optional<Instant> generated();

    /**
     * Returns {@link #generated()} as printed in the report, in Stockholm time, such as
     * {@code 1 dec. 2026 kl. 09.30} or {@code 1 Dec 2026, 09:30}.
     *
     * @return the time as printed, or empty when the report is undated
     */
    public Optional<String> generatedLabel() {
        return generated().map(g -> new Texts(locale()).time(g));
    }

    /**
     * Returns the locale of {@link #language()}.
     *
     * @return {@code sv} or {@code en}
     */
    public Locale locale() {
        return Locale.forLanguageTag(language());
    }

    /**
     * Lays out a feedback report in its own language: its areas with their levels, trends, counts per top-level
     * category and history, the hotspots, the coverage, the focus areas, the measures with their latest follow-up,
     * and the notes. The report has been disclosed for its audience already (see
     * {@link org.est4j.core.feedback.FeedbackReports}); the view shows what it holds and nothing else (see the
     * {@linkplain org.est4j.io.report package documentation}).
     *
     * @param report the feedback report of one audience and period
     * @return the view, in the report's language (Swedish for {@code sv}, English otherwise)
     */
    public static ReportView of(FeedbackReport report) {
        return new Composer(java.util.Objects.requireNonNull(report, "report")).compose();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReportView}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableReportView.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems p = Problems.of("ReportView");
        p.require(language() != null && LANGUAGES.contains(language()), "language", "must be sv or en", language());
        Checks.text(p, title(), "title");
        Checks.text(p, municipality(), "municipality");
        Checks.text(p, periodLabel(), "periodLabel");
        Checks.text(p, source(), "source");
        audienceLabel().ifPresent(v -> p.require(!v.isBlank(), "audienceLabel", "must not be blank", v));
        summary().ifPresent(v -> p.require(!v.isBlank(), "summary", "must not be blank", v));
        scaleName().ifPresent(v -> p.require(!v.isBlank(), "scaleName", "must not be blank", v));
        Checks.texts(p, categories(), "categories");
        Checks.texts(p, focusAreas(), "focusAreas");
        Checks.texts(p, notes(), "notes");
        for (int i = 0; i < areas().size(); i++) {
            int n = areas().get(i).counts().size();
            p.require(n == 0 || n == categories().size(), "areas[" + i + "].counts",
                    "must have one count per category (" + categories().size() + "), or none", n);
        }
        p.throwIfAny();
    }

    /** Returns the title, municipality, period and the number of rows, then one line per area. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ReportView[").append(language()).append("] ").append(title())
                .append(" – ").append(municipality()).append(", ").append(periodLabel()).append(": ")
                .append(areas().size()).append(" areas, ").append(hotspots().size()).append(" hotspots, ")
                .append(measures().size()).append(" measures");
        areas().forEach(a -> s.append("\n  ").append(a));
        return s.toString();
    }
}

package org.est4j.io.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.est4j.core.area.AreaId;
import org.est4j.core.disclosure.Heading;
import org.est4j.core.disclosure.SuppressedTable;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.picture.Trend;
import org.est4j.core.time.Period;

/**
 * Lays out a {@link FeedbackReport} as a {@link ReportView}; documented on {@link ReportView#of(FeedbackReport)}
 * and in the package documentation. The report has already been disclosed for its audience: this class only
 * chooses what to show where and formats it. Package-private; one instance per composition.
 */
final class Composer {
    /** How deep below the top area the category table goes: the municipality and its localities. */
    private static final int CATEGORY_DEPTH = 1;

    private final FeedbackReport report;
    private final Locale locale;
    private final Texts texts;
    private final Map<AreaId, org.est4j.core.feedback.AreaRow> areas = new HashMap<>();

    Composer(FeedbackReport report) {
        this.report = report;
        this.locale = "sv".equals(report.locale().getLanguage()) ? Locale.forLanguageTag("sv") : Locale.ENGLISH;
        this.texts = new Texts(locale);
        report.areas().forEach(a -> areas.put(a.id(), a));
    }

    ReportView compose() {
        ReportView.Builder view = ReportView.builder()
                .language(locale.getLanguage())
                .title(report.title())
                .municipality(report.municipality())
                .periodLabel(texts.period(report.period()))
                .audienceLabel(audienceLabel())
                .source(report.municipality());
        report.scale().ifPresent(s -> {
            view.scaleName(s.name(locale));
            s.levels().forEach(l -> view.addLegend(LevelView.of(l, locale)));
        });
        List<Category> columns = categoryColumns();
        columns.forEach(c -> view.addCategories(c.label(locale)));
        List<Period> history = historyPeriods();
        int top = report.areas().stream().mapToInt(org.est4j.core.feedback.AreaRow::depth).min().orElse(0);

        List<AreaRow> rows = new ArrayList<>();
        for (org.est4j.core.feedback.AreaRow area : report.areas()) {
            Heading<AreaId> row = Heading.of(area.id());
            OptionalLong total = report.counts().cell(row, Heading.total()).value();
            AreaRow.Builder r = AreaRow.builder().name(area.name()).depth(area.depth() - top)
                    .trend(trend(area.trend())).total(display(total));
            if (area.depth() - top <= CATEGORY_DEPTH) {
                columns.forEach(c -> r.addCounts(display(report.counts().cell(row, Heading.of(c.id())).value())));
            }
            for (Period p : history) {
                r.addSeries(SeriesPoint.builder().label(texts.shortPeriod(p))
                        .value(report.history().cell(row, Heading.of(p)).value()).build());
            }
            r.addSeries(SeriesPoint.builder().label(texts.shortPeriod(report.period())).value(total).current(true)
                    .build());
            area.level().ifPresent(l -> r.level(LevelView.of(l, locale)).levelSuggested(!area.decided()));
            comment(area).ifPresent(r::comment);
            rows.add(r.build());
        }
        view.addAllAreas(rows);
        view.addAllHotspots(hotspots());
        view.addAllKeyFigures(keyFigures(rows));
        for (org.est4j.core.feedback.AreaRow area : report.areas()) {
            area.coverage().filter(c -> c.expected() > 0).ifPresent(c -> view.addCoverage(CoverageRow.builder()
                    .area(area.name()).expected(c.expected()).answered(c.answered())
                    .nothingToReport(c.nothingToReport()).rate(texts.percent(c.responseRate())).low(c.low()).build()));
        }
        report.focusAreas().stream().map(f -> f.name()).distinct().forEach(view::addFocusAreas);
        report.measures().forEach(m -> view.addMeasures(measure(m)));
        view.addAllNotes(report.notes());
        return view.build();
    }

    /**
     * The top-level categories, in taxonomy order, that have an observation in the report or a suppressed total: a
     * column of zeros would only widen the table, and a suppressed total must not be told apart from zero.
     */
    private List<Category> categoryColumns() {
        return report.categories().stream().filter(c -> {
            SuppressedTable.Cell<AreaId, CategoryId> total = report.counts().cell(Heading.total(), Heading.of(c.id()));
            return total.isSuppressed() || total.value().getAsLong() > 0;
        }).collect(Collectors.toList());
    }

    /** The earlier periods of the charts: the history table's columns, oldest first. */
    private List<Period> historyPeriods() {
        return report.history().columns().stream().filter(h -> !h.isTotal()).map(h -> h.key().orElseThrow())
                .sorted().collect(Collectors.toList());
    }

    private String display(OptionalLong value) {
        return value.isPresent() ? texts.integer(value.getAsLong()) : SuppressedTable.MARK;
    }

    private String name(AreaId area) {
        org.est4j.core.feedback.AreaRow row = areas.get(area);
        return row == null ? area.value() : row.name();
    }

    private static TrendMark trend(Optional<Trend.Direction> direction) {
        if (direction.isEmpty()) {
            return TrendMark.NONE;
        }
        switch (direction.get()) {
            case RISING:
                return TrendMark.RISING;
            case FALLING:
                return TrendMark.FALLING;
            case STABLE:
                return TrendMark.STABLE;
            default:
                return TrendMark.NONE;
        }
    }

    /**
     * The reason a report gives for a level, where the feedback report carries reasons at all (the group's): the
     * group's own when it departed from the suggestion (a report explains departures, not confirmations), the
     * model's while the level is a suggestion.
     */
    private static Optional<String> comment(org.est4j.core.feedback.AreaRow area) {
        if (area.reasons().isEmpty()) {
            return Optional.empty();
        }
        if (area.decided()) {
            return area.level().equals(area.suggestedLevel()) ? Optional.empty() : Optional.of(area.reasons().get(0));
        }
        return Optional.of(String.join("; ", area.reasons()));
    }

    private List<HotspotRow> hotspots() {
        Set<org.est4j.core.feedback.HotspotRow> distinct = new LinkedHashSet<>();
        report.areas().forEach(a -> distinct.addAll(a.hotspots()));
        List<HotspotRow> rows = new ArrayList<>();
        for (org.est4j.core.feedback.HotspotRow h : distinct) {
            rows.add(HotspotRow.builder().place(h.placeName().orElse(name(h.area()))).area(hotspotArea(h))
                    .window(texts.dateRange(h.window().getStart(), h.window().getEndInclusive()))
                    .addAllReasons(h.reasons()).build());
        }
        return rows;
    }

    /** The area a hotspot lies in: its own when it names a narrower place, else the one above it. */
    private String hotspotArea(org.est4j.core.feedback.HotspotRow h) {
        if (h.placeName().isPresent()) {
            return name(h.area());
        }
        org.est4j.core.feedback.AreaRow row = areas.get(h.area());
        return row == null ? h.area().value() : row.parent().map(this::name).orElse(row.name());
    }

    private List<KeyFigure> keyFigures(List<AreaRow> rows) {
        List<KeyFigure> figures = new ArrayList<>();
        if (rows.isEmpty()) {
            return figures;
        }
        figures.add(KeyFigure.of(rows.get(0).total(), texts.pick("iakttagelser i " + rows.get(0).name(),
                "observations in " + rows.get(0).name())));
        long rising = rows.stream().filter(r -> r.trend() == TrendMark.RISING).count();
        figures.add(KeyFigure.of(texts.integer(rising), texts.pick(rising == 1 ? "område där det ökar"
                : "områden där det ökar", rising == 1 ? "area rising" : "areas rising")));
        long hotspots = report.areas().stream().flatMap(a -> a.hotspots().stream()).distinct().count();
        figures.add(KeyFigure.of(texts.integer(hotspots), texts.pick(hotspots == 1 ? "hotspot" : "hotspots",
                hotspots == 1 ? "hotspot" : "hotspots")));
        report.areas().get(0).coverage().filter(c -> c.expected() > 0).ifPresent(c -> figures.add(KeyFigure.of(
                texts.percent(c.responseRate()), texts.pick("av rapportörerna svarade", "of reporters answered"))));
        return figures;
    }

    private MeasureRow measure(org.est4j.core.feedback.MeasureRow m) {
        MeasureRow.Builder row = MeasureRow.builder().title(m.title()).type(m.type().label(locale))
                .areas(m.targetAreas().stream().map(this::name).collect(Collectors.joining(", ")))
                .lead(m.leadActorName())
                .dates(m.end().map(e -> texts.dateRange(m.start(), e))
                        .orElse(texts.pick("från ", "from ") + texts.date(m.start())))
                .status(m.status().label(locale));
        if (!m.partners().isEmpty()) {
            row.partners(String.join(", ", m.partners().values()));
        }
        m.latestFollowUp().ifPresent(f -> {
            FollowUpRow.Builder r = FollowUpRow.builder().date(texts.date(f.date())).outcome(f.outcome())
                    .decided(f.decided().isPresent());
            // The group's reason comes first when it decided; a suggestion is explained by all its reasons.
            if (!f.reasons().isEmpty()) {
                r.reading(f.decided().isPresent() ? f.reasons().get(0) : String.join("; ", f.reasons()));
            }
            row.followUp(r.build());
        });
        return row.build();
    }

    private String audienceLabel() {
        switch (report.audience()) {
            case GROUP:
                return texts.pick("Intern version för EST-gruppen", "Internal version for the EST group");
            case PARTNERS:
                return texts.pick("Version för samverkanspartner", "Version for partners");
            case REPORTERS:
                return texts.pick("Version för rapportörer", "Version for reporters");
            case POLITICIANS:
                return texts.pick("Version för förtroendevalda", "Version for elected representatives");
            default:
                return texts.pick("Offentlig version", "Public version");
        }
    }
}

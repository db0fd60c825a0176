package org.est4j.io.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.disclosure.CountTable;
import org.est4j.core.disclosure.Disclosure;
import org.est4j.core.disclosure.Heading;
import org.est4j.core.disclosure.SuppressedTable;
import org.est4j.core.mapping.Actor;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.picture.Coverage;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.picture.Trend;
import org.est4j.core.time.Period;

/**
 * Composes a {@link ReportView} of a {@link ReportSource}; documented on {@link ReportView#of(ReportSource, Locale)}
 * and in the package documentation. Package-private; one instance per composition.
 */
final class Composer {
    /** The column of observations whose picture gives no category breakdown. Not a valid category id. */
    private static final String UNCATEGORISED = "#uncategorised";
    /** How deep below the top area the category table goes: the municipality and its localities. */
    private static final int CATEGORY_DEPTH = 1;

    private final ReportSource source;
    private final Locale locale;
    private final Texts texts;
    private final Disclosure disclosure;
    /** True when counts are suppressed: then the machine's reasons, which quote counts, are left out. */
    private final boolean suppressing;
    private final Period period;
    private final AreaHierarchy hierarchy;
    private final List<SituationPicture> pictures;
    private final Map<AreaId, SituationPicture> byArea = new LinkedHashMap<>();
    private final Map<AreaId, AreaId> parentInSet = new HashMap<>();
    private final Map<AreaId, List<AreaId>> childrenInSet = new HashMap<>();

    Composer(ReportSource source, Locale locale) {
        this.source = source;
        this.locale = "sv".equals(locale.getLanguage()) ? Locale.forLanguageTag("sv") : Locale.ENGLISH;
        this.texts = new Texts(this.locale);
        this.disclosure = Disclosure.of(source.policy());
        this.suppressing = source.policy().minimumCount() > 1;
        this.period = source.pictures().period();
        this.hierarchy = source.hierarchy();
        this.pictures = source.pictures().pictures();
        pictures.forEach(p -> byArea.put(p.area(), p));
        for (SituationPicture p : pictures) {
            Optional<AreaId> parent = nearestAncestorInSet(p.area());
            parent.ifPresent(a -> {
                parentInSet.put(p.area(), a);
                childrenInSet.computeIfAbsent(a, k -> new ArrayList<>()).add(p.area());
            });
        }
    }

    private Optional<AreaId> nearestAncestorInSet(AreaId area) {
        Optional<Area> parent = hierarchy.parent(area);
        while (parent.isPresent()) {
            if (byArea.containsKey(parent.get().id())) {
                return Optional.of(parent.get().id());
            }
            parent = hierarchy.parent(parent.get().id());
        }
        return Optional.empty();
    }

    ReportView compose() {
        ReportView.Builder view = ReportView.builder()
                .language(locale.getLanguage())
                .title(source.title().orElse(texts.pick("Lägesrapport", "Situation report")))
                .municipality(source.municipality().orElseGet(() -> pictures.isEmpty()
                        ? texts.pick("Kommunen", "The municipality") : name(pictures.get(0).area())))
                .periodLabel(texts.period(period))
                .audienceLabel(audienceLabel())
                .minimumCount(source.policy().minimumCount())
                .generated(source.generated());
        source.summary().map(disclosure::redact).ifPresent(view::summary);
        view.source(source.source().or(source::municipality).orElseGet(() -> pictures.isEmpty()
                ? "est4j" : name(pictures.get(0).area())));
        source.scale().ifPresent(s -> {
            view.scaleName(s.name(locale));
            s.levels().forEach(l -> view.addLegend(LevelView.of(l, locale)));
        });

        List<String> columns = categoryColumns();
        columns.forEach(c -> view.addCategories(UNCATEGORISED.equals(c) ? texts.pick("Ej kategoriserat",
                "Not categorised") : source.taxonomy().find(CategoryId.of(c)).map(cat -> cat.label(locale)).orElse(c)));
        SuppressedTable<AreaId, String> counts = disclosure.suppress(categoryTable(columns));
        List<Period> history = historyPeriods();
        SuppressedTable<AreaId, Period> series = history.isEmpty() ? null : disclosure.suppress(historyTable(history));
        Map<AreaId, Assessment> assessments = new HashMap<>();
        source.assessments().stream().filter(a -> a.period().equals(period)).forEach(a -> assessments.put(a.area(), a));
        int top = pictures.stream().mapToInt(p -> hierarchy.depth(p.area())).min().orElse(0);

        List<AreaRow> rows = new ArrayList<>();
        for (SituationPicture p : pictures) {
            int depth = hierarchy.depth(p.area()) - top;
            Heading<AreaId> row = Heading.of(p.area());
            AreaRow.Builder r = AreaRow.builder().name(name(p.area())).depth(depth)
                    .trend(trend(p)).total(display(counts.cell(row, Heading.total()).value()));
            if (depth <= CATEGORY_DEPTH) {
                columns.forEach(c -> r.addCounts(display(counts.cell(row, Heading.of(c)).value())));
            }
            for (Period h : history) {
                r.addSeries(SeriesPoint.builder().label(texts.shortPeriod(h))
                        .value(series.cell(row, Heading.of(h)).value()).build());
            }
            r.addSeries(SeriesPoint.builder().label(texts.shortPeriod(period))
                    .value(counts.cell(row, Heading.total()).value()).current(true).build());
            Assessment a = assessments.get(p.area());
            if (a != null) {
                r.level(LevelView.of(a.level(), locale)).levelSuggested(!a.isOverridden());
                comment(a).ifPresent(r::comment);
            }
            rows.add(r.build());
        }
        view.addAllAreas(rows);
        view.addAllKeyFigures(keyFigures(rows));
        view.addAllHotspots(hotspots());
        pictures.forEach(p -> p.coverage().filter(c -> c.expected() > 0).ifPresent(c -> view.addCoverage(coverage(c))));
        source.focusAreas().forEach(a -> view.addFocusAreas(name(a)));
        view.addAllMeasures(measures());
        source.notes().forEach(n -> view.addNotes(disclosure.redact(n)));
        source.pictures().notes().forEach(n -> view.addNotes(disclosure.redact(n)));
        return view.build();
    }

    // ------------------------------------------------------------------------------------------ counts

    /** Top-level categories with any observation, in taxonomy order, then those outside the taxonomy, then none. */
    private List<String> categoryColumns() {
        Set<String> columns = new LinkedHashSet<>();
        Set<String> counted = new LinkedHashSet<>();
        boolean uncategorised = false;
        for (SituationPicture p : pictures) {
            p.countsByTopLevel().keySet().forEach(c -> counted.add(c.value()));
            uncategorised |= uncategorised(p) > 0;
        }
        for (Category c : source.taxonomy().topLevel()) {
            if (counted.remove(c.id().value())) {
                columns.add(c.id().value());
            }
        }
        columns.addAll(counted);
        if (uncategorised) {
            columns.add(UNCATEGORISED);
        }
        return new ArrayList<>(columns);
    }

    private static long uncategorised(SituationPicture p) {
        long categorised = p.countsByTopLevel().values().stream().mapToLong(Long::longValue).sum();
        return Math.max(0, p.total() - categorised);
    }

    private static long count(SituationPicture p, String column) {
        return UNCATEGORISED.equals(column) ? uncategorised(p) : p.countsByTopLevel().getOrDefault(CategoryId.of(column), 0L);
    }

    /** Areas by category; each count at the most specific area, so that parents add up their children. */
    private CountTable<AreaId, String> categoryTable(List<String> columns) {
        CountTable.Builder<AreaId, String> table = CountTable.builder();
        columns.forEach(table::column);
        for (SituationPicture p : pictures) {
            declare(table, p.area());
            for (String c : columns) {
                long own = count(p, c);
                for (AreaId child : childrenInSet.getOrDefault(p.area(), List.of())) {
                    own -= count(byArea.get(child), c);
                }
                table.add(p.area(), c, Math.max(0, own));
            }
        }
        return table.build();
    }

    private <C extends Comparable<? super C>> void declare(CountTable.Builder<AreaId, C> table, AreaId area) {
        AreaId parent = parentInSet.get(area);
        if (parent == null) {
            table.row(area);
        } else {
            table.row(area, parent);
        }
    }

    /** The earlier periods the charts show: the run of periods just before this one that some picture has. */
    private List<Period> historyPeriods() {
        Set<Period> known = new LinkedHashSet<>();
        pictures.forEach(p -> known.addAll(p.history().keySet()));
        List<Period> run = new ArrayList<>();
        Period p = period.previous();
        for (int i = 0; i < source.seriesLength() && known.contains(p); i++) {
            run.add(0, p);
            p = p.previous();
        }
        return run;
    }

    private CountTable<AreaId, Period> historyTable(List<Period> periods) {
        CountTable.Builder<AreaId, Period> table = CountTable.builder();
        periods.forEach(table::column);
        for (SituationPicture p : pictures) {
            declare(table, p.area());
            for (Period h : periods) {
                long own = p.history().getOrDefault(h, 0L);
                for (AreaId child : childrenInSet.getOrDefault(p.area(), List.of())) {
                    own -= byArea.get(child).history().getOrDefault(h, 0L);
                }
                table.add(p.area(), h, Math.max(0, own));
            }
        }
        return table.build();
    }

    private String display(OptionalLong value) {
        return value.isPresent() ? texts.integer(value.getAsLong()) : SuppressedTable.MARK;
    }

    // ------------------------------------------------------------------------------------------ rows

    private String name(AreaId area) {
        return hierarchy.find(area).map(Area::name).orElse(area.value());
    }

    private static TrendMark trend(SituationPicture p) {
        Optional<Trend> t = p.trend(Trend.Comparison.PREVIOUS_PERIODS);
        if (t.isEmpty()) {
            return TrendMark.NONE;
        }
        switch (t.get().direction()) {
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
     * The group's reason when it decided another level than the one suggested (a report explains departures, not
     * confirmations); the model's reasons for an undecided level, only when no count is suppressed.
     */
    private Optional<String> comment(Assessment a) {
        if (a.override().isPresent()) {
            return a.override().get().value().equals(a.suggested()) ? Optional.empty()
                    : Optional.of(disclosure.redact(a.override().get().reason()));
        }
        return suppressing ? Optional.empty() : Optional.of(disclosure.redact(String.join("; ", a.reasons())));
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
        long hotspots = distinctHotspots().size();
        figures.add(KeyFigure.of(texts.integer(hotspots), texts.pick(hotspots == 1 ? "hotspot" : "hotspots",
                hotspots == 1 ? "hotspot" : "hotspots")));
        pictures.get(0).coverage().filter(c -> c.expected() > 0).ifPresent(c -> figures.add(KeyFigure.of(
                texts.percent(c.responseRate()), texts.pick("av rapportörerna svarade", "of reporters answered"))));
        return figures;
    }

    private List<Hotspot> distinctHotspots() {
        Set<Hotspot> all = new LinkedHashSet<>();
        pictures.forEach(p -> all.addAll(p.hotspots()));
        return new ArrayList<>(all);
    }

    private List<HotspotRow> hotspots() {
        List<HotspotRow> rows = new ArrayList<>();
        for (Hotspot h : distinctHotspots()) {
            HotspotRow.Builder row = HotspotRow.builder().place(h.placeName().map(disclosure::redact)
                    .orElse(name(h.area()))).area(hotspotArea(h))
                    .window(texts.dateRange(h.window().getStart(), h.window().getEndInclusive()));
            if (!suppressing) {
                h.reasons().forEach(r -> row.addReasons(disclosure.redact(r)));
            }
            rows.add(row.build());
        }
        return rows;
    }

    /**
     * The area a hotspot lies in, as the report's rows name it: the hotspot's own area when the report has a row
     * for it and the hotspot names a narrower place; else the nearest area above it with a row.
     */
    private String hotspotArea(Hotspot h) {
        if (h.placeName().isPresent() && byArea.containsKey(h.area())) {
            return name(h.area());
        }
        Optional<Area> parent = hierarchy.parent(h.area());
        while (parent.isPresent() && !byArea.containsKey(parent.get().id())) {
            parent = hierarchy.parent(parent.get().id());
        }
        return parent.map(Area::name).orElse(name(h.area()));
    }

    private CoverageRow coverage(Coverage c) {
        return CoverageRow.builder().area(name(c.area())).expected(c.expected()).answered(c.answered())
                .nothingToReport(c.nothingToReport()).rate(texts.percent(c.responseRate())).low(c.isLow()).build();
    }

    // ------------------------------------------------------------------------------------------ measures

    private List<MeasureRow> measures() {
        LocalDate first = period.startDate();
        LocalDate last = period.endDate().minusDays(1);
        Map<ActorId, String> actors = source.actors().stream()
                .collect(Collectors.toMap(Actor::id, Actor::name, (a, b) -> a));
        Map<org.est4j.core.measure.MeasureId, FollowUp> latest = new HashMap<>();
        for (FollowUp f : source.followUps()) {
            if (!f.date().isAfter(last)) {
                latest.merge(f.measure(), f, (a, b) -> b.date().isBefore(a.date()) ? a : b);
            }
        }
        List<MeasureRow> rows = new ArrayList<>();
        source.measures().stream()
                .filter(m -> disclosure.allows(m.visibility()))
                .filter(m -> m.status() == MeasureStatus.PLANNED
                        || !m.start().isAfter(last) && m.end().map(e -> !e.isBefore(first)).orElse(true))
                .sorted(Comparator.comparing(Measure::start).thenComparing(m -> m.id().value()))
                .forEach(m -> rows.add(measure(m, actors, latest.get(m.id()))));
        return rows;
    }

    private MeasureRow measure(Measure m, Map<ActorId, String> actors, FollowUp followUp) {
        MeasureRow.Builder row = MeasureRow.builder().title(disclosure.redact(m.title())).type(m.type().label(locale))
                .areas(m.targetAreas().stream().map(this::name).collect(Collectors.joining(", ")))
                .lead(actors.getOrDefault(m.leadActor(), m.leadActor().value()))
                .dates(m.end().map(e -> texts.dateRange(m.start(), e))
                        .orElse(texts.pick("från ", "from ") + texts.date(m.start())))
                .status(m.status().label(locale));
        if (!m.partners().isEmpty()) {
            row.partners(m.partners().stream().map(a -> actors.getOrDefault(a, a.value()))
                    .collect(Collectors.joining(", ")));
        }
        if (followUp != null) {
            FollowUpRow.Builder f = FollowUpRow.builder().date(texts.date(followUp.date())).outcome(followUp.outcome())
                    .decided(followUp.isDecided());
            if (followUp.decision().isPresent()) {
                f.reading(disclosure.redact(followUp.decision().get().reason()));
            } else if (!suppressing) {
                f.reading(disclosure.redact(String.join("; ", followUp.reasons())));
            }
            row.followUp(f.build());
        }
        return row.build();
    }

    private String audienceLabel() {
        switch (source.policy().audience()) {
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

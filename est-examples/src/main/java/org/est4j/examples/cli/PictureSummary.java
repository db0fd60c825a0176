package org.est4j.examples.cli;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.disclosure.CountTable;
import org.est4j.core.disclosure.Disclosure;
import org.est4j.core.disclosure.Heading;
import org.est4j.core.disclosure.SuppressedTable;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.Coverage;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.picture.Trend;

/**
 * The plain-text situation picture that {@code est report} always writes: per area with observations, its level,
 * its counts by category group, coverage, trend and hotspots, in Swedish or English, as the audience may see it.
 *
 * <p>Counts come from a {@link CountTable} of areas (as a hierarchy) by top-level category, suppressed by the
 * audience's {@link org.est4j.core.disclosure.DisclosurePolicy}: for the public and politicians small counts and
 * the cells that would give them away show as {@value SuppressedTable#MARK}. For those audiences the text also
 * leaves out what carries exact small numbers or internal detail: the reasons of grades and hotspots, reporter
 * counts of coverage (only "low coverage" is said), and the compiler's notes.
 *
 * <p>The finer the areas, the more cells are small, and the more is suppressed (down to whole totals, to protect
 * small cells through the hierarchy's sums): a public text is best made with a depth such as 1 (the municipality
 * and its localities), below which areas are counted in the areas above them.
 */
final class PictureSummary {
    private final AreaHierarchy hierarchy;
    private final Taxonomy taxonomy;
    private final Scale scale;
    private final Disclosure disclosure;
    private final Locale locale;
    private final boolean sv;
    private final boolean detailed;
    private final int depth;

    PictureSummary(AreaHierarchy hierarchy, Taxonomy taxonomy, Scale scale, Disclosure disclosure, Locale locale,
            int depth) {
        this.hierarchy = hierarchy;
        this.taxonomy = taxonomy;
        this.scale = scale;
        this.disclosure = disclosure;
        this.locale = locale;
        this.sv = "sv".equals(locale.getLanguage());
        this.detailed = disclosure.policy().minimumCount() <= 1;
        this.depth = depth;
    }

    /** Returns the text, ending in a newline. */
    String write(PictureSet pictures, List<Assessment> assessments, List<String> inputs) {
        Map<AreaId, Assessment> grades = new HashMap<>();
        assessments.forEach(a -> grades.put(a.area(), a));
        List<Category> groups = taxonomy.topLevel();
        Set<AreaId> shown = shownAreas(pictures);
        SuppressedTable<AreaId, CategoryId> table = table(pictures, shown, groups).suppress(disclosure.policy());

        StringBuilder text = new StringBuilder();
        String title = t("Lägesbild ", "Situation picture ") + pictures.period().displayName(locale) + " ("
                + pictures.period() + ")";
        line(text, title);
        line(text, "=".repeat(title.length()));
        line(text, t("Mottagare: ", "Audience: ") + disclosure.policy().audience().label(locale)
                + (detailed ? "" : t(". Små antal (under " + disclosure.policy().minimumCount() + ") och det som "
                        + "skulle avslöja dem visas som \"" + SuppressedTable.MARK + "\".", ". Small counts (below "
                        + disclosure.policy().minimumCount() + ") and cells that would give them away show as \""
                        + SuppressedTable.MARK + "\".")));
        line(text, t("Skala: ", "Scale: ") + (sv ? scale.nameSv() : scale.nameEn()) + " (" + scale.id() + ")"
                + (assessments.isEmpty() ? "" : t(", bedömningsmodell ", ", assessment model ")
                        + assessments.get(0).modelId()));
        for (String input : inputs) {
            line(text, t("Underlag: ", "Input: ") + input);
        }
        line(text, "");

        for (Area area : hierarchy.areas()) {
            if (!shown.contains(area.id())) {
                continue;
            }
            SituationPicture p = pictures.picture(area.id());
            String indent = "  ".repeat(hierarchy.depth(area.id()));
            Assessment grade = grades.get(area.id());
            String total = table.display(Heading.of(area.id()), Heading.total());
            line(text, indent + area.name() + " — " + (grade == null ? t("ej bedömd", "not assessed")
                    : level(grade.level())) + ": " + total + (total.equals("1") ? t(" iakttagelse", " observation")
                    : t(" iakttagelser", " observations")));
            StringJoiner counts = new StringJoiner(", ");
            for (Category group : groups) {
                long n = p.countsByTopLevel().getOrDefault(group.id(), 0L);
                if (n > 0 || table.cell(Heading.of(area.id()), Heading.of(group.id())).isSuppressed()) {
                    counts.add((sv ? group.labelSv() : group.labelEn()) + " "
                            + table.display(Heading.of(area.id()), Heading.of(group.id())));
                }
            }
            if (counts.length() > 0) {
                line(text, indent + "    " + counts);
            }
            p.coverage().ifPresent(c -> coverage(text, indent, c));
            p.trends().stream().filter(tr -> tr.direction() == Trend.Direction.RISING
                    || tr.direction() == Trend.Direction.FALLING).forEach(tr ->
                    line(text, indent + "    " + t("Trend ", "Trend ") + trend(tr)));
            for (Hotspot h : p.hotspots()) {
                line(text, indent + "    Hotspot: " + h.placeName().orElseGet(() -> hierarchy.find(h.area())
                        .map(Area::name).orElse(h.area().value())) + ", "
                        + h.window().getStart() + "–" + h.window().getEndInclusive() + " (" + h.method() + ")");
                if (detailed) {
                    h.reasons().forEach(r -> line(text, indent + "      – " + r));
                }
            }
            if (detailed && grade != null && !grade.reasons().isEmpty()) {
                line(text, indent + "    " + t("Skäl:", "Reasons:"));
                grade.reasons().forEach(r -> line(text, indent + "      – " + r));
            }
            if (detailed && !sv) {
                // The compiler writes its notes in English only; the grades' reasons say the same in Swedish.
                p.notes().forEach(n -> line(text, indent + "    Note: " + n));
            }
        }
        long quiet = hierarchy.areas().stream().filter(a -> hierarchy.depth(a.id()) <= depth)
                .filter(a -> !shown.contains(a.id())).count();
        if (quiet > 0) {
            line(text, "");
            line(text, t(quiet + (quiet == 1 ? " område" : " områden") + " utan iakttagelser under perioden visas "
                    + "inte.", quiet + (quiet == 1 ? " area" : " areas") + " without observations in the period "
                    + "are not shown."));
        }
        if (depth < Integer.MAX_VALUE) {
            line(text, t("Områden djupare än nivå " + depth + " i hierarkin räknas in i sina överordnade områden.",
                    "Areas deeper than level " + depth + " of the hierarchy are counted in the areas above them."));
        }
        if (detailed && !sv) {
            pictures.notes().forEach(n -> line(text, "Note: " + n));
        }
        return text.toString();
    }

    /**
     * The areas with observations in the period down to the depth asked for, and their ancestors, so that the text
     * reads as a tree.
     */
    private Set<AreaId> shownAreas(PictureSet pictures) {
        Set<AreaId> shown = new LinkedHashSet<>();
        for (SituationPicture p : pictures.pictures()) {
            if (p.total() > 0 && hierarchy.depth(p.area()) <= depth) {
                shown.add(p.area());
                hierarchy.ancestors(p.area()).forEach(a -> shown.add(a.id()));
            }
        }
        return shown;
    }

    /**
     * The counts of the shown areas by category group, each given at the most specific area: an area's own count
     * is its picture's rolled-up count less its shown children's.
     */
    private CountTable<AreaId, CategoryId> table(PictureSet pictures, Set<AreaId> shown, List<Category> groups) {
        CountTable.Builder<AreaId, CategoryId> table = CountTable.builder();
        for (AreaId id : shown) {
            hierarchy.parent(id).ifPresentOrElse(parent -> table.row(id, parent.id()), () -> table.row(id));
        }
        groups.forEach(g -> table.column(g.id()));
        for (AreaId id : shown) {
            SituationPicture p = pictures.picture(id);
            for (Category g : groups) {
                long own = p.countsByTopLevel().getOrDefault(g.id(), 0L);
                for (Area child : hierarchy.children(id)) {
                    if (shown.contains(child.id())) {
                        own -= pictures.picture(child.id()).countsByTopLevel().getOrDefault(g.id(), 0L);
                    }
                }
                if (own > 0) {
                    table.add(id, g.id(), own);
                }
            }
        }
        return table.build();
    }

    private void coverage(StringBuilder text, String indent, Coverage c) {
        if (c.expected() == 0) {
            line(text, indent + "    " + t("Täckning: inga rapportörer väntades för området; tystnad är inte lugn",
                    "Coverage: no reporters were expected for the area; silence is not calm"));
        } else if (detailed) {
            line(text, indent + "    " + t("Täckning: ", "Coverage: ") + c.answered() + t(" av ", " of ")
                    + c.expected() + t(" rapportörer svarade", " reporters answered") + String.format(Locale.ROOT,
                            " (%.0f %%)", c.responseRate() * 100) + (c.isLow() ? t(" — låg täckning, bilden kan "
                                    + "sakna mycket", " — low coverage, the picture may miss much") : ""));
        } else if (c.isLow()) {
            line(text, indent + "    " + t("Låg täckning: många rapportörer svarade inte, bilden kan sakna mycket",
                    "Low coverage: many reporters did not answer, the picture may miss much"));
        }
    }

    private String trend(Trend tr) {
        String direction = tr.direction() == Trend.Direction.RISING ? t("ökande", "rising") : t("minskande", "falling");
        String against = tr.comparison() == Trend.Comparison.SAME_PERIOD_LAST_YEAR
                ? t("mot samma period i fjol", "against the same period last year")
                : t("mot föregående perioder", "against the previous periods");
        return direction + " " + against;
    }

    private String level(ScaleLevel level) {
        return level.code() + " " + (sv ? level.labelSv() : level.labelEn());
    }

    private String t(String swedish, String english) {
        return sv ? swedish : english;
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }
}

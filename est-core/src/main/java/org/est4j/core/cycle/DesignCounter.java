package org.est4j.core.cycle;

import java.util.Optional;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.evaluation.BeforeAfter;
import org.est4j.core.evaluation.EvaluationDesign;
import org.est4j.core.evaluation.PlaceCounts;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.store.StoreSnapshot;
import org.est4j.core.time.Period;
import org.threeten.extra.LocalDateRange;

/**
 * Counts the observations of an {@link EvaluationDesign} straight from the store's columns: per role (treated,
 * control, buffer) and per side (before, after). An area counts with its whole subtree; where a buffer or control
 * area encloses a treated one, the treated subtree counts as treated only. Period lengths are in weeks.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
final class DesignCounter {
    private static final byte NONE = 0;
    private static final byte TREATED = 1;
    private static final byte CONTROL = 2;
    private static final byte BUFFER = 3;

    private final AreaHierarchy hierarchy;
    private final Taxonomy taxonomy;
    private final EvaluationDesign design;
    /** The role of each area, by the hierarchy's dense index. */
    private final byte[] roles;

    DesignCounter(AreaHierarchy hierarchy, Taxonomy taxonomy, EvaluationDesign design) {
        this.hierarchy = hierarchy;
        this.taxonomy = taxonomy;
        this.design = design;
        this.roles = new byte[hierarchy.size()];
        // Wider roles first, so that a treated subtree inside a buffer or control area keeps its own role.
        mark(design.buffer(), BUFFER);
        mark(design.control(), CONTROL);
        mark(design.treated(), TREATED);
    }

    private void mark(Iterable<AreaId> areas, byte role) {
        for (AreaId area : areas) {
            int start = hierarchy.indexOf(area);
            for (int i = start; i < hierarchy.subtreeEnd(start); i++) {
                roles[i] = role;
            }
        }
    }

    PlaceCounts count(StoreSnapshot snapshot) {
        int[] areaRole = new int[snapshot.areaCodeCount()];
        for (int code = 0; code < areaRole.length; code++) {
            int index = hierarchy.indexOf(snapshot.areaOfCode(code));
            areaRole[code] = index < 0 ? NONE : roles[index];
        }
        boolean[] counted = new boolean[snapshot.categoryCodeCount()];
        for (int code = 0; code < counted.length; code++) {
            counted[code] = counts(snapshot.categoryOfCode(code));
        }
        long[] before = span(design.before());
        long[] after = span(design.after());
        long[][] tally = new long[4][2];
        for (int row = 0; row < snapshot.size(); row++) {
            int role = areaRole[snapshot.areaCode(row)];
            if (role == NONE || !counted[snapshot.categoryCode(row)]) {
                continue;
            }
            long t = snapshot.occurredEpochSecond(row);
            if (t >= before[0] && t < before[1]) {
                tally[role][0]++;
            } else if (t >= after[0] && t < after[1]) {
                tally[role][1]++;
            }
        }
        PlaceCounts.Builder counts = PlaceCounts.builder()
                .treated(BeforeAfter.of(tally[TREATED][0], tally[TREATED][1]))
                .control(BeforeAfter.of(tally[CONTROL][0], tally[CONTROL][1]))
                .beforeLength(design.before().lengthInDays() / 7.0)
                .afterLength(design.after().lengthInDays() / 7.0);
        if (!design.buffer().isEmpty()) {
            counts.buffer(BeforeAfter.of(tally[BUFFER][0], tally[BUFFER][1]));
        }
        return counts.build();
    }

    private boolean counts(CategoryId category) {
        Optional<Category> known = taxonomy.find(category);
        if (known.isEmpty()) {
            return false;
        }
        if (design.categories().isEmpty()) {
            return !known.get().context();
        }
        return design.categories().contains(category)
                || design.categories().contains(taxonomy.topLevelOf(category).id());
    }

    private static long[] span(LocalDateRange dates) {
        return new long[] {
            dates.getStart().atStartOfDay(Period.ZONE).toEpochSecond(),
            dates.getEnd().atStartOfDay(Period.ZONE).toEpochSecond()
        };
    }
}

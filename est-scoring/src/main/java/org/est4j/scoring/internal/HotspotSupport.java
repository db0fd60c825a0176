package org.est4j.scoring.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.picture.Hotspot;

/** What the hotspot detectors share: multiple-testing adjustment, ordering and wording. */
final class HotspotSupport {
    /** The adjustments for testing many areas or cells at once. */
    static final List<String> ADJUSTMENTS = List.of("none", "bonferroni", "fdr");

    /** Hottest first: by score, then area, then place name, then the first observation. */
    static final Comparator<Hotspot> HOTTEST_FIRST = Comparator.comparingDouble(Hotspot::score).reversed()
            .thenComparing(Hotspot::area)
            .thenComparing(h -> h.placeName().orElse(""))
            .thenComparing(h -> h.observations().isEmpty() ? "" : h.observations().get(0).value());

    private static final int CATEGORIES_NAMED = 3;

    private HotspotSupport() {}

    /**
     * Adjusts p-values for testing them together.
     *
     * @param p the p-values
     * @param method {@code none}; {@code bonferroni} ({@code min(1, m·p)}); or {@code fdr}, Benjamini and
     *     Hochberg's step-up adjustment ({@code min over j ≥ i of m·p(j)/j}, capped at 1, over the sorted p-values)
     * @return the adjusted p-values, in the order given
     */
    static double[] adjust(double[] p, String method) {
        int m = p.length;
        double[] result = p.clone();
        if (method.equals("bonferroni")) {
            for (int i = 0; i < m; i++) {
                result[i] = Math.min(1.0, p[i] * m);
            }
        } else if (method.equals("fdr")) {
            Integer[] order = new Integer[m];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> p[i]).thenComparingInt(i -> i));
            double running = 1.0;
            for (int rank = m; rank >= 1; rank--) {
                int i = order[rank - 1];
                running = Math.min(running, p[i] * m / rank);
                result[i] = Math.min(1.0, running);
            }
        }
        return result;
    }

    /** Names the commonest top-level categories of some observations, such as {@code Samling 4, Skadegörelse 2}. */
    static String commonest(List<Observation> observations, Words words) {
        Map<CategoryId, Long> counts = new LinkedHashMap<>();
        observations.stream().map(o -> words.topLevel(o.category())).sorted()
                .forEach(c -> counts.merge(c, 1L, Long::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<CategoryId, Long>comparingByValue().reversed())
                .limit(CATEGORIES_NAMED)
                .map(e -> words.category(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** The reason that lists the commonest categories. */
    static String commonestReason(List<Observation> observations, Words words) {
        return words.t("Vanligast: ", "Most common: ") + commonest(observations, words);
    }

    /** The lowest area that holds every observation's area, or the fallback when there is none. */
    static AreaId lowestCommonArea(AreaHierarchy hierarchy, List<Observation> observations, AreaId fallback) {
        Optional<AreaId> common = Optional.empty();
        for (Observation o : observations) {
            if (common.isEmpty()) {
                common = Optional.of(o.area());
            } else {
                common = hierarchy.lowestCommonAncestor(common.get(), o.area()).map(a -> a.id());
                if (common.isEmpty()) {
                    return fallback;
                }
            }
        }
        return common.orElse(fallback);
    }
}

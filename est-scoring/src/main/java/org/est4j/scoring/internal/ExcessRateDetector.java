package org.est4j.scoring.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.est4j.core.Problems;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.HotspotQuery;
import org.est4j.core.spi.HotspotDetectorProvider.HotspotDetector;
import org.est4j.core.spi.PluginConfig;

/**
 * The hotspot detector {@code excess-rate}: sub-areas with more observations than their share of the parent's
 * would give, by a Poisson upper-tail test. See
 * {@link org.est4j.scoring.hotspot.HotspotDetectors#excessRate(PluginConfig)}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class ExcessRateDetector implements HotspotDetector {
    /** The id of the detector. */
    public static final String ID = "excess-rate";
    static final List<String> SHARES = List.of("equal", "leaves", "weights");

    private final double alpha;
    private final long minCount;
    private final String shares;
    private final SortedMap<AreaId, Double> weights;
    private final String adjust;
    private final Words words;

    private ExcessRateDetector(double alpha, long minCount, String shares, SortedMap<AreaId, Double> weights,
            String adjust, Words words) {
        this.alpha = alpha;
        this.minCount = minCount;
        this.shares = shares;
        this.weights = weights;
        this.adjust = adjust;
        this.words = words;
    }

    /**
     * Makes the detector from its settings.
     *
     * @param config {@code alpha}, {@code min-count}, {@code shares}, {@code weight.<area-id>}, {@code adjust},
     *     {@code language}
     * @param taxonomy the taxonomy whose labels the reasons use
     * @return the detector
     * @throws org.est4j.core.ValidationException when a setting is unknown or out of range
     */
    public static ExcessRateDetector of(PluginConfig config, Taxonomy taxonomy) {
        Settings.requireKnownKeys(config, ID, Set.of("alpha", "min-count", "shares", "adjust", Words.KEY),
                Set.of("weight"));
        double alpha = Settings.openRange(config, "alpha", 0.05, 0, 1);
        long minCount = Settings.atLeast(config, "min-count", 3, 1);
        String shares = Settings.choice(config, "shares", "equal", SHARES);
        String adjust = Settings.choice(config, "adjust", "fdr", HotspotSupport.ADJUSTMENTS);
        Problems problems = Problems.of(Settings.SUBJECT);
        SortedMap<AreaId, Double> weights = new TreeMap<>();
        config.withPrefix("weight").forEach((key, value) -> {
            try {
                double w = config.decimal("weight." + key, 0);
                problems.require(w > 0, "weight." + key, "must be a positive number, such as the number of residents",
                        value);
                weights.put(AreaId.of(key), w);
            } catch (ValidationException e) {
                problems.add("weight." + key, "must name an area id and give a positive number", value);
            }
        });
        problems.require(weights.isEmpty() || shares.equals("weights"), "weight.*",
                "is read only with shares=weights", weights.keySet());
        problems.throwIfAny();
        return new ExcessRateDetector(alpha, minCount, shares, Collections.unmodifiableSortedMap(weights), adjust,
                Words.of(config).withTaxonomy(taxonomy));
    }

    @Override
    public List<Hotspot> detect(HotspotQuery query) {
        requireNonNull(query, "query");
        AreaHierarchy hierarchy = query.hierarchy();
        List<AreaId> children = query.childTotals().keySet().stream()
                .filter(c -> !shares.equals("weights") || weights.containsKey(c)).collect(Collectors.toList());
        int m = children.size();
        long sum = children.stream().mapToLong(c -> query.childTotals().get(c)).sum();
        if (m < 2 || sum == 0) {
            return List.of();
        }
        double[] share = shares(hierarchy, children);
        double[] expected = new double[m];
        double[] p = new double[m];
        long[] observed = new long[m];
        for (int i = 0; i < m; i++) {
            observed[i] = query.childTotals().get(children.get(i));
            expected[i] = sum * share[i];
            p[i] = observed[i] == 0 ? 1.0 : observed[i] > Integer.MAX_VALUE ? 0.0
                    : PoissonDistribution.of(expected[i]).survivalProbability((int) (observed[i] - 1));
        }
        double[] adjusted = HotspotSupport.adjust(p, adjust);
        List<Hotspot> hotspots = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            if (observed[i] < minCount || observed[i] <= expected[i] || adjusted[i] >= alpha) {
                continue;
            }
            AreaId child = children.get(i);
            int from = hierarchy.indexOf(child);
            int to = hierarchy.subtreeEnd(from);
            List<Observation> inside = query.observations().stream().filter(o -> {
                int at = hierarchy.indexOf(o.area());
                return at >= from && at < to;
            }).collect(Collectors.toList());
            double ratio = observed[i] / expected[i];
            String name = Words.area(hierarchy, child);
            String test = words.p(p[i]) + words.t(" (Poissons övre svans)", " (Poisson upper tail)")
                    + (adjust.equals("none") ? "" : ", " + words.number(Math.min(adjusted[i], 1), 4)
                    + words.t(" efter " + adjustName(true) + " över " + m + " delområden",
                    " after " + adjustName(false) + " over " + m + " sub-areas"));
            Hotspot.Builder hotspot = Hotspot.builder().area(child).window(query.window()).method(ID).score(ratio)
                    .observations(inside.stream().map(Observation::id).collect(Collectors.toList()))
                    .addReasons(words.observations(observed[i]) + words.t(" i ", " in ") + name + " "
                            + words.window(query.window()) + words.t(" mot väntat ", " against ")
                            + words.number(expected[i], 1) + words.t("", " expected") + " ("
                            + shareWords(share[i], m) + words.t(" av de ", " of the ") + sum
                            + words.t(" i delområdena av ", " in the sub-areas of ")
                            + Words.area(hierarchy, query.area()) + "): " + words.number(ratio, 2)
                            + words.t(" gånger så många; ", " times as many; ") + test);
            hierarchy.find(child).flatMap(a -> a.point()).ifPresent(hotspot::point);
            if (!inside.isEmpty()) {
                hotspot.addReasons(HotspotSupport.commonestReason(inside, words));
            }
            hotspots.add(hotspot.build());
        }
        hotspots.sort(HotspotSupport.HOTTEST_FIRST);
        return List.copyOf(hotspots);
    }

    private String adjustName(boolean swedish) {
        if (adjust.equals("bonferroni")) {
            return "Bonferroni";
        }
        return swedish ? "FDR-justering (Benjamini–Hochberg)" : "FDR adjustment (Benjamini–Hochberg)";
    }

    private String shareWords(double share, int m) {
        if (shares.equals("equal")) {
            return words.t("en lika stor andel, 1/" + m + ",", "an equal share, 1/" + m + ",");
        }
        return words.t("andelen " + words.percent(share), "a share of " + words.percent(share));
    }

    private double[] shares(AreaHierarchy hierarchy, List<AreaId> children) {
        int m = children.size();
        double[] w = new double[m];
        for (int i = 0; i < m; i++) {
            AreaId child = children.get(i);
            switch (shares) {
                case "leaves":
                    int index = hierarchy.indexOf(child);
                    int leaves = 0;
                    for (int j = index; j < hierarchy.subtreeEnd(index); j++) {
                        if (hierarchy.subtreeEnd(j) == j + 1) {
                            leaves++;
                        }
                    }
                    w[i] = leaves;
                    break;
                case "weights":
                    w[i] = weights.get(child);
                    break;
                default:
                    w[i] = 1;
                    break;
            }
        }
        double total = 0;
        for (double v : w) {
            total += v;
        }
        for (int i = 0; i < m; i++) {
            w[i] /= total;
        }
        return w;
    }

    /** Returns {@code HotspotDetector excess-rate (alpha 0.05, min-count 3, shares equal, adjust fdr)}. */
    @Override
    public String toString() {
        return "HotspotDetector " + ID + " (alpha " + alpha + ", min-count " + minCount + ", shares " + shares
                + (weights.isEmpty() ? "" : " " + weights) + ", adjust " + adjust + ")";
    }
}

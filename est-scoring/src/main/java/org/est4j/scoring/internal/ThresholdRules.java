package org.est4j.scoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.est4j.core.Problems;
import org.est4j.core.ValidationException;
import org.est4j.core.assessment.Scale;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.spi.PluginConfig;

/**
 * Per-category count thresholds, read from a configuration, and the level they give a picture on any scale. See
 * {@link org.est4j.scoring.assessment.AssessmentModels} for the format, the defaults and the rules.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class ThresholdRules {
    /** The key of the threshold on all problem categories together. */
    public static final String TOTAL = "total";
    /** The prefix of the threshold keys. */
    static final String PREFIX = "threshold";
    /** The keys besides the thresholds. */
    static final Set<String> KEYS = Set.of("per-days", "use-defaults", "context", Words.KEY);
    /** The default length in days that thresholds are counts per. */
    static final int DEFAULT_PER_DAYS = 7;

    private static final Map<String, long[]> DEFAULTS = defaults();

    private final Map<String, long[]> thresholds;
    private final Map<String, CategoryId> categories = new TreeMap<>();
    private final SortedSet<CategoryId> context;
    private final int perDays;
    private final Words words;

    private ThresholdRules(Map<String, long[]> thresholds, SortedSet<CategoryId> context, int perDays, Words words) {
        this.thresholds = thresholds;
        thresholds.keySet().stream().filter(k -> !k.equals(TOTAL)).forEach(k -> categories.put(k, CategoryId.of(k)));
        this.context = context;
        this.perDays = perDays;
        this.words = words;
    }

    private static Map<String, long[]> defaults() {
        Map<String, long[]> d = new LinkedHashMap<>();
        d.put("disorder-violence", new long[] {1, 2, 4, 6});
        d.put("staff-incident", new long[] {1, 2, 4, 6});
        d.put("drugs", new long[] {1, 3, 5, 8});
        d.put("gathering", new long[] {2, 4, 7, 10});
        d.put("social-media-rumour", new long[] {2, 4, 7, 10});
        d.put("property-damage", new long[] {3, 6, 10, 15});
        d.put("traffic", new long[] {3, 6, 10, 15});
        d.put("unsafe-place", new long[] {3, 6, 10, 15});
        d.put("other", new long[] {3, 6, 10, 15});
        d.put("littering", new long[] {5, 10, 15, 25});
        d.put(TOTAL, new long[] {5, 10, 20, 30});
        return Collections.unmodifiableMap(d);
    }

    /**
     * Returns the default thresholds, per 7 days.
     *
     * @return thresholds by key (a category id or {@value #TOTAL}), sorted by key
     */
    public static SortedMap<String, List<Long>> defaultThresholds() {
        SortedMap<String, List<Long>> copy = new TreeMap<>();
        DEFAULTS.forEach((k, v) -> copy.put(k, Arrays.stream(v).boxed().collect(Collectors.toUnmodifiableList())));
        return Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Reads the thresholds of a configuration.
     *
     * @param config the settings: {@code threshold.*}, {@code use-defaults}, {@code per-days}, {@code context},
     *     {@code language}
     * @param taxonomy the taxonomy whose labels the reasons use and whose context categories are context
     * @return the rules
     * @throws ValidationException listing every setting that is not valid
     */
    public static ThresholdRules of(PluginConfig config, Taxonomy taxonomy) {
        Words words = Words.of(config).withTaxonomy(taxonomy);
        Problems problems = Problems.of(Settings.SUBJECT);
        SortedSet<CategoryId> context = new TreeSet<>();
        for (String id : config.string("context", "planned-event").split(",", -1)) {
            if (id.isBlank() && config.string("context", "").isBlank()) {
                continue;
            }
            try {
                context.add(CategoryId.of(id.trim()));
            } catch (ValidationException e) {
                problems.add("context", "must be category ids separated by commas, such as planned-event", id);
            }
        }
        taxonomy.categories().stream().filter(Category::context).map(Category::id).forEach(context::add);
        long perDays = config.integer("per-days", DEFAULT_PER_DAYS);
        problems.require(perDays >= 0 && perDays <= 366, "per-days",
                "must be 0 (thresholds apply to each period as it is) to 366 days", perDays);
        boolean useDefaults = config.bool("use-defaults", true);
        Map<String, long[]> given = new TreeMap<>();
        config.withPrefix(PREFIX).forEach((key, value) -> {
            String path = PREFIX + "." + key;
            long[] values = Settings.ascendingCounts(path, value, problems);
            boolean valid = true;
            if (!key.equals(TOTAL)) {
                try {
                    CategoryId id = CategoryId.of(key);
                    if (isContext(id, context, taxonomy)) {
                        problems.add(path, "is a context category, which never raises a level: remove the threshold"
                                + " (context is " + context + ")", value);
                        valid = false;
                    }
                } catch (ValidationException e) {
                    problems.add(path, "must name a category id or " + TOTAL, key);
                    valid = false;
                }
            }
            if (values != null && valid) {
                given.put(key, values);
            }
        });
        problems.throwIfAny();
        Map<String, long[]> thresholds = new TreeMap<>();
        if (useDefaults) {
            DEFAULTS.forEach((key, values) -> {
                if (key.equals(TOTAL) || !isContext(CategoryId.of(key), context, taxonomy)) {
                    thresholds.put(key, values);
                }
            });
        }
        thresholds.putAll(given);
        Problems.of(Settings.SUBJECT).require(!thresholds.isEmpty(), PREFIX + ".*",
                "must give at least one threshold when use-defaults is false", null).throwIfAny();
        return new ThresholdRules(Collections.unmodifiableMap(thresholds), Collections.unmodifiableSortedSet(context),
                (int) perDays, words);
    }

    private static boolean isContext(CategoryId id, Set<CategoryId> context, Taxonomy taxonomy) {
        if (context.contains(id)) {
            return true;
        }
        if (taxonomy.contains(id)) {
            return taxonomy.get(id).context() || context.contains(taxonomy.topLevelOf(id).id());
        }
        int dot = id.value().indexOf('.');
        return dot > 0 && context.contains(CategoryId.of(id.value().substring(0, dot)));
    }

    /**
     * Returns the words of the reasons.
     *
     * @return the words
     */
    public Words words() {
        return words;
    }

    /**
     * Returns the context categories.
     *
     * @return sorted ids
     */
    public SortedSet<CategoryId> context() {
        return context;
    }

    /**
     * Returns the thresholds in force.
     *
     * @return thresholds by key, sorted by key
     */
    public Map<String, long[]> thresholds() {
        return thresholds;
    }

    /**
     * Maps a step on a ladder of {@code steps} cut points (so {@code steps + 1} bands, step 0 being below the first
     * cut point) to a rank on a scale of {@code size} levels. Step 0 (nothing reached) is the lowest level and the
     * last step (every cut point reached) the highest; a step between takes the level at the middle of its band:
     *
     * <pre>
     *   rank = floor((2·step + 1) · size / (2·(steps + 1))) + 1
     * </pre>
     * With {@code steps = size − 1} the mapping is one to one ({@code rank = step + 1}). It never decreases as the
     * step grows.
     *
     * @param step 0 to {@code steps}
     * @param steps the number of cut points, 1 or more
     * @param size the number of levels of the scale, 2 or more
     * @return 1 to {@code size}
     */
    public static int rank(int step, int steps, int size) {
        if (step <= 0) {
            return 1;
        }
        if (step >= steps) {
            return size;
        }
        long r = ((2L * step + 1) * size) / (2L * (steps + 1)) + 1;
        return (int) Math.max(1, Math.min(size, r));
    }

    /** One threshold reached: the key, its count, the cut point reached and the level it gives. */
    record Hit(String key, long count, int step, int steps, long threshold, int rank) {}

    /**
     * Finds the thresholds a picture reaches.
     *
     * @param picture the picture
     * @param scale the scale
     * @return every key that reached at least its first threshold, highest rank first, then highest count, then key
     */
    List<Hit> hits(SituationPicture picture, Scale scale) {
        int days = picture.period().lengthInDays();
        List<Hit> hits = new ArrayList<>();
        thresholds.forEach((key, values) -> {
            long count = key.equals(TOTAL) ? picture.problemTotal() : picture.count(categories.get(key));
            int step = 0;
            long reached = 0;
            for (long t : values) {
                long scaled = scaled(t, days);
                if (count >= scaled) {
                    step++;
                    reached = scaled;
                }
            }
            if (step > 0) {
                hits.add(new Hit(key, count, step, values.length, reached, rank(step, values.length, scale.size())));
            }
        });
        hits.sort(Comparator.comparingInt(Hit::rank).reversed().thenComparing(Comparator.comparingLong(Hit::count)
                .reversed()).thenComparing(Hit::key));
        return hits;
    }

    /** Scales a threshold per {@code perDays} days to a period of {@code days} days, rounding up. */
    long scaled(long threshold, int days) {
        if (perDays == 0 || days == perDays) {
            return threshold;
        }
        return Math.max(1, Math.floorDiv(threshold * days + perDays - 1, perDays));
    }

    /**
     * Suggests the threshold level of a picture, with the reasons.
     *
     * @param picture the picture
     * @param scale the scale
     * @param history earlier pictures, oldest first, for "up from" figures
     * @return the rank and the reasons
     */
    Suggestion suggest(SituationPicture picture, Scale scale, List<SituationPicture> history) {
        List<Hit> hits = hits(picture, scale);
        int rank = hits.stream().mapToInt(Hit::rank).max().orElse(1);
        List<String> reasons = new ArrayList<>();
        SituationPicture last = history.isEmpty() ? null : history.get(history.size() - 1);
        for (Hit hit : hits) {
            reasons.add(label(hit.key()) + ": " + words.observations(hit.count()) + change(hit.key(), hit.count(), last)
                    + " " + words.t("når tröskel " + hit.step() + " av " + hit.steps(),
                    "reach threshold " + hit.step() + " of " + hit.steps()) + " (" + hit.threshold() + "): "
                    + words.level(scale.levelAtRank(hit.rank())));
        }
        if (hits.isEmpty()) {
            reasons.add(words.t("Ingen kategori når någon tröskel (", "No category reaches a threshold (")
                    + words.observations(picture.problemTotal())
                    + words.t(" i problemkategorier)", " in problem categories)") + ": "
                    + words.level(scale.lowest()));
        }
        int days = picture.period().lengthInDays();
        if (perDays != 0 && days != perDays) {
            reasons.add(words.t("Trösklarna gäller per " + perDays + " dagar och är uppräknade till periodens "
                            + days + " dagar (" + words.period(picture.period()) + ")",
                    "Thresholds are per " + perDays + " days, scaled to the " + days + " days of "
                            + words.period(picture.period())));
        }
        return new Suggestion(rank, reasons);
    }

    private String label(String key) {
        return key.equals(TOTAL) ? words.t("Alla problemkategorier", "All problem categories")
                : words.category(categories.get(key));
    }

    private String change(String key, long count, SituationPicture last) {
        if (last == null) {
            return "";
        }
        long before = key.equals(TOTAL) ? last.problemTotal() : last.count(categories.get(key));
        String when = words.period(last.period());
        if (before < count) {
            return words.t(" (upp från " + before + " " + when + ")", " (up from " + before + " in " + when + ")");
        } else if (before > count) {
            return words.t(" (ner från " + before + " " + when + ")", " (down from " + before + " in " + when + ")");
        }
        return words.t(" (lika många " + when + ")", " (as many in " + when + ")");
    }

    /** Returns the thresholds, such as {@code ThresholdRules{per 7 days; drugs=[1, 3, 5, 8], …}}. */
    @Override
    public String toString() {
        return "ThresholdRules{per " + (perDays == 0 ? "period" : perDays + " days") + "; context " + context + "; "
                + thresholds.entrySet().stream().map(e -> e.getKey() + "=" + Arrays.toString(e.getValue()))
                .collect(Collectors.joining(", ")) + "}";
    }
}

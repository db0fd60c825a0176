package org.est4j.scoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.est4j.core.Problems;
import org.est4j.core.assessment.Scale;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.spi.PluginConfig;

/**
 * The assessment model {@code weighted-index}: the harm-weighted score against the area's own history, as a
 * z-score with a floor on the spread for small counts; the threshold model when the history is too short. See
 * {@link org.est4j.scoring.assessment.AssessmentModels#weightedIndex(PluginConfig)}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class WeightedIndexModel extends BaseAssessmentModel {
    /** The id of the model. */
    public static final String ID = "weighted-index";
    /** The default number of earlier periods needed to calibrate. */
    public static final int DEFAULT_MIN_HISTORY = 8;
    /** The default cut points on the z-score. */
    static final String DEFAULT_Z_CUTS = "1,2,3,4";
    private static final int CATEGORIES_NAMED = 3;

    private final ThresholdRules fallback;
    private final int minHistory;
    private final double[] cuts;

    private WeightedIndexModel(ThresholdRules fallback, int minHistory, double[] cuts) {
        super(ID, fallback.words());
        this.fallback = fallback;
        this.minHistory = minHistory;
        this.cuts = cuts;
    }

    /**
     * Makes the model from its settings.
     *
     * @param config the settings
     * @param taxonomy the taxonomy for labels and context categories
     * @return the model
     * @throws org.est4j.core.ValidationException when a setting is unknown or not valid
     */
    public static WeightedIndexModel of(PluginConfig config, Taxonomy taxonomy) {
        Set<String> keys = new HashSet<>(ThresholdRules.KEYS);
        keys.addAll(Set.of("min-history", "z-cuts"));
        Settings.requireKnownKeys(config, ID, keys, Set.of(ThresholdRules.PREFIX));
        long minHistory = config.integer("min-history", DEFAULT_MIN_HISTORY);
        Problems problems = Problems.of(Settings.SUBJECT)
                .require(minHistory >= 2 && minHistory <= 1000, "min-history",
                        "must be 2 to 1000 earlier periods (a spread needs at least two)", minHistory);
        double[] cuts = Settings.ascendingDecimals("z-cuts", config.string("z-cuts", DEFAULT_Z_CUTS), problems);
        problems.throwIfAny();
        return new WeightedIndexModel(ThresholdRules.of(config, taxonomy), (int) minHistory, cuts);
    }

    @Override
    Suggestion suggest(SituationPicture picture, Scale scale, List<SituationPicture> history) {
        if (history.size() < minHistory) {
            Suggestion thresholds = fallback.suggest(picture, scale, history);
            List<String> reasons = new ArrayList<>();
            String earlier = words.count(history.size(), "tidigare period", "tidigare perioder", "earlier period",
                    "earlier periods");
            reasons.add(words.t("Bara " + earlier + " (" + minHistory
                            + " behövs för att kalibrera indexet mot områdets historik): tröskelmodellen avgör",
                    "Only " + earlier + " (" + minHistory + " are needed to calibrate the index"
                            + " against the area's history): the threshold model decides"));
            reasons.addAll(thresholds.reasons());
            return new Suggestion(thresholds.rank(), reasons);
        }
        double days = picture.period().lengthInDays();
        double[] rates = history.stream().mapToDouble(h -> h.harmScore() / h.period().lengthInDays()).toArray();
        double meanRate = Arrays.stream(rates).sum() / rates.length;
        double squares = Arrays.stream(rates).map(r -> (r - meanRate) * (r - meanRate)).sum();
        double expected = meanRate * days;
        double spread = Math.sqrt(squares / (rates.length - 1)) * days;
        double harm = picture.harmScore() + history.stream().mapToDouble(SituationPicture::harmScore).sum();
        long observations = picture.problemTotal() + history.stream().mapToLong(SituationPicture::problemTotal).sum();
        double weight = observations > 0 ? harm / observations : 1.0;
        double chance = Math.sqrt(weight * Math.max(expected, weight));
        double effective = Math.max(spread, chance);
        double z = effective > 0 ? (picture.harmScore() - expected) / effective : 0.0;
        int step = 0;
        for (double cut : cuts) {
            if (z >= cut) {
                step++;
            }
        }
        int rank = ThresholdRules.rank(step, cuts.length, scale.size());
        List<String> reasons = new ArrayList<>();
        String cutList = Arrays.stream(cuts).mapToObj(c -> words.number(c, c == Math.rint(c) ? 0 : 2))
                .collect(Collectors.joining("; "));
        reasons.add(words.t("Skadeviktat värde " + words.number(picture.harmScore(), 1) + " mot väntat "
                        + words.number(expected, 1) + " utifrån " + history.size() + " tidigare perioder (spridning "
                        + words.number(effective, 1) + "): z = " + words.number(z, 2) + " når " + step + " av "
                        + cuts.length + " gränser (" + cutList + "): " + words.level(scale.levelAtRank(rank)),
                "Harm score " + words.number(picture.harmScore(), 1) + " against " + words.number(expected, 1)
                        + " expected from " + history.size() + " earlier periods (spread "
                        + words.number(effective, 1) + "): z = " + words.number(z, 2) + " reaches " + step + " of "
                        + cuts.length + " cut points (" + cutList + "): " + words.level(scale.levelAtRank(rank))));
        if (chance > spread) {
            reasons.add(words.t("Spridningen räknas som minst den slumpen ger viktade antal av den här storleken ("
                            + words.number(chance, 1) + " mot historikens " + words.number(spread, 1) + ")",
                    "The spread is taken as at least what chance gives weighted counts of this size ("
                            + words.number(chance, 1) + " against the history's " + words.number(spread, 1) + ")"));
        }
        String largest = largest(picture);
        if (!largest.isEmpty()) {
            reasons.add(words.t("Störst: ", "Largest: ") + largest);
        }
        return new Suggestion(rank, reasons);
    }

    private String largest(SituationPicture picture) {
        return picture.countsByTopLevel().entrySet().stream()
                .filter(e -> !fallback.context().contains(e.getKey()))
                .sorted(Comparator.comparing(Map.Entry<CategoryId, Long>::getValue).reversed())
                .limit(CATEGORIES_NAMED)
                .map(e -> words.category(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** Returns {@code AssessmentModel weighted-index (min-history 8, z-cuts [1.0, 2.0, 3.0, 4.0]; fallback …)}. */
    @Override
    public String toString() {
        return "AssessmentModel " + ID + " (min-history " + minHistory + ", z-cuts " + Arrays.toString(cuts)
                + "; fallback " + fallback + ")";
    }
}

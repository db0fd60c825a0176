package org.est4j.scoring.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.est4j.core.assessment.Scale;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.picture.Trend;
import org.est4j.core.spi.PluginConfig;

/**
 * The assessment model {@code trend-aware}: the threshold level, moved one level up on a significant rise and one
 * down on a significant fall of the picture's trend. See
 * {@link org.est4j.scoring.assessment.AssessmentModels#trendAware(PluginConfig)}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class TrendAwareModel extends BaseAssessmentModel {
    /** The id of the model. */
    public static final String ID = "trend-aware";
    /** The comparison settings, as written in the configuration. */
    static final List<String> COMPARISONS = List.of("previous-periods", "same-period-last-year", "any");

    /** Re-tests a rise without the context observations that the trend counted. */
    private static final PoissonExactTrendTest RETEST = PoissonExactTrendTest.of(PluginConfig.empty());

    private final ThresholdRules rules;
    private final List<Trend.Comparison> comparisons;
    private final String comparison;

    private TrendAwareModel(ThresholdRules rules, String comparison) {
        super(ID, rules.words());
        this.rules = rules;
        this.comparison = comparison;
        this.comparisons = comparison.equals("any")
                ? List.of(Trend.Comparison.PREVIOUS_PERIODS, Trend.Comparison.SAME_PERIOD_LAST_YEAR)
                : List.of(comparison.equals("previous-periods") ? Trend.Comparison.PREVIOUS_PERIODS
                        : Trend.Comparison.SAME_PERIOD_LAST_YEAR);
    }

    /**
     * Makes the model from its settings.
     *
     * @param config the settings
     * @param taxonomy the taxonomy for labels and context categories
     * @return the model
     * @throws org.est4j.core.ValidationException when a setting is unknown or not valid
     */
    public static TrendAwareModel of(PluginConfig config, Taxonomy taxonomy) {
        Set<String> keys = new HashSet<>(ThresholdRules.KEYS);
        keys.add("comparison");
        Settings.requireKnownKeys(config, ID, keys, Set.of(ThresholdRules.PREFIX));
        String comparison = Settings.choice(config, "comparison", "previous-periods", COMPARISONS);
        return new TrendAwareModel(ThresholdRules.of(config, taxonomy), comparison);
    }

    @Override
    Suggestion suggest(SituationPicture picture, Scale scale, List<SituationPicture> history) {
        Suggestion base = rules.suggest(picture, scale, history);
        List<String> reasons = new ArrayList<>(base.reasons());
        boolean rising = false;
        boolean falling = false;
        for (Trend.Comparison c : comparisons) {
            Optional<Trend> found = picture.trend(c);
            if (found.isEmpty()) {
                reasons.add(words.t("Ingen trend beräknad ", "No trend was computed ") + against(c, 0));
                continue;
            }
            Trend trend = found.get();
            Trend.Direction direction = trend.direction();
            String figures = ": " + trend.current() + words.t(" mot väntat ", " against ")
                    + words.number(trend.expected(), 1) + words.t("", " expected")
                    + (trend.pValue().isPresent() ? " (" + words.p(trend.pValue().getAsDouble()) + ")" : "");
            String head;
            switch (direction) {
                case RISING:
                    head = words.t("Ökning ", "Rising ");
                    break;
                case FALLING:
                    head = words.t("Minskning ", "Falling ");
                    break;
                case STABLE:
                    head = words.t("Stabilt ", "Stable ");
                    break;
                default:
                    head = words.t("För lite underlag för en trend ", "Too little data for a trend ");
                    break;
            }
            reasons.add(head + against(c, trend.baselinePeriods()) + figures);
            if (direction == Trend.Direction.RISING && picture.contextTotal() > 0
                    && trend.current() > picture.problemTotal()) {
                Trend without = RETEST.test(c, picture.problemTotal(), trend.currentExposureDays(),
                        trend.baselineTotal(), trend.baselinePeriods(), trend.baselineExposureDays());
                if (without.direction() != Trend.Direction.RISING) {
                    reasons.add(words.t("Ökningen räknar med " + (trend.current() - picture.problemTotal())
                                    + " iakttagelser som är sammanhang; utan dem är den inte säker",
                            "The rise counts " + (trend.current() - picture.problemTotal())
                                    + " context observations; without them it is not significant"));
                    direction = without.direction();
                }
            }
            rising |= direction == Trend.Direction.RISING;
            falling |= direction == Trend.Direction.FALLING;
        }
        int rank = base.rank();
        String from = words.level(scale.levelAtRank(rank));
        if (rising && falling) {
            reasons.add(words.t("Trenderna går åt olika håll: nivån flyttas inte",
                    "The trends point different ways: the level is not moved"));
        } else if (rising) {
            if (rank < scale.size()) {
                rank++;
                reasons.add(words.t("En nivå upp från " + from + " till " + words.level(scale.levelAtRank(rank))
                        + " på grund av ökningen", "Up one level from " + from + " to "
                        + words.level(scale.levelAtRank(rank)) + " because of the rise"));
            } else {
                reasons.add(words.t("Redan på den högsta nivån, " + from, "Already at the highest level, " + from));
            }
        } else if (falling) {
            if (picture.hasLowCoverage()) {
                reasons.add(words.t("Minskningen sänker inte nivån eftersom täckningen är låg: tystnad är inte lugn",
                        "The fall does not lower the level because coverage is low: silence is not calm"));
            } else if (rank > 1) {
                rank--;
                reasons.add(words.t("En nivå ner från " + from + " till " + words.level(scale.levelAtRank(rank))
                        + " på grund av minskningen", "Down one level from " + from + " to "
                        + words.level(scale.levelAtRank(rank)) + " because of the fall"));
            } else {
                reasons.add(words.t("Redan på den lägsta nivån, " + from, "Already at the lowest level, " + from));
            }
        } else {
            reasons.add(words.t("Ingen säker ökning eller minskning: nivån flyttas inte",
                    "No significant rise or fall: the level is not moved"));
        }
        return new Suggestion(rank, reasons);
    }

    private String against(Trend.Comparison c, int periods) {
        if (c == Trend.Comparison.SAME_PERIOD_LAST_YEAR) {
            return words.t("mot samma period förra året", "against the same period last year");
        }
        if (periods == 0) {
            return words.t("mot föregående perioder", "against the previous periods");
        }
        return periods == 1 ? words.t("mot föregående period", "against the previous period")
                : words.t("mot de " + periods + " föregående perioderna", "against the previous " + periods + " periods");
    }

    /** Returns {@code AssessmentModel trend-aware (previous-periods; ThresholdRules{…})}. */
    @Override
    public String toString() {
        return "AssessmentModel " + ID + " (" + comparison + "; " + rules + ")";
    }
}

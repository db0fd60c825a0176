package org.est4j.scoring.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.est4j.core.area.AreaId;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.Coverage;
import org.est4j.core.picture.HarmWeights;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.picture.Trend;
import org.est4j.core.time.Period;
import org.est4j.scoring.trend.TrendTests;

/**
 * Pictures for tests, built by hand as a compiler would: counts per top-level category of the standard taxonomy
 * adding up to the total, the context count, and the harm score by the standard harm weights.
 */
public final class TestPictures {
    /** The area of every test picture. */
    public static final AreaId AREA = AreaId.of("norrtalje/centrum");

    private TestPictures() {}

    /**
     * Returns week {@code w} of 2026.
     *
     * @param w the week number
     * @return the period
     */
    public static Period week(int w) {
        return Period.week(2026, w);
    }

    /**
     * Starts a picture of the area with counts per top-level category.
     *
     * @param period the period
     * @param pairs category id, count, category id, count, …
     * @return a builder to add coverage, trends and hotspots to
     */
    public static SituationPicture.Builder picture(Period period, Object... pairs) {
        Map<CategoryId, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            long n = ((Number) pairs[i + 1]).longValue();
            if (n > 0) {
                counts.merge(CategoryId.of((String) pairs[i]), n, Long::sum);
            }
        }
        return picture(period, counts);
    }

    /**
     * Starts a picture of the area with counts per top-level category.
     *
     * @param period the period
     * @param counts positive counts by top-level category of the standard taxonomy
     * @return a builder
     */
    public static SituationPicture.Builder picture(Period period, Map<CategoryId, Long> counts) {
        Taxonomy taxonomy = Taxonomy.standard();
        long total = 0;
        long context = 0;
        double harm = 0;
        Map<CategoryId, Long> ordered = new LinkedHashMap<>();
        for (var category : taxonomy.topLevel()) {
            long n = counts.getOrDefault(category.id(), 0L);
            if (n > 0) {
                ordered.put(category.id(), n);
                total += n;
                context += category.context() ? n : 0;
                harm += n * HarmWeights.standard().weight(category);
            }
        }
        return SituationPicture.builder().area(AREA).period(period).total(total).ownTotal(total).contextTotal(context)
                .harmScore(harm).countsByTopLevel(ordered);
    }

    /**
     * Returns a coverage of the area.
     *
     * @param expected reporters expected
     * @param answered reporters who answered
     * @return the coverage, low below 70 %
     */
    public static Coverage coverage(int expected, int answered) {
        List<ReporterId> silent = new ArrayList<>();
        for (int i = 0; i < expected - answered; i++) {
            silent.add(ReporterId.of("r-" + (100 + i)));
        }
        return Coverage.builder().area(AREA).expected(expected).answered(answered).silentReporters(silent)
                .threshold(0.7).build();
    }

    /**
     * Returns a trend made by the built-in exact test, of a week against the weeks before.
     *
     * @param current the week's count
     * @param baseline the count over the weeks before
     * @param weeks how many weeks before
     * @return the trend
     */
    public static Trend trend(long current, long baseline, int weeks) {
        return TrendTests.poissonExact().test(Trend.Comparison.PREVIOUS_PERIODS, current, 7, baseline, weeks, 7.0 * weeks);
    }

    /**
     * Returns a trend made by the built-in exact test, of a week against the same week last year.
     *
     * @param current the week's count
     * @param lastYear the count a year earlier
     * @return the trend
     */
    public static Trend yearTrend(long current, long lastYear) {
        return TrendTests.poissonExact().test(Trend.Comparison.SAME_PERIOD_LAST_YEAR, current, 7, lastYear, 1, 7);
    }

    /**
     * Returns a picture with only a harm score and problem count, for the weighted index.
     *
     * @param period the period
     * @param harm the harm score
     * @param observations the problem observations (property damage)
     * @return the picture
     */
    public static SituationPicture harm(Period period, double harm, long observations) {
        return picture(period, "property-damage", observations).harmScore(harm).build();
    }
}

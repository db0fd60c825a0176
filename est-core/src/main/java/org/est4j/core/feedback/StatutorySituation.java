package org.est4j.core.feedback;

import java.util.List;
import java.util.OptionalDouble;
import java.util.SortedSet;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.disclosure.SuppressedTable;
import org.est4j.core.time.Period;
import org.immutables.value.Value;

/**
 * The <i>lägesbild</i> of Lag 2023:196, § 4, for one year: (1) a mapping of crime and insecurity, its extent and
 * consequences, (2) other information of importance, and (3) an analysis of both, built from the observations the
 * audience may see.
 *
 * <h2>Linked tables</h2>
 * The tables of the mapping break down the same observations, so they share totals: the year's count of each
 * category is a column total of {@link #extent()} and a row total of {@link #development()} and
 * {@link #consequences()}. A total hidden in one table and shown in another would undo the first table's
 * protection. So {@code development} and {@code consequences} hold only the categories whose totals
 * {@code extent} shows and which their own suppression leaves shown too: every category total published is
 * published everywhere it appears. The others are left out of those two tables (their sum is the total of
 * {@code extent} minus theirs, which {@code extent} already gives). {@link #history()} holds earlier years only,
 * which overlap nothing.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatutorySituation {
    StatutorySituation() {}

    // ------------------------------------------------------------------------------ (1) mapping

    /**
     * Returns the top-level categories: the columns of {@link #extent()}, with their labels.
     *
     * @return in the taxonomy's order
     */
    public abstract List<Category> categories();

    /**
     * Returns the extent: the year's observations by area (rolled up the hierarchy) and top-level category.
     *
     * @return suppressed for the policy's minimum count
     */
    public abstract SuppressedTable<AreaId, CategoryId> extent();

    /**
     * Returns the development over the year: the observations of each category by quarter.
     *
     * @return suppressed; only categories whose totals are shown in every table (see the class comment)
     */
    public abstract SuppressedTable<CategoryId, Period> development();

    /**
     * Returns the consequences as the reporters judged them: the observations of each category by severity.
     *
     * @return suppressed; only categories whose totals are shown in every table (see the class comment)
     */
    public abstract SuppressedTable<CategoryId, Severity> consequences();

    /**
     * Returns the totals of earlier years by area, oldest first; years before the earliest observation are left
     * out.
     *
     * @return suppressed for the policy's minimum count
     */
    public abstract SuppressedTable<AreaId, Period> history();

    /**
     * Returns the areas with the level that holds at the end of the year, the trend against the year before and
     * the hotspots of the year.
     *
     * @return in the hierarchy's pre-order
     */
    public abstract List<AreaRow> areas();

    // ------------------------------------------------------------------------------ (2) other information

    /**
     * Returns where the observations shown came from.
     *
     * @return in the order of {@link Source}
     */
    @Value.NaturalOrder
    public abstract SortedSet<Source> sources();

    /**
     * Returns how many reporting rounds were held in the year.
     *
     * @return 0 or more
     */
    public abstract int rounds();

    /**
     * Returns the share of expected answers that came in over the year's rounds.
     *
     * @return from 0 to 1, or empty when no round expected anyone
     */
    public abstract OptionalDouble responseRate();

    /**
     * Returns other information of importance: coverage, context, what is left out.
     *
     * @return sentences in the report's language
     */
    public abstract List<String> otherInformation();

    // ------------------------------------------------------------------------------ (3) analysis

    /**
     * Returns the analysis in sentences: trends, the areas of greatest concern, and, where the policy suppresses
     * nothing, the patterns in season, weekday, time of day and darkness.
     *
     * @return sentences in the report's language
     */
    public abstract List<String> analysis();

    /**
     * Returns the focus areas of the year's analysis periods.
     *
     * @return by period, then rank
     */
    public abstract List<FocusArea> focusAreas();

    /**
     * Returns the group's cause analyses the policy allows.
     *
     * @return by period, then area
     */
    public abstract List<CauseSummary> causeAnalyses();

    /**
     * Returns the annual analysis: which of the plan's measures were followed by change.
     *
     * @return by measure id
     */
    public abstract List<MeasureEffectRow> effects();

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link StatutorySituation}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableStatutorySituation.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems.of("StatutorySituation")
                .requirePresent(extent(), "extent")
                .requirePresent(development(), "development")
                .requirePresent(consequences(), "consequences")
                .requirePresent(history(), "history")
                .require(rounds() >= 0, "rounds", "must not be negative", rounds())
                .require(responseRate().orElse(0) >= 0 && responseRate().orElse(0) <= 1, "responseRate",
                        "must be from 0 to 1", responseRate().orElse(0))
                .throwIfAny();
    }

    /** Returns {@code Lägesbild: 50 areas, 12 categories, 2 focus areas, 3 effects}. */
    @Override
    public String toString() {
        return "Lägesbild: " + areas().size() + " areas, " + categories().size() + " categories, " + focusAreas().size()
                + " focus areas, " + effects().size() + " effects";
    }
}

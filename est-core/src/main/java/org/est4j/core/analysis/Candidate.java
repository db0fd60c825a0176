package org.est4j.core.analysis;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.est4j.core.Decision;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.picture.Trend;
import org.est4j.core.time.Period;
import org.immutables.value.Value;

/**
 * One area put forward for prioritisation: its pictures over the period, its assessment (the level on the
 * group's scale) and the group's judgement of its possibility to influence, with who judged and why.
 *
 * <p>The pictures are either the aggregate picture of the period (one picture of a quarter or tertial) or the
 * pictures of the rounds in it (13 weeks, 3 or 4 months). They must not overlap, so that nothing is counted twice;
 * they are kept in period order. {@link #harm()} sums their harm scores; {@link #trend(Trend.Comparison)} reads the
 * latest picture's trend.
 *
 * <pre>{@code
 * Candidate c = Candidate.of(assessment,
 *         Decision.of(Influence.of(4), "operativa gruppen", "the housing company can act", LocalDate.of(2026, 12, 18)),
 *         weeklyPictures);
 * }</pre>
 *
 * <p>Rules, all checked at once by the builder: area, assessment and influence are given; there is at least one
 * picture; the assessment and every picture are of the candidate's area; no two pictures share a day. That the
 * pictures and the assessment lie in the prioritised period, and that the level is one of the scale's, is checked
 * by the {@link Prioritisation}, which knows the period and the scale.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Candidate {
    Candidate() {}

    /**
     * Returns the area.
     *
     * @return never null
     */
    public abstract AreaId area();

    /**
     * Returns the area's pictures over the period, in period order.
     *
     * @return at least one picture, no two of which share a day
     */
    public abstract List<SituationPicture> pictures();

    /**
     * Returns the area's assessment: the level on the group's scale that counts for the period.
     *
     * @return never null
     */
    public abstract Assessment assessment();

    /**
     * Returns the group's judgement of its possibility to influence the area's problems, with who judged, why and
     * when.
     *
     * @return never null
     */
    public abstract Decision<Influence> influence();

    /**
     * Returns the latest picture: the aggregate picture, or the last round's.
     *
     * @return the picture of the latest period
     */
    public SituationPicture latest() {
        return pictures().get(pictures().size() - 1);
    }

    /**
     * Returns the harm over the period: the sum of the pictures' harm scores.
     *
     * @return 0 or more
     */
    public double harm() {
        double sum = 0;
        for (SituationPicture p : pictures()) {
            sum += p.harmScore();
        }
        return sum;
    }

    /**
     * Returns the trend that counts for prioritisation: the latest picture's trend of the comparison asked for, or,
     * when it has none, of the other comparison.
     *
     * @param preferred the comparison wanted
     * @return the trend, or empty when the latest picture has none
     */
    public Optional<Trend> trend(Trend.Comparison preferred) {
        requireNonNull(preferred, "preferred");
        SituationPicture latest = latest();
        Optional<Trend> trend = latest.trend(preferred);
        return trend.isPresent() ? trend : latest.trends().stream().findFirst();
    }

    /**
     * Returns a candidate of the assessment's area.
     *
     * @param assessment the area's assessment
     * @param influence the group's judgement of its possibility to influence
     * @param pictures the area's pictures over the period, in any order
     * @return the candidate
     * @throws org.est4j.core.ValidationException listing every rule broken
     */
    public static Candidate of(Assessment assessment, Decision<Influence> influence,
            Collection<SituationPicture> pictures) {
        requireNonNull(assessment, "assessment");
        requireNonNull(influence, "influence");
        requireNonNull(pictures, "pictures");
        return builder().area(assessment.area()).assessment(assessment).influence(influence).addAllPictures(pictures)
                .build();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Candidate}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutableCandidate.Builder {
        Builder() {}
    }

    @Value.Check
    Candidate normalise() {
        Problems problems = Problems.of("Candidate")
                .requirePresent(area(), "area")
                .requirePresent(assessment(), "assessment")
                .requirePresent(influence(), "influence")
                .require(!pictures().isEmpty(), "pictures", "must hold at least one picture of the area", null);
        if (area() != null && assessment() != null) {
            problems.require(assessment().area().equals(area()), "assessment.area", "must be the candidate's area "
                    + area(), assessment().area());
        }
        for (int i = 0; i < pictures().size(); i++) {
            SituationPicture p = pictures().get(i);
            problems.require(area() == null || p.area().equals(area()), "pictures[" + i + "].area",
                    "must be the candidate's area " + area(), p.area());
        }
        overlaps(problems, pictures(), "pictures");
        problems.throwIfAny();
        List<SituationPicture> sorted = new ArrayList<>(pictures());
        sorted.sort(Comparator.comparing(SituationPicture::period));
        return sorted.equals(pictures()) ? this : builder().from(this).pictures(sorted).build();
    }

    /**
     * Records a problem for every picture that shares a day with an earlier one, in period order.
     *
     * @param problems where to record
     * @param pictures the pictures, in the caller's order (the paths use it)
     * @param path the path of the list
     */
    static void overlaps(Problems problems, List<SituationPicture> pictures, String path) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pictures.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> pictures.get(i).period()).thenComparing(i -> i));
        LocalDate reach = null;
        int reachedBy = -1;
        for (int i : order) {
            Period period = pictures.get(i).period();
            if (reach != null && period.startDate().isBefore(reach)) {
                problems.add(path + "[" + i + "].period", "must not share a day with " + path + "[" + reachedBy
                        + "] (" + pictures.get(reachedBy).period() + "), or it would be counted twice", period);
            }
            if (reach == null || period.endDate().isAfter(reach)) {
                reach = period.endDate();
                reachedBy = i;
            }
        }
    }

    /** Returns {@code Candidate area: level …, n pictures from … to …, influence 4 of 5}. */
    @Override
    public String toString() {
        return "Candidate " + area() + ": level " + assessment().level().code() + " " + assessment().level().labelSv()
                + ", " + pictures().size() + (pictures().size() == 1 ? " picture " : " pictures ")
                + pictures().get(0).period() + (pictures().size() == 1 ? "" : ".." + latest().period())
                + ", influence " + influence().value() + " (" + influence().decidedBy() + ")";
    }
}

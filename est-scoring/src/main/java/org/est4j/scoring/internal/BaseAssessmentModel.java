package org.est4j.scoring.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.est4j.core.Problems;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.picture.Coverage;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.spi.AssessmentModelProvider.AssessmentModel;
import org.est4j.core.time.Period;

/**
 * What every built-in assessment model does around its own rule:
 * <ol>
 *   <li>checks the history: every picture of the same area, of a period that ends before this one starts, each
 *       period once; it is used oldest first whatever order it came in;</li>
 *   <li>asks the model's rule for a level and its reasons;</li>
 *   <li><b>silence is not calm</b>: when the picture's coverage is low it says so, and the level is never below the
 *       level the same rule gives the latest earlier picture (so that missing reports never lower a level);</li>
 *   <li>says how many observations were context (they never raise a level) and which hotspots were found.</li>
 * </ol>
 *
 * <p>Implementation requirements: subclasses must be immutable and thread-safe.
 */
abstract class BaseAssessmentModel implements AssessmentModel {
    private static final int HOTSPOTS_NAMED = 5;

    private final String id;
    final Words words;

    BaseAssessmentModel(String id, Words words) {
        this.id = id;
        this.words = words;
    }

    /**
     * Suggests a level by the model's own rule.
     *
     * @param picture the picture
     * @param scale the scale
     * @param history earlier pictures of the area, checked, oldest first
     * @return the rank and the reasons
     */
    abstract Suggestion suggest(SituationPicture picture, Scale scale, List<SituationPicture> history);

    @Override
    public final Assessment assess(SituationPicture picture, Scale scale, List<SituationPicture> history) {
        requireNonNull(picture, "picture");
        requireNonNull(scale, "scale");
        List<SituationPicture> past = checked(picture, requireNonNull(history, "history"));
        Suggestion own = suggest(picture, scale, past);
        List<String> reasons = new ArrayList<>(own.reasons());
        int rank = own.rank();
        picture.coverage().ifPresent(c -> reasons.add(coverage(c)));
        if (picture.hasLowCoverage() && !past.isEmpty()) {
            SituationPicture last = past.get(past.size() - 1);
            int before = suggest(last, scale, past.subList(0, past.size() - 1)).rank();
            if (before > rank) {
                rank = before;
                reasons.add(words.t("Nivån hålls kvar på " + words.level(scale.levelAtRank(rank)) + ", nivån för "
                                + words.period(last.period()) + ", eftersom täckningen är låg",
                        "The level is kept at " + words.level(scale.levelAtRank(rank)) + ", the level of "
                                + words.period(last.period()) + ", because coverage is low"));
            }
        }
        if (picture.contextTotal() > 0) {
            reasons.add(words.observations(picture.contextTotal()) + words.t(
                    " är sammanhang (som planerade arrangemang) och höjer aldrig nivån",
                    " are context (such as planned events) and never raise the level"));
        }
        if (!picture.hotspots().isEmpty()) {
            reasons.add(hotspots(picture.hotspots()));
        }
        return Assessment.builder().area(picture.area()).period(picture.period()).scaleId(scale.id())
                .suggested(scale.levelAtRank(rank)).reasons(reasons).modelId(id).build();
    }

    private List<SituationPicture> checked(SituationPicture picture, List<SituationPicture> history) {
        Set<Period> periods = new HashSet<>();
        boolean valid = true;
        for (SituationPicture h : history) {
            valid &= h != null && h.area().equals(picture.area())
                    && !h.period().endDate().isAfter(picture.period().startDate()) && periods.add(h.period());
        }
        if (!valid) {
            // Messages are built only when something is wrong: a history is checked on every assessment.
            Problems problems = Problems.of("history of " + picture.area() + " " + picture.period());
            periods.clear();
            for (int i = 0; i < history.size(); i++) {
                SituationPicture h = history.get(i);
                problems.requirePresent(h, "history[" + i + "]");
                if (h == null) {
                    continue;
                }
                problems.require(h.area().equals(picture.area()), "history[" + i + "].area",
                        "must be the picture's area " + picture.area(), h.area());
                problems.require(!h.period().endDate().isAfter(picture.period().startDate()),
                        "history[" + i + "].period", "must end before " + picture.period() + " starts ("
                                + picture.period().startDate() + ")", h.period());
                problems.require(periods.add(h.period()), "history[" + i + "].period", "must not repeat a period",
                        h.period());
            }
            problems.throwIfAny();
        }
        List<SituationPicture> sorted = new ArrayList<>(history);
        sorted.sort(Comparator.comparing(SituationPicture::period));
        return List.copyOf(sorted);
    }

    private String coverage(Coverage c) {
        String share = " (" + words.percent(c.responseRate()) + ")";
        String nothing = c.nothingToReport() == 0 ? ""
                : words.t(", varav " + c.nothingToReport() + " med inget att rapportera",
                        ", " + c.nothingToReport() + " of them with nothing to report");
        if (!c.isLow()) {
            return words.t(c.answered() + " av " + c.expected() + " rapportörer svarade",
                    c.answered() + " of " + c.expected() + " reporters answered") + share + nothing;
        }
        String rule = words.t(": tystnad är inte lugn, så uteblivna rapporter sänker aldrig nivån",
                ": silence is not calm, so missing reports never lower the level");
        if (c.expected() == 0) {
            return words.t("Inga rapportörer väntades svara för området", "No reporters were expected to answer for"
                    + " the area") + rule;
        }
        return words.t("Bara " + c.answered() + " av " + c.expected() + " rapportörer svarade",
                "Only " + c.answered() + " of " + c.expected() + " reporters answered") + share + nothing + rule;
    }

    private String hotspots(List<Hotspot> hotspots) {
        String names = hotspots.stream().limit(HOTSPOTS_NAMED)
                .map(h -> h.placeName().orElse(h.area().value()) + " (" + h.method() + ")")
                .collect(Collectors.joining(", "));
        String more = hotspots.size() > HOTSPOTS_NAMED ? words.t(" med flera", " and more") : "";
        return words.count(hotspots.size(), "hotspot", "hotspots", "hotspot", "hotspots") + ": " + names + more;
    }

    /**
     * Returns the model's id, as its assessments carry it.
     *
     * @return the id
     */
    final String id() {
        return id;
    }
}

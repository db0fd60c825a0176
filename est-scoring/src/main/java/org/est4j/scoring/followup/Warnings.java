package org.est4j.scoring.followup;

import java.util.ArrayList;
import java.util.List;
import org.est4j.core.evaluation.EvaluationWarning;

/** The warnings the follow-up statistics attach, in Swedish and English. */
final class Warnings {
    /** Counts below this make the normal approximation unreliable. */
    static final long SMALL = 5;

    private Warnings() {}

    /** Collects the names of cells whose counts are below {@link #SMALL}, in both languages. */
    static final class SmallCells {
        private final List<String> sv = new ArrayList<>();
        private final List<String> en = new ArrayList<>();

        SmallCells check(long count, String nameSv, String nameEn) {
            if (count < SMALL) {
                sv.add(nameSv + " (" + count + ")");
                en.add(nameEn + " (" + count + ")");
            }
            return this;
        }

        boolean any() {
            return !en.isEmpty();
        }

        /** Returns the warning, pointing to the E-test. */
        EvaluationWarning warning() {
            return EvaluationWarning.of(EvaluationWarning.SMALL_COUNTS,
                    "Antal under 5 i " + String.join(", ", sv)
                            + ": normalapproximationen är osäker; jämför med E-testet (PoissonETest).",
                    "Counts below 5 in " + String.join(", ", en)
                            + ": the normal approximation is unreliable; compare with the E-test (PoissonETest).");
        }
    }

    static EvaluationWarning noEvents() {
        return EvaluationWarning.of(EvaluationWarning.NO_EVENTS,
                "Inga brott räknades i någon cell: det finns inget att testa.",
                "No crimes were counted in any cell: there is nothing to test.");
    }

    static EvaluationWarning bufferNotAdjusted() {
        return EvaluationWarning.of(EvaluationWarning.BUFFER_NOT_ADJUSTED,
                "Buffertzonen saknar kontrollbuffert: dess förändring är inte justerad för den allmänna trenden.",
                "The buffer has no control buffer: its change is not adjusted for the general trend.");
    }

    static EvaluationWarning zeroCountCorrected() {
        return EvaluationWarning.of(EvaluationWarning.ZERO_COUNT_CORRECTED,
                "Ett antal är noll: 0,5 lades till båda antalen för att kunna beräkna kvoten; jämför med E-testet.",
                "A count is zero: 0.5 was added to both counts so that the ratio can be computed; compare with the"
                        + " E-test.");
    }

    static EvaluationWarning noReduction() {
        return EvaluationWarning.of(EvaluationWarning.NO_REDUCTION,
                "Brottsligheten minskade inte i insatsområdet jämfört med kontrollområdet: WDQ ska inte tolkas"
                        + " (Bowers och Johnson 2003).",
                "Crime did not fall in the treated area relative to the control area: the WDQ must not be"
                        + " interpreted (Bowers and Johnson 2003).");
    }

    static EvaluationWarning weightsIgnored() {
        return EvaluationWarning.of(EvaluationWarning.WEIGHTS_IGNORED,
                "WDQ använder råa antal: de periodlängder och ytstorlekar som angavs har inte använts.",
                "The WDQ uses raw counts: the period lengths and area sizes given were ignored.");
    }
}

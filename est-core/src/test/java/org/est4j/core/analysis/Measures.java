package org.est4j.core.analysis;

import java.time.LocalDate;
import java.util.List;
import org.est4j.core.Decision;
import org.est4j.core.area.AreaId;
import org.est4j.core.evaluation.ConfidenceInterval;
import org.est4j.core.evaluation.Evaluation;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Horizon;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.MeasureType;
import org.est4j.core.measure.Outcome;

/** Measures, evaluations and follow-ups for the annual analysis and agenda tests. */
final class Measures {
    private Measures() {}

    static Measure measure(String id, String title, MeasureType type, LocalDate start, LocalDate end,
            MeasureStatus status) {
        return Measure.builder().id(MeasureId.of(id)).title(title).type(type).addTargetAreas(AreaId.of("hagaby"))
                .leadActor(ActorId.of("bostadsbolaget")).start(start).end(java.util.Optional.ofNullable(end))
                .horizon(Horizon.LONG).status(status).build();
    }

    static Evaluation evaluation(EvaluationMethod method, double estimate, Double p, Double z) {
        Evaluation.Builder b = Evaluation.builder().method(method).estimate(estimate).readingSv("Läsning.")
                .readingEn("Reading.");
        if (p != null) {
            b.pValue(p);
        }
        if (z != null) {
            b.z(z);
        }
        return b.build();
    }

    static Evaluation withInterval(Evaluation e, double lower, double upper) {
        return Evaluation.builder().from(e).confidenceInterval(ConfidenceInterval.of(0.95, lower, upper)).build();
    }

    static FollowUp followUp(String measure, LocalDate date, Outcome suggested, Evaluation... evaluations) {
        return FollowUp.builder().measure(MeasureId.of(measure)).date(date).suggested(suggested)
                .addReasons("as the evaluation says").evaluations(List.of(evaluations)).build();
    }

    static FollowUp decided(FollowUp f, Outcome outcome) {
        return f.withDecision(Decision.of(outcome, "operativa gruppen", "the group's view", f.date()));
    }
}

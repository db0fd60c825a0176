package org.est4j.core.feedback;

import java.time.LocalDate;
import java.util.Locale;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.CountTable;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.disclosure.SuppressedTable;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.measure.Horizon;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.MeasureType;
import org.est4j.core.measure.Outcome;
import org.est4j.core.time.Period;
import org.threeten.extra.LocalDateRange;

/** Valid values of the feedback types, for the value-type tests to start from. */
final class Samples {
    static final AreaId KOMMUN = AreaId.of("kommun");
    static final AreaId CENTRUM = AreaId.of("kommun/centrum");
    static final CategoryId GRAFFITI = CategoryId.of("property-damage");
    static final Period MAY = Period.month(2025, 5);
    static final LocalDate DAY = LocalDate.of(2025, 5, 12);

    private Samples() {}

    static SuppressedTable<AreaId, CategoryId> counts(int minimumCount) {
        return CountTable.<AreaId, CategoryId>builder().row(CENTRUM, KOMMUN).add(CENTRUM, GRAFFITI, 4).build()
                .suppress(minimumCount);
    }

    static SuppressedTable<AreaId, Period> history(int minimumCount) {
        return CountTable.<AreaId, Period>builder().row(CENTRUM, KOMMUN).add(CENTRUM, MAY.previous(), 5).build()
                .suppress(minimumCount);
    }

    static AreaRow.Builder area() {
        return AreaRow.builder().id(KOMMUN).name("Testkommun").areaLevel(AreaLevel.MUNICIPALITY).depth(0);
    }

    static FeedbackReport.Builder report(Audience audience) {
        DisclosurePolicy policy = DisclosurePolicy.forAudience(audience);
        return FeedbackReport.builder().policy(policy).title("Lägesrapport maj 2025").municipality("Testkommun")
                .period(MAY).locale(Locale.forLanguageTag("sv")).counts(counts(policy.minimumCount()))
                .history(history(policy.minimumCount())).showsReasons(audience == Audience.GROUP)
                .addAreas(area().build());
    }

    static ObservationLine.Builder line(Visibility visibility) {
        return ObservationLine.builder().id(ObservationId.of("o-1")).date(DAY).area(CENTRUM).category(GRAFFITI)
                .severity(Severity.MODERATE).source(Source.CITIZEN).visibility(visibility).text("Klotter på muren");
    }

    static MeasureRow.Builder measure(Visibility visibility) {
        return MeasureRow.builder().id(MeasureId.of("m-1")).title("Belysning vid torget").type(MeasureType.LIGHTING)
                .status(MeasureStatus.ONGOING).horizon(Horizon.SHORT).start(DAY).addTargetAreas(CENTRUM)
                .leadActor(ActorId.of("kommunen")).leadActorName("Kommunen").visibility(visibility);
    }

    static FollowUpRow.Builder followUp() {
        return FollowUpRow.builder().date(DAY.plusDays(14)).suggested(Outcome.CONTINUE)
                .evaluated(LocalDateRange.of(DAY, DAY.plusDays(14)));
    }
}

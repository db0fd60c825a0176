package org.est4j.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.est4j.core.analysis.Fixtures.Q4;
import static org.est4j.core.analysis.Fixtures.picture;

import java.time.DayOfWeek;
import java.util.List;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CauseAnalysisTest {
    private static final AreaId HAGABY = AreaId.of("hagaby");
    private static final Patterns PATTERNS = CauseAnalysis.patternsOf(List.of(
            picture("hagaby", Period.month(2026, 10), 12, 12).putCountsByWeekday(DayOfWeek.FRIDAY, 8L)
                    .putCountsByWeekday(DayOfWeek.MONDAY, 4L).build(),
            picture("hagaby", Period.month(2026, 11), 3, 3).build()));

    private static CauseAnalysis.Builder valid() {
        return CauseAnalysis.builder().area(HAGABY).period(Q4)
                .place(SideNotes.of("The underpass is dark and cannot be seen from the road", ObservationId.of("o-2"),
                        ObservationId.of("o-1")))
                .manager(SideNotes.of("The housing company has no budget for lighting this year"))
                .offender(SideNotes.of("Groups of teenagers on mopeds", ObservationId.of("o-3"), ObservationId.of("o-1")))
                .patterns(PATTERNS)
                .addConclusions("Gatherings in the dark underpass on weekend evenings");
    }

    @Test
    void holdsTheTriangleThePatternsAndTheConclusions() {
        CauseAnalysis ca = valid().build();

        assertThat(ca.side(TriangleSide.PLACE)).isEqualTo(ca.place());
        assertThat(ca.side(TriangleSide.MANAGER).notes()).containsExactly(
                "The housing company has no budget for lighting this year");
        assertThat(ca.side(TriangleSide.VICTIM)).isEqualTo(SideNotes.empty());
        assertThat(ca.observations()).containsExactly(ObservationId.of("o-1"), ObservationId.of("o-2"),
                ObservationId.of("o-3"));
        assertThat(ca.visibility()).isEqualTo(Visibility.GROUP);
        assertThat(ca.patterns().peakWeekdays()).containsExactly(DayOfWeek.FRIDAY);
        assertThat(ca).hasToString("CauseAnalysis hagaby 2026-Q4 (GROUP)"
                + "\n  Offender: \"Groups of teenagers on mopeds\" [o-1, o-3]"
                + "\n  Place: \"The underpass is dark and cannot be seen from the road\" [o-1, o-2]"
                + "\n  Place managers: \"The housing company has no budget for lighting this year\""
                + "\n  Season: most in October (80 % of the observations in 51 % of the days covered)"
                + "\n  Weekday: most on Fridays (67 %, 8 of 12)"
                + "\n  Time of day: no observations with a known time of day"
                + "\n  Darkness: no observations with known light"
                + "\n  Conclusion: Gatherings in the dark underpass on weekend evenings");
    }

    @ParameterizedTest
    @EnumSource(TriangleSide.class)
    void eachSideIsReachedByItsAccessor(TriangleSide side) {
        SideNotes notes = SideNotes.of("noted on " + side);
        CauseAnalysis.Builder b = CauseAnalysis.builder().area(HAGABY).period(Q4).patterns(PATTERNS);
        switch (side) {
            case OFFENDER: b.offender(notes); break;
            case VICTIM: b.victim(notes); break;
            case PLACE: b.place(notes); break;
            case HANDLER: b.handler(notes); break;
            case GUARDIAN: b.guardian(notes); break;
            default: b.manager(notes); break;
        }
        CauseAnalysis ca = b.build();

        for (TriangleSide other : TriangleSide.values()) {
            assertThat(ca.side(other)).isEqualTo(other == side ? notes : SideNotes.empty());
        }
    }

    @Test
    void mayBeWidenedToPartners() {
        assertThat(valid().visibility(Visibility.PARTNERS).build().visibility()).isEqualTo(Visibility.PARTNERS);
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        Patterns other = Patterns.builder().area(AreaId.of("norr")).build();

        assertThatThrownBy(() -> valid().patterns(other).addConclusions(" ").build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("patterns.area", "conclusions[1]"));
        assertThatThrownBy(() -> CauseAnalysis.builder().build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("area", "period", "patterns"));
    }
}

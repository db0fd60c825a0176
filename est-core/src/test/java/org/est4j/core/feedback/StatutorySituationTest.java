package org.est4j.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.disclosure.CountTable;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.time.Period;
import org.junit.jupiter.api.Test;

class StatutorySituationTest {
    static StatutorySituation.Builder valid(int minimumCount) {
        return StatutorySituation.builder().extent(Samples.counts(minimumCount)).history(Samples.history(minimumCount))
                .development(CountTable.<CategoryId, Period>builder().row(Samples.GRAFFITI).build()
                        .suppress(minimumCount))
                .consequences(CountTable.<CategoryId, Severity>builder().row(Samples.GRAFFITI).build()
                        .suppress(minimumCount))
                .rounds(4).responseRate(0.75);
    }

    @Test
    void holdsTheThreePartsOfTheLaw() {
        StatutorySituation s = valid(3).addAnalysis("Ökning i Centrum.").addOtherInformation("4 omgångar.").build();
        assertThat(s.analysis()).containsExactly("Ökning i Centrum.");
        assertThat(s).hasToString("Lägesbild: 0 areas, 0 categories, 0 focus areas, 0 effects");
    }

    @Test
    void refusesImpossibleFiguresAndMissingTables() {
        assertThatThrownBy(() -> StatutorySituation.builder().rounds(-1).responseRate(1.5).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).contains("extent", "development", "consequences", "history",
                                "rounds", "responseRate"));
    }
}

package org.est4j.core.evaluation;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;

class BeforeAfterTest {

    @Test
    void holdsTheCountsAndTheirChange() {
        BeforeAfter counts = BeforeAfter.of(207, 110);

        assertThat(counts.before()).isEqualTo(207);
        assertThat(counts.after()).isEqualTo(110);
        assertThat(counts.change()).isEqualTo(-97);
        assertThat(counts.total()).isEqualTo(317);
        assertThat(counts).hasToString("207 → 110");
    }

    @Test
    void rejectsNegativeCountsAndReportsBoth() {
        assertThatThrownBy(() -> BeforeAfter.of(-1, -2))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .extracting(p -> p.path())
                        .containsExactly("before", "after"));
    }

    @Test
    void acceptsZeroCounts() {
        assertThat(BeforeAfter.of(0, 0).change()).isZero();
    }

    @Test
    void swappingTwiceGivesTheSameCountsAndFlipsTheChange() {
        qt().forAll(longs().between(0, 1_000_000), longs().between(0, 1_000_000)).check((before, after) -> {
            BeforeAfter counts = BeforeAfter.of(before, after);
            return counts.swapped().swapped().equals(counts) && counts.swapped().change() == -counts.change();
        });
    }

    @Test
    void equalsByValue() {
        new EqualsTester()
                .addEqualityGroup(BeforeAfter.of(3, 4), BeforeAfter.of(3, 4))
                .addEqualityGroup(BeforeAfter.of(4, 3), BeforeAfter.of(3, 4).swapped())
                .addEqualityGroup(BeforeAfter.of(0, 0))
                .testEquals();
    }
}

package org.est4j.core.evaluation;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;

class PlaceCountsTest {
    private static final BeforeAfter TREATED = BeforeAfter.of(207, 110);
    private static final BeforeAfter CONTROL = BeforeAfter.of(308, 318);

    @Test
    void defaultsLeaveCountsUnweighted() {
        PlaceCounts counts = PlaceCounts.of(TREATED, CONTROL);

        assertThat(counts.buffer()).isEmpty();
        assertThat(counts.controlBuffer()).isEmpty();
        assertThat(counts.crimeType()).isEmpty();
        assertThat(counts.beforeLength()).isEqualTo(1);
        assertThat(counts.afterLength()).isEqualTo(1);
        assertThat(counts.treatedSize()).isEqualTo(1);
        assertThat(counts.controlBufferSize()).isEqualTo(1);
        assertThat(counts.isTimeWeighted()).isFalse();
        assertThat(counts.isAreaWeighted()).isFalse();
        assertThat(counts).hasToString("treated 207 → 110, control 308 → 318");
    }

    @Test
    void buildsTheFullDesign() {
        PlaceCounts counts = PlaceCounts.builder()
                .crimeType("violent crime")
                .treated(TREATED)
                .control(CONTROL)
                .buffer(BeforeAfter.of(178, 157))
                .controlBuffer(BeforeAfter.of(150, 140))
                .beforeLength(2)
                .afterLength(1)
                .bufferSize(1.5)
                .build();

        assertThat(counts.isTimeWeighted()).isTrue();
        assertThat(counts.isAreaWeighted()).isTrue();
        assertThat(counts).hasToString("violent crime: treated 207 → 110, control 308 → 318, buffer 178 → 157,"
                + " control buffer 150 → 140, lengths 2.0 → 1.0, sizes 1.0/1.0/1.5/1.0");
        assertThat(PlaceCounts.of(TREATED, CONTROL, BeforeAfter.of(178, 157), BeforeAfter.of(150, 140)).controlBuffer())
                .contains(BeforeAfter.of(150, 140));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> PlaceCounts.builder()
                        .crimeType(" ")
                        .controlBuffer(BeforeAfter.of(1, 1))
                        .beforeLength(0)
                        .afterLength(Double.NaN)
                        .treatedSize(-1)
                        .controlSize(Double.POSITIVE_INFINITY)
                        .bufferSize(0)
                        .controlBufferSize(-0.5)
                        .build())
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("treated", "control", "crimeType", "controlBuffer", "beforeLength",
                                "afterLength", "treatedSize", "controlSize", "bufferSize", "controlBufferSize"));
    }

    @Test
    void copiesWithTheBuilder() {
        PlaceCounts counts = PlaceCounts.of(TREATED, CONTROL);
        PlaceCounts robbery = PlaceCounts.builder().from(counts).crimeType("robbery").build();

        assertThat(robbery.crimeType()).contains("robbery");
        assertThat(robbery.treated()).isEqualTo(TREATED);
    }

    @Test
    void swappingExchangesBeforeAndAfterEverywhere() {
        PlaceCounts counts = PlaceCounts.builder()
                .treated(TREATED).control(CONTROL)
                .buffer(BeforeAfter.of(178, 157)).controlBuffer(BeforeAfter.of(150, 140))
                .beforeLength(3).afterLength(1).build();

        PlaceCounts swapped = counts.swapped();

        assertThat(swapped.treated()).isEqualTo(BeforeAfter.of(110, 207));
        assertThat(swapped.control()).isEqualTo(BeforeAfter.of(318, 308));
        assertThat(swapped.buffer()).contains(BeforeAfter.of(157, 178));
        assertThat(swapped.controlBuffer()).contains(BeforeAfter.of(140, 150));
        assertThat(swapped.beforeLength()).isEqualTo(1);
        assertThat(swapped.afterLength()).isEqualTo(3);
    }

    @Test
    void swappingTwiceIsTheIdentity() {
        qt().forAll(integers().between(0, 500), integers().between(0, 500), integers().between(1, 12),
                integers().between(1, 12)).check((before, after, beforeLength, afterLength) -> {
                    PlaceCounts counts = PlaceCounts.builder()
                            .treated(BeforeAfter.of(before, after)).control(BeforeAfter.of(after, before))
                            .beforeLength(beforeLength).afterLength(afterLength).build();
                    return counts.swapped().swapped().equals(counts);
                });
    }

    @Test
    void equalsByValue() {
        new EqualsTester()
                .addEqualityGroup(PlaceCounts.of(TREATED, CONTROL), PlaceCounts.of(TREATED, CONTROL))
                .addEqualityGroup(PlaceCounts.builder().treated(TREATED).control(CONTROL).crimeType("robbery").build())
                .addEqualityGroup(PlaceCounts.builder().treated(TREATED).control(CONTROL).afterLength(2).build())
                .testEquals();
    }
}

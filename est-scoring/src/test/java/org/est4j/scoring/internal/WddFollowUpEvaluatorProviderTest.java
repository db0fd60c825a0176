package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.est4j.core.area.AreaId;
import org.est4j.core.evaluation.BeforeAfter;
import org.est4j.core.evaluation.EvaluationMethod;
import org.est4j.core.evaluation.PlaceCounts;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Horizon;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureId;
import org.est4j.core.measure.MeasureStatus;
import org.est4j.core.measure.MeasureType;
import org.est4j.core.measure.Outcome;
import org.est4j.core.spi.FollowUpEvaluatorProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.contract.EstPluginContract;
import org.junit.jupiter.api.Test;

class WddFollowUpEvaluatorProviderTest extends EstPluginContract<WddFollowUpEvaluatorProvider> {
    private static final LocalDate DATE = LocalDate.of(2026, 11, 16);
    private static final Measure MEASURE = Measure.builder().id(MeasureId.of("m-1")).title("Belysning vid stationen")
            .type(MeasureType.LIGHTING).addTargetAreas(AreaId.of("station")).leadActor(ActorId.of("kommunen"))
            .start(LocalDate.of(2026, 6, 1)).horizon(Horizon.LONG).status(MeasureStatus.ONGOING).build();

    @Override
    protected Class<FollowUpEvaluatorProvider> kind() {
        return FollowUpEvaluatorProvider.class;
    }

    @Override
    protected WddFollowUpEvaluatorProvider provider() {
        return new WddFollowUpEvaluatorProvider();
    }

    private static FollowUp evaluate(PlaceCounts counts, PluginConfig config) {
        return new WddFollowUpEvaluatorProvider().create(config)
                .evaluate(MEASURE, DATE, Optional.empty(), counts, Locale.ENGLISH);
    }

    @Test
    void largeCountsAreJudgedByTheWddAlone() {
        FollowUp f = evaluate(PlaceCounts.of(BeforeAfter.of(60, 20), BeforeAfter.of(60, 58)), PluginConfig.empty());
        assertThat(f.evaluations()).extracting(e -> e.method()).containsExactly(EvaluationMethod.WDD);
        assertThat(f.suggested()).isEqualTo(Outcome.CONTINUE);
    }

    @Test
    void smallCountsPutTheETestFirst() {
        FollowUp f = evaluate(PlaceCounts.of(BeforeAfter.of(12, 1), BeforeAfter.of(3, 4)), PluginConfig.empty());
        assertThat(f.evaluations()).extracting(e -> e.method())
                .containsExactly(EvaluationMethod.E_TEST, EvaluationMethod.WDD);
    }

    @Test
    void aBufferAddsTheWdqAndDisplacementSuggestsExtending() {
        PlaceCounts displaced = PlaceCounts.of(BeforeAfter.of(60, 20), BeforeAfter.of(100, 100),
                BeforeAfter.of(40, 90), BeforeAfter.of(100, 100));
        FollowUp f = evaluate(displaced, PluginConfig.empty());
        assertThat(f.evaluations()).extracting(e -> e.method())
                .containsExactly(EvaluationMethod.WDD, EvaluationMethod.WDD, EvaluationMethod.WDQ);
        assertThat(f.evaluations().get(0).pValue().getAsDouble()).as("local effect").isLessThan(0.05);
        assertThat(f.evaluations().get(1).pValue().getAsDouble()).as("with displacement").isGreaterThan(0.05);
        assertThat(f.suggested()).isEqualTo(Outcome.EXTEND);
    }

    @Test
    void anUndefinedWdqIsLeftOutAndTheWddStillJudges() {
        PlaceCounts noChangeRelativeToControl = PlaceCounts.of(BeforeAfter.of(50, 50), BeforeAfter.of(50, 50),
                BeforeAfter.of(30, 20), BeforeAfter.of(30, 30));
        FollowUp f = evaluate(noChangeRelativeToControl, PluginConfig.empty());
        assertThat(f.evaluations()).extracting(e -> e.method())
                .containsExactly(EvaluationMethod.WDD, EvaluationMethod.WDD);
    }

    @Test
    void alphaComesFromTheConfiguration() {
        PlaceCounts borderline = PlaceCounts.of(BeforeAfter.of(60, 30), BeforeAfter.of(60, 60));
        assertThat(evaluate(borderline, PluginConfig.empty()).suggested()).isEqualTo(Outcome.CONTINUE);
        assertThat(evaluate(borderline, PluginConfig.of(java.util.Map.of("alpha", "0,001"))).suggested())
                .isEqualTo(Outcome.REPLACE);
        assertThatThrownBy(() -> new WddFollowUpEvaluatorProvider().create(PluginConfig.of(java.util.Map.of("alpha", "2"))))
                .hasMessageContaining("alpha");
    }
}

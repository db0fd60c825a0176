package org.est4j.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.est4j.core.UnknownReferenceException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class EvaluationMethodTest {

    @ParameterizedTest
    @EnumSource(EvaluationMethod.class)
    void findsEachMethodByItsId(EvaluationMethod method) {
        assertThat(EvaluationMethod.fromId(method.id())).isSameAs(method);
        assertThat(method.labelSv()).isNotBlank();
        assertThat(method.labelEn()).isNotBlank();
    }

    @Test
    void usesTheIdsTheDesignNames() {
        assertThat(Arrays.stream(EvaluationMethod.values()).map(EvaluationMethod::id))
                .containsExactly("wdd", "wdd-harm", "wdq", "e-test", "before-after");
    }

    @Test
    void anUnknownIdListsTheKnownOnes() {
        assertThatThrownBy(() -> EvaluationMethod.fromId("synthetic-control"))
                .isInstanceOf(UnknownReferenceException.class)
                .hasMessageContaining("'synthetic-control'")
                .hasMessageContaining("wdd, wdd-harm, wdq, e-test, before-after");
    }
}

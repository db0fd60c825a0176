package org.est4j.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AlternativeTest {

    @Test
    void eachAlternativeReadsDistinctlyInBothLanguages() {
        assertThat(Arrays.stream(Alternative.values()).map(Alternative::textSv))
                .containsExactly("tvåsidigt", "ensidigt, större", "ensidigt, mindre");
        assertThat(Arrays.stream(Alternative.values()).map(Alternative::textEn))
                .containsExactly("two-sided", "one-sided, greater", "one-sided, less");
    }
}

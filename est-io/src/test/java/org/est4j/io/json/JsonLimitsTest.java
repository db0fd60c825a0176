package org.est4j.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadConstraints;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;

class JsonLimitsTest {

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        JsonLimits limits = JsonLimits.defaults();
        assertThat(limits.maxDocumentLength()).isEqualTo(256L * 1024 * 1024);
        assertThat(limits.maxNestingDepth()).isEqualTo(64);
        assertThat(limits.maxStringLength()).isEqualTo(100_000);
        assertThat(limits.maxNameLength()).isEqualTo(1_000);
        assertThat(limits.maxNumberLength()).isEqualTo(100);
        assertThat(limits).hasToString("JsonLimits[document 268435456, depth 64, string 100000, name 1000, number 100]");
    }

    @Test
    void eachLimitCanBeChangedAloneAndBecomesAJacksonConstraint() {
        JsonLimits limits = JsonLimits.defaults().withMaxDocumentLength(1_000).withMaxNestingDepth(10)
                .withMaxStringLength(50).withMaxNameLength(20).withMaxNumberLength(30);
        StreamReadConstraints c = limits.toStreamReadConstraints();
        assertThat(c.getMaxDocumentLength()).isEqualTo(1_000);
        assertThat(c.getMaxNestingDepth()).isEqualTo(10);
        assertThat(c.getMaxStringLength()).isEqualTo(50);
        assertThat(c.getMaxNameLength()).isEqualTo(20);
        assertThat(c.getMaxNumberLength()).isEqualTo(30);
        assertThat(JsonLimits.defaults().withMaxStringLength(50)).isEqualTo(JsonLimits.defaults().withMaxStringLength(50))
                .hasSameHashCodeAs(JsonLimits.defaults().withMaxStringLength(50)).isNotEqualTo(JsonLimits.defaults());
    }

    @Test
    void refusesLimitsThatWouldBreakEst4jsOwnDocuments() {
        assertThatThrownBy(() -> JsonLimits.defaults().withMaxNestingDepth(7))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("maxNestingDepth"));
        assertThatThrownBy(() -> JsonLimits.defaults().withMaxNumberLength(23)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> JsonLimits.defaults().withMaxDocumentLength(0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> JsonLimits.defaults().withMaxStringLength(0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> JsonLimits.defaults().withMaxNameLength(-1)).isInstanceOf(ValidationException.class);
    }
}

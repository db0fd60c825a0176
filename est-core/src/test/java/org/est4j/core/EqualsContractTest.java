package org.est4j.core;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EqualsContractTest {

    /** A value whose equality can be broken on purpose. */
    private static final class Probe {
        private final int value;
        private final int hash;

        Probe(int value, int hash) {
            this.value = value;
            this.hash = hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Probe && ((Probe) other).value == value;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return "Probe " + value;
        }
    }

    @Test
    void passesAConsistentValue() {
        assertThatCode(() -> new EqualsContract()
                .addEqualityGroup(new Probe(1, 1), new Probe(1, 1))
                .addEqualityGroup(new Probe(2, 2))
                .testEquals()).doesNotThrowAnyException();
    }

    @Test
    void catchesEqualValuesWithDifferentHashCodes() {
        assertThatThrownBy(() -> new EqualsContract().addEqualityGroup(new Probe(1, 1), new Probe(1, 2)).testEquals())
                .isInstanceOf(AssertionError.class).hasMessageContaining("equal hash codes");
    }

    @Test
    void catchesUnequalValuesInOneGroup() {
        assertThatThrownBy(() -> new EqualsContract().addEqualityGroup(new Probe(1, 1), new Probe(2, 1)).testEquals())
                .isInstanceOf(AssertionError.class).hasMessageContaining("must be equal");
    }

    @Test
    void catchesEqualValuesInDifferentGroups() {
        assertThatThrownBy(() -> new EqualsContract().addEqualityGroup(new Probe(1, 1))
                .addEqualityGroup(new Probe(1, 1)).testEquals())
                .isInstanceOf(AssertionError.class).hasMessageContaining("must not be equal");
    }
}

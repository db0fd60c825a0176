package org.est4j.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * Checks equals and hashCode over groups of values: equal within a group, unequal across groups, never equal to
 * null or to another type. It stands in for guava-testlib's EqualsTester, which needs JUnit 4 on the test path.
 */
final class ValueSemantics {
    private ValueSemantics() {}

    static void assertEqualityGroups(List<?>... groups) {
        for (int g = 0; g < groups.length; g++) {
            for (Object a : groups[g]) {
                assertThat(a).isEqualTo(a).isNotEqualTo(null).isNotEqualTo(new Object());
                for (Object b : groups[g]) {
                    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
                }
                for (int h = 0; h < groups.length; h++) {
                    if (h != g) {
                        for (Object other : groups[h]) {
                            assertThat(a).isNotEqualTo(other);
                        }
                    }
                }
            }
        }
    }
}

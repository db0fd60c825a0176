package org.est4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks the {@code equals}/{@code hashCode} contract over groups of values, in the manner of guava-testlib's
 * {@code EqualsTester}: every value equals itself and every member of its group, has the same hash code as
 * them, and equals no member of another group, nor null, nor a value of an unrelated type.
 *
 * <p>Written here because guava-testlib's {@code EqualsTester} needs JUnit 4's
 * {@code junit.framework.AssertionFailedError}, which the parent POM excludes from the test class path.
 *
 * <p>Implementation requirements: this class is mutable and not thread-safe.
 */
public final class EqualsContract {
    private final List<List<Object>> groups = new ArrayList<>();

    /** Starts with no groups. */
    public EqualsContract() {}

    /**
     * Adds a group of values that must all be equal to each other and to no value of another group.
     *
     * @param values the group, at least one value
     * @return this checker
     */
    public EqualsContract addEqualityGroup(Object... values) {
        assertThat(values).as("an equality group").isNotEmpty().doesNotContainNull();
        groups.add(Arrays.asList(values));
        return this;
    }

    /** Checks every pair of values of every group. */
    public void testEquals() {
        Object unrelated = new Object();
        for (int g = 0; g < groups.size(); g++) {
            for (Object a : groups.get(g)) {
                assertThat(a.equals(a)).as("%s equals itself", a).isTrue();
                assertThat(a.equals(null)).as("%s equals null", a).isFalse();
                assertThat(a.equals(unrelated)).as("%s equals an unrelated object", a).isFalse();
                assertThat(a.hashCode()).as("hash code of %s is stable", a).isEqualTo(a.hashCode());
                for (int h = 0; h < groups.size(); h++) {
                    for (Object b : groups.get(h)) {
                        if (g == h) {
                            assertThat(a.equals(b)).as("%s equals %s (same group)", a, b).isTrue();
                            assertThat(a.hashCode()).as("hash codes of %s and %s", a, b).isEqualTo(b.hashCode());
                        } else {
                            assertThat(a.equals(b)).as("%s equals %s (groups %d and %d)", a, b, g, h).isFalse();
                        }
                    }
                }
            }
        }
    }
}

package org.est4j.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The contract guava-testlib's {@code EqualsTester} checks, without JUnit 4 (which EqualsTester calls even when
 * every check passes, and which the build leaves out): every item equals itself and the items of its group, with
 * the same hash code, and no item of another group, nor null, nor an object of another class.
 */
final class EqualityGroups {
    private final List<List<Object>> groups = new ArrayList<>();

    /**
     * Adds a group of items that must all be equal to each other.
     *
     * @param items the group
     * @return this
     */
    EqualityGroups addEqualityGroup(Object... items) {
        groups.add(Arrays.asList(items));
        return this;
    }

    /** Checks the contract over every pair of items. */
    void testEquals() {
        Object stranger = new Object();
        for (int g = 0; g < groups.size(); g++) {
            for (Object item : groups.get(g)) {
                assertThat(item.equals(item)).as("%s equals itself", item).isTrue();
                assertThat(item.equals(null)).as("%s equals null", item).isFalse();
                assertThat(item.equals(stranger)).as("%s equals an Object", item).isFalse();
                for (int h = 0; h < groups.size(); h++) {
                    for (Object other : groups.get(h)) {
                        if (g == h) {
                            assertThat(item).as("group %d", g).isEqualTo(other);
                            assertThat(item.hashCode()).as("hash codes in group %d: %s and %s", g, item, other)
                                    .isEqualTo(other.hashCode());
                        } else {
                            assertThat(item.equals(other)).as("%s (group %d) equals %s (group %d)", item, g, other, h)
                                    .isFalse();
                        }
                    }
                }
            }
        }
    }
}

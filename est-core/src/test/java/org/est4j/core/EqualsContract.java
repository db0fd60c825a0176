package org.est4j.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks the {@code equals}/{@code hashCode} contract over groups of values, as guava-testlib's
 * {@code EqualsTester} does and with the same fluent use. Guava's class cannot run here: it throws JUnit 4's
 * {@code junit.framework.AssertionFailedError}, and the parent POM excludes {@code junit:junit} from
 * guava-testlib. Once JUnit 4 is on the test path, callers can switch by changing the import.
 *
 * <p>Checked: every value equals itself and not null nor an instance of an unrelated class; values of one group
 * are equal both ways and have the same hash code; values of different groups are unequal both ways.
 */
public final class EqualsContract {
    private final List<List<Object>> groups = new ArrayList<>();

    /** Creates a tester without groups. */
    public EqualsContract() {}

    /**
     * Adds a group of values that must all be equal to each other and unequal to every other group's.
     *
     * @param group the values, at least one
     * @return this tester
     */
    public EqualsContract addEqualityGroup(Object... group) {
        if (group.length == 0) {
            throw new IllegalArgumentException("An equality group needs at least one value");
        }
        groups.add(Arrays.asList(group));
        return this;
    }

    /**
     * Runs the checks.
     *
     * @throws AssertionError naming the first broken rule and the values involved
     */
    public void testEquals() {
        Object unrelated = new Object();
        for (int g = 0; g < groups.size(); g++) {
            for (int i = 0; i < groups.get(g).size(); i++) {
                Object a = groups.get(g).get(i);
                String where = "group " + (g + 1) + " item " + (i + 1) + " [" + a + "]";
                check(a.equals(a), where + " must equal itself");
                check(!a.equals(null), where + " must not equal null");
                check(!a.equals(unrelated), where + " must not equal an unrelated object");
                check(a.hashCode() == a.hashCode(), where + " must have a stable hash code");
                for (int h = 0; h < groups.size(); h++) {
                    for (int j = 0; j < groups.get(h).size(); j++) {
                        Object b = groups.get(h).get(j);
                        String pair = where + " and group " + (h + 1) + " item " + (j + 1) + " [" + b + "]";
                        if (g == h) {
                            check(a.equals(b), pair + " must be equal");
                            check(a.hashCode() == b.hashCode(), pair + " must have equal hash codes");
                        } else {
                            check(!a.equals(b), pair + " must not be equal");
                        }
                    }
                }
            }
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}

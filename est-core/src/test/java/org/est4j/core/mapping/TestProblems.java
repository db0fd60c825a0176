package org.est4j.core.mapping;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;

/** Helpers for asserting on validation problems in this package's tests. */
final class TestProblems {
    private TestProblems() {}

    /**
     * Runs code that must fail validation and returns the field paths of its problems, in order.
     *
     * @param code the code
     * @return the paths
     * @throws AssertionError when the code does not throw a ValidationException
     */
    static List<String> paths(ThrowingCallable code) {
        ValidationException e = catchThrowableOfType(ValidationException.class, code);
        if (e == null) {
            throw new AssertionError("expected a ValidationException");
        }
        return e.problems().stream().map(Problem::path).collect(Collectors.toList());
    }

    /**
     * Runs code that must fail validation and returns the exception.
     *
     * @param code the code
     * @return the exception
     */
    static ValidationException failure(ThrowingCallable code) {
        ValidationException e = catchThrowableOfType(ValidationException.class, code);
        if (e == null) {
            throw new AssertionError("expected a ValidationException");
        }
        return e;
    }
}

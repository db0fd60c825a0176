package org.est4j.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the problems of one validation so that all of them are reported together, then throws a single
 * {@link ValidationException}. Used by every builder and factory in est4j; hosts may use it for their own
 * plugin types.
 *
 * <pre>{@code
 * Problems.of("Area")
 *     .require(name != null && !name.isBlank(), "name", "must not be blank", name)
 *     .throwIfAny();
 * }</pre>
 *
 * <p>Implementation requirements: this class is mutable and not thread-safe; use one instance per
 * validation, on one thread.
 */
public final class Problems {
    private final String subject;
    private final List<Problem> found = new ArrayList<>();

    private Problems(String subject) {
        this.subject = subject;
    }

    /**
     * Starts collecting problems for a subject.
     *
     * @param subject what is validated, used in the exception message, such as {@code "Observation"}
     * @return an empty collector
     */
    public static Problems of(String subject) {
        return new Problems(java.util.Objects.requireNonNull(subject, "subject"));
    }

    /**
     * Records a problem unless the condition holds.
     *
     * @param condition the rule; nothing is recorded when it is true
     * @param path the field path of the value checked
     * @param message the rule in words, as it should read after the path
     * @param value the value checked, may be null; its {@code toString()} is kept
     * @return this collector
     */
    public Problems require(boolean condition, String path, String message, Object value) {
        if (!condition) {
            add(path, message, value);
        }
        return this;
    }

    /**
     * Records that a required value is missing when it is null.
     *
     * @param value the value checked
     * @param path its field path
     * @return this collector
     */
    public Problems requirePresent(Object value, String path) {
        if (value == null) {
            add(path, "is required", null);
        }
        return this;
    }

    /**
     * Records a problem unconditionally.
     *
     * @param path the field path of the offending value
     * @param message the rule in words
     * @param value the offending value, may be null
     * @return this collector
     */
    public Problems add(String path, String message, Object value) {
        found.add(new Problem(path, message, value == null ? null : String.valueOf(value)));
        return this;
    }

    /**
     * Runs a nested validation and records its problems under a path prefix.
     *
     * @param prefix the path of the nested value, such as {@code areas[3]}
     * @param validation the nested validation; a {@link ValidationException} it throws is absorbed
     * @return this collector
     */
    public Problems nested(String prefix, Supplier<?> validation) {
        try {
            validation.get();
        } catch (ValidationException e) {
            e.problems().forEach(p -> found.add(p.nestedIn(prefix)));
        }
        return this;
    }

    /**
     * Tells whether any problem has been recorded.
     *
     * @return true when at least one rule was broken
     */
    public boolean any() {
        return !found.isEmpty();
    }

    /**
     * Returns the problems recorded so far.
     *
     * @return an unmodifiable copy
     */
    public List<Problem> list() {
        return List.copyOf(found);
    }

    /**
     * Throws a {@link ValidationException} with every recorded problem, if there is any.
     *
     * @throws ValidationException when at least one problem was recorded
     */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(subject, found);
        }
    }
}

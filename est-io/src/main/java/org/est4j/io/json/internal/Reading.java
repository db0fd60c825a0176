package org.est4j.io.json.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.est4j.core.Problem;

/**
 * The problems found while reading one JSON value into est4j's model, each with the JSON path of the offending
 * value relative to that value, such as {@code [3].reporter} or {@code areas[0].point.latitude}.
 *
 * <p>Reading goes on after a problem wherever the rest of the input can still be read, so that one pass reports
 * every problem; it stops at {@link #MAX_PROBLEMS} so that a hostile or badly broken input cannot produce an
 * unbounded report.
 *
 * <p>This class is internal and not for public use; its API may change without notice. Implementation
 * requirements: this class is mutable and not thread-safe; use one instance per read, on one thread.
 */
public final class Reading {
    /** The most problems kept; reading stops once this many are found. */
    public static final int MAX_PROBLEMS = 100;
    private static final int VALUE_SHOWN = 60;

    private final boolean ignoreUnknown;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * Starts a read.
     *
     * @param ignoreUnknown true to skip properties est4j does not know, false to report them as problems
     */
    public Reading(boolean ignoreUnknown) {
        this.ignoreUnknown = ignoreUnknown;
    }

    /**
     * Tells whether properties est4j does not know are skipped rather than reported.
     *
     * @return true when they are skipped
     */
    public boolean ignoresUnknown() {
        return ignoreUnknown;
    }

    /**
     * Records a problem about a JSON value and returns null, so that a conversion can {@code return r.fail(…)}.
     *
     * @param <T> the type the conversion would have returned
     * @param path the JSON path of the value
     * @param message the rule broken, in words
     * @param value the offending JSON value, may be null
     * @return null
     */
    public <T> T fail(String path, String message, JsonNode value) {
        add(path, message, value == null ? null : brief(value));
        return null;
    }

    /**
     * Records a problem.
     *
     * @param path the JSON path of the offending value
     * @param message the rule broken, in words
     * @param value the offending value as text, may be null
     */
    public void add(String path, String message, String value) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new Problem(requireNonNull(path, "path"), requireNonNull(message, "message"), value));
        }
    }

    /**
     * Records a problem found by the model, such as a builder's, as it is.
     *
     * @param problem the problem, with its path already made a JSON path
     */
    public void add(Problem problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(requireNonNull(problem, "problem"));
        }
    }

    /**
     * Tells whether any problem has been found.
     *
     * @return true when at least one
     */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * Tells whether {@link #MAX_PROBLEMS} problems have been found, so that reading should stop.
     *
     * @return true when full
     */
    public boolean isFull() {
        return problems.size() >= MAX_PROBLEMS;
    }

    /**
     * Returns the number of problems so far, as a mark for {@link #problemsSince(int)}.
     *
     * @return the count
     */
    public int mark() {
        return problems.size();
    }

    /**
     * Returns the problems found since a mark.
     *
     * @param mark a value of {@link #mark()}
     * @return an unmodifiable view, possibly empty
     */
    public List<Problem> problemsSince(int mark) {
        return List.copyOf(problems.subList(mark, problems.size()));
    }

    /**
     * Returns every problem found, in the order found.
     *
     * @return an unmodifiable copy
     */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /**
     * Returns a JSON value as short text for a problem report.
     *
     * @param value a JSON value
     * @return its JSON text, cut to about sixty characters
     */
    public static String brief(JsonNode value) {
        String text = value.toString();
        return text.length() <= VALUE_SHOWN ? text : text.substring(0, VALUE_SHOWN) + "… (" + text.length() + " chars)";
    }

    /**
     * Joins a parent path and a property name.
     *
     * @param path the parent's path, empty for the root
     * @param name the property
     * @return {@code path.name}, or {@code name} at the root
     */
    public static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /**
     * Joins a parent path and an array index.
     *
     * @param path the array's path
     * @param index the index
     * @return {@code path[index]}
     */
    public static String element(String path, int index) {
        return path + "[" + index + "]";
    }
}

package org.est4j.core;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value breaks one or more rules. It carries <em>every</em> problem found, not only the
 * first, each with its field path, so that a form or an importer can show them all at once.
 *
 * <p>Implementation requirements: instances are immutable once thrown and safe to share between threads.
 */
public class ValidationException extends EstException {
    private static final long serialVersionUID = 1L;

    /** The problems, never empty: a List.copyOf of serializable records, so serializable itself. */
    @SuppressWarnings("serial")
    private final List<Problem> problems;

    /**
     * Creates an exception for what was being validated and the problems found.
     *
     * @param subject what was validated, such as {@code "Area"} or {@code "AreaHierarchy"}
     * @param problems the problems found, at least one
     */
    public ValidationException(String subject, List<Problem> problems) {
        super(message(subject, problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(String subject, List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A ValidationException needs at least one problem");
        }
        return "Invalid " + subject + " (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "): " + problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
    }

    /**
     * Returns every problem found, in the order they were found.
     *
     * @return an unmodifiable list, never empty
     */
    public List<Problem> problems() {
        return problems;
    }
}

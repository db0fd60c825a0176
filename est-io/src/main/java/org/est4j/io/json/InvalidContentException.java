package org.est4j.io.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.stream.Collectors;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;

/**
 * Thrown through Jackson when JSON does not make a valid est4j value: a property of the wrong form, a rule of the
 * model broken, an unknown property, a document of an unsupported version. It carries <em>every</em> problem
 * found, each with its JSON path from the root of what was read, such as {@code [2].reporter} for a
 * {@code List<Observation>} or {@code content[2].reporter} for a document.
 *
 * <p>It is a {@link JsonMappingException}, so that a host's Jackson code handles it like any other mapping error;
 * {@link #toValidationException()} turns it into est4j's own unchecked exception. {@link EstJson} does that
 * itself.
 *
 * <p>Implementation requirements: instances are immutable once thrown, apart from the path Jackson prepends
 * while the exception travels out.
 */
public final class InvalidContentException extends JsonMappingException {
    private static final long serialVersionUID = 1L;
    private static final String SUBJECT = "est4j JSON";

    /** The problems, with paths relative to the value whose reading threw. */
    @SuppressWarnings("serial")
    private final List<Problem> problems;
    private final String unsupportedVersion;

    /**
     * Creates the exception.
     *
     * @param parser the parser, for the location
     * @param problems the problems, at least one, with paths relative to the value being read
     */
    public InvalidContentException(JsonParser parser, List<Problem> problems) {
        this(parser, problems, null);
    }

    InvalidContentException(JsonParser parser, List<Problem> problems, String unsupportedVersion) {
        super(parser, summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An InvalidContentException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.unsupportedVersion = unsupportedVersion;
    }

    private static String summary(List<Problem> problems) {
        return requireNonNull(problems, "problems").size() + (problems.size() == 1 ? " problem" : " problems");
    }

    /**
     * Returns every problem, with JSON paths from the root of what was read.
     *
     * @return an unmodifiable list, never empty
     */
    public List<Problem> problems() {
        String prefix = pathOf(getPath());
        return problems.stream().map(p -> p.nestedIn(prefix)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns est4j's unchecked exception with the same problems: an {@link UnsupportedVersionException} when the
     * document's version is not supported, else a {@link ValidationException}.
     *
     * @return the exception, not thrown
     */
    public ValidationException toValidationException() {
        return unsupportedVersion != null ? new UnsupportedVersionException(unsupportedVersion, problems())
                : new ValidationException(SUBJECT, problems());
    }

    /** Returns {@code Invalid est4j JSON (n problems): path: rule (was value); …}, with full paths. */
    @Override
    public String getMessage() {
        List<Problem> all = problems();
        return "Invalid " + SUBJECT + " (" + summary(all) + "): "
                + all.stream().map(Problem::toString).collect(Collectors.joining("; "));
    }

    /**
     * Returns the path of a Jackson reference chain in est4j's notation: {@code content[3].area}.
     *
     * @param references Jackson's references, outermost first
     * @return the path, empty for the root
     */
    static String pathOf(List<Reference> references) {
        StringBuilder path = new StringBuilder();
        for (Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

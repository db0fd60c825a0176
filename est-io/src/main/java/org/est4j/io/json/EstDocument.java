package org.est4j.io.json;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;

/**
 * An est4j JSON exchange document: a {@link DocumentKind kind} and its content, written inside the versioned
 * envelope
 *
 * <pre>{@code
 * {"format": "est4j", "version": "1.0", "kind": "observations", "content": [ … ]}
 * }</pre>
 *
 * <p>Hosts with their own {@code ObjectMapper} (with {@link EstJacksonModule} registered) read and write documents
 * as this type: {@code mapper.readValue(in, EstDocument.class).content(DocumentKind.MEASURES)}.
 * {@link EstJson} does the same with est4j's own settings and plain exceptions.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe; list content is copied into an
 * unmodifiable list.
 *
 * @param <T> the Java type of the content
 */
public final class EstDocument<T> {
    private final DocumentKind<T> kind;
    private final T content;

    private EstDocument(DocumentKind<T> kind, T content) {
        this.kind = kind;
        this.content = content;
    }

    /**
     * Returns a document.
     *
     * @param <T> the Java type of the content
     * @param kind the kind
     * @param content the content; a list is copied
     * @return the document
     * @throws IllegalArgumentException when the content is not of the kind's type (or a list holds null or an
     *     element of another type), which the compiler cannot always prove
     */
    public static <T> EstDocument<T> of(DocumentKind<T> kind, T content) {
        requireNonNull(kind, "kind");
        return new EstDocument<>(kind, kind.check(content));
    }

    /**
     * Returns the kind.
     *
     * @return never null
     */
    public DocumentKind<T> kind() {
        return kind;
    }

    /**
     * Returns the content.
     *
     * @return never null; an unmodifiable list for list kinds
     */
    public T content() {
        return content;
    }

    /**
     * Returns the content, checking that the document is of the kind expected, as after reading a document of any
     * kind.
     *
     * @param <U> the Java type of the content expected
     * @param expected the kind expected
     * @return the content
     * @throws ValidationException (path {@code kind}) when the document is of another kind
     */
    @SuppressWarnings("unchecked")
    public <U> U content(DocumentKind<U> expected) {
        requireNonNull(expected, "expected");
        if (expected != kind) {
            throw new ValidationException(EstJson.SUBJECT, List.of(new Problem("kind", "must be " + expected.id()
                    + ": a document of that kind was expected", kind.id())));
        }
        return (U) content;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EstDocument && ((EstDocument<?>) other).kind == kind
                && ((EstDocument<?>) other).content.equals(content);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + content.hashCode();
    }

    /** Returns a summary such as {@code EstDocument[observations, 12 items]} or {@code EstDocument[hierarchy]}. */
    @Override
    public String toString() {
        if (kind.isList()) {
            int n = ((List<?>) content).size();
            return "EstDocument[" + kind + ", " + n + (n == 1 ? " item]" : " items]");
        }
        return "EstDocument[" + kind + "]";
    }
}

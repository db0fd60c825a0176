package org.est4j.io.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.est4j.core.EstException;
import org.est4j.core.spi.ExportFormatProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.io.json.DocumentKind;
import org.est4j.io.json.EstDocument;
import org.est4j.io.json.EstJson;

/**
 * Export format {@code json}: any content of an est4j {@link DocumentKind} as an exchange document in the versioned
 * envelope, {@code {"format": "est4j", "version": "1.0", "kind": …, "content": …}}, in UTF-8 with a final newline,
 * the same bytes for the same content on every run.
 *
 * <p>The document is the content of a single kind (a {@code PictureSet}, a {@code FeedbackReport}, an
 * {@code AreaHierarchy}, …) or a non-empty {@code List} whose elements are all of a list kind's content type (a
 * {@code List<Observation>}, a {@code List<Measure>}, …); the kind is the first, in {@link DocumentKind#values()}
 * order, that the document fits. An empty list is refused, since it does not tell which kind it is: write it with
 * {@link EstJson#write(DocumentKind, Object, OutputStream)}.
 *
 * <p>Settings: {@code pretty} = {@code true} (the default: two-space indentation, {@code \n} line ends, as
 * {@link EstJson} writes) or {@code false} (one line).
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class JsonExportFormatProvider implements ExportFormatProvider {
    /** The format's id. */
    static final String FORMAT_ID = "json";
    private static final ObjectWriter COMPACT = EstJson.mapper().writerFor(EstDocument.class);
    private static final Set<Class<?>> TYPES;

    static {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (DocumentKind<?> kind : DocumentKind.values()) {
            if (!kind.isList()) {
                types.add(kind.contentType());
            }
        }
        types.add(List.class);
        TYPES = Collections.unmodifiableSet(types);
    }

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public JsonExportFormatProvider() {
        // stateless
    }

    @Override
    public String id() {
        return FORMAT_ID;
    }

    @Override
    public String description() {
        return "est4j JSON exchange documents (format 1.0, with a JSON Schema per kind): pictures, feedback reports,"
                + " observations, measures and every other kind";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    /**
     * Returns the content types of the single kinds and {@code List}, for the list kinds.
     *
     * @return an unmodifiable set, in the order of {@link DocumentKind#values()}
     */
    @Override
    public Set<Class<?>> documentTypes() {
        return TYPES;
    }

    /**
     * Creates a writer.
     *
     * @param config {@code pretty}: {@code true} (default) or {@code false}
     * @return the writer
     * @throws org.est4j.core.ValidationException when a setting is unknown or of the wrong form
     */
    @Override
    public Writer create(PluginConfig config) {
        Settings settings = new Settings("json writer settings", requireNonNull(config, "config"))
                .allow(List.of("pretty"), List.of());
        boolean pretty = Boolean.parseBoolean(settings.choice("pretty", "true", "true", "false"));
        settings.check();
        return NamedWriter.of("json writer " + (pretty ? "pretty" : "compact"), (document, out) -> {
            DocumentKind<?> kind = kindOf(document);
            write(kind, document, out, pretty);
        });
    }

    private static <T> void write(DocumentKind<T> kind, Object document, OutputStream out, boolean pretty)
            throws IOException {
        @SuppressWarnings("unchecked")
        T content = (T) document;
        if (pretty) {
            EstJson.write(kind, content, out);
            return;
        }
        COMPACT.writeValue(out, EstDocument.of(kind, content));
        out.write('\n');
        out.flush();
    }

    /** The kind a document is the content of. */
    static DocumentKind<?> kindOf(Object document) {
        Optional<DocumentKind<?>> found = Optional.empty();
        if (document instanceof List && !((List<?>) document).isEmpty()) {
            List<?> items = (List<?>) document;
            found = DocumentKind.values().stream()
                    .filter(k -> k.isList() && items.stream().allMatch(i -> k.contentType().isInstance(i)))
                    .findFirst();
        } else if (document != null && !(document instanceof List)) {
            found = DocumentKind.values().stream()
                    .filter(k -> !k.isList() && k.contentType().isInstance(document)).findFirst();
        }
        return found.orElseThrow(() -> new EstException("The json format writes "
                + DocumentKind.values().stream().filter(k -> !k.isList()).map(k -> k.contentType().getSimpleName())
                        .collect(Collectors.joining(", "))
                + ", or a non-empty List of one of " + DocumentKind.values().stream().filter(DocumentKind::isList)
                        .map(k -> k.contentType().getSimpleName()).collect(Collectors.joining(", "))
                + "; not " + describe(document)));
    }

    private static String describe(Object document) {
        if (document == null) {
            return "null";
        }
        if (document instanceof List) {
            List<?> items = (List<?>) document;
            return items.isEmpty() ? "an empty List (it does not tell which kind it is; use EstJson.write with a"
                    + " DocumentKind)" : "a List of " + items.stream().map(i -> i == null ? "null"
                            : i.getClass().getName()).distinct().collect(Collectors.joining(", "));
        }
        return document.getClass().getName();
    }

    @Override
    public String toString() {
        return "ExportFormatProvider[json]";
    }
}

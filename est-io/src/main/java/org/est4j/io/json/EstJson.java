package org.est4j.io.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;

/**
 * est4j's JSON in a handful of calls: exchange documents written and read in the versioned envelope, a
 * preconfigured {@link ObjectMapper}, and the JSON Schemas.
 *
 * <pre>{@code
 * EstJson.write(DocumentKind.MEASURES, measures, out);                 // {"format":"est4j","version":"1.0",…}
 * List<Measure> back = EstJson.read(DocumentKind.MEASURES, in);
 * EstDocument<?> any = EstJson.read(in);                                // kind decided by the document
 * String schema = EstJson.schema(DocumentKind.MEASURES);               // JSON Schema draft 2020-12
 * ObjectMapper mapper = EstJson.mapper();                              // for a host's own use
 * }</pre>
 *
 * <p><b>Writing</b> is deterministic: the same content gives the same bytes on every run and every JDK (UTF-8,
 * two-space indentation, {@code \n} line ends and a final newline, properties in a fixed order, numbers in their
 * shortest round-tripping form). Output streams are flushed, never closed.
 *
 * <p><b>Reading</b> applies {@link JsonLimits#defaults() input limits}, rejects duplicate keys and anything after
 * the document, and builds every value through the model's builders, so every rule of the model applies. Input
 * streams are not closed. Everything wrong with the input is reported as one {@link ValidationException} whose
 * problems have JSON paths from the document's root, such as {@code content[3].reporter}: syntax errors and
 * exceeded limits (with line and column), envelope problems, values of the wrong form, properties est4j does not
 * know, and broken rules — all of them at once as far as the input can still be read. A document of another major
 * version throws {@link UnsupportedVersionException}; failing I/O throws {@link UncheckedIOException}.
 *
 * <p>Implementation requirements: this class is stateless and thread-safe.
 */
public final class EstJson {
    /** The envelope's {@code "format"}. */
    public static final String FORMAT = "est4j";
    /** The version written, {@code "1.0"}; every {@code 1.x} is read. */
    public static final String VERSION = "1.0";
    /** The base of the schemas' {@code $id}s. */
    public static final String SCHEMA_BASE = "https://est4j.org/schema/1.0/";
    /** The {@code $id} of the schema that holds the definitions every document schema refers to. */
    public static final String COMMON_SCHEMA_ID = SCHEMA_BASE + "common.json";

    static final int MAJOR = 1;
    static final int MINOR = 0;
    static final String SUBJECT = "est4j JSON";

    private static final ObjectMapper MAPPER = mapper();
    private static final ObjectWriter WRITER = MAPPER.writerFor(EstDocument.class).with(prettyPrinter());
    private static final ObjectReader READER = MAPPER.readerFor(EstDocument.class);

    private EstJson() {}

    /**
     * Returns a new mapper configured as est4j reads and writes: {@link EstJacksonModule} registered, the default
     * {@link JsonLimits}, duplicate keys rejected ({@code STRICT_DUPLICATE_DETECTION}), trailing content rejected,
     * unknown properties rejected, doubles written in their shortest form identically on every JDK, and streams
     * neither closed after reading nor after writing. Default typing is never enabled. Each call returns a new,
     * independent mapper: configure it as you like; create it once and reuse it.
     *
     * @return a new mapper
     */
    public static ObjectMapper mapper() {
        return mapper(JsonLimits.defaults());
    }

    /**
     * Returns a new mapper as {@link #mapper()}, with other input limits.
     *
     * @param limits the limits
     * @return a new mapper
     */
    public static ObjectMapper mapper(JsonLimits limits) {
        requireNonNull(limits, "limits");
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(limits.toStreamReadConstraints())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new EstJacksonModule())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    // ------------------------------------------------------------------------------------------- writing

    /**
     * Writes a document: the envelope and its content, in UTF-8, followed by a newline.
     *
     * @param <T> the content's type
     * @param kind the kind of document
     * @param content the content
     * @param out where to write; flushed, not closed
     * @throws IllegalArgumentException when the content is not of the kind's type
     * @throws UncheckedIOException when writing fails
     */
    public static <T> void write(DocumentKind<T> kind, T content, OutputStream out) {
        requireNonNull(out, "out");
        EstDocument<T> document = EstDocument.of(kind, content);
        try {
            WRITER.writeValue(out, document);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the " + kind + " document: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a document to a string: the envelope and its content, followed by a newline.
     *
     * @param <T> the content's type
     * @param kind the kind of document
     * @param content the content
     * @return the JSON text
     * @throws IllegalArgumentException when the content is not of the kind's type
     */
    public static <T> String writeString(DocumentKind<T> kind, T content) {
        EstDocument<T> document = EstDocument.of(kind, content);
        try {
            return WRITER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the " + kind + " document: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------------------- reading

    /**
     * Reads a document of a kind.
     *
     * @param <T> the content's type
     * @param kind the kind expected
     * @param in the UTF-8 (or UTF-16/32, detected) input; not closed
     * @return the content; a list is unmodifiable
     * @throws ValidationException listing every problem with its JSON path, such as {@code content[3].reporter},
     *     also when the document is of another kind ({@code kind})
     * @throws UnsupportedVersionException when the document's major version is not 1
     * @throws UncheckedIOException when reading fails
     */
    public static <T> T read(DocumentKind<T> kind, InputStream in) {
        return read(READER, kind, in);
    }

    /**
     * Reads a document of a kind, with other input limits than the defaults.
     *
     * @param <T> the content's type
     * @param kind the kind expected
     * @param in the input; not closed
     * @param limits the limits
     * @return the content
     * @throws ValidationException listing every problem with its JSON path
     * @throws UnsupportedVersionException when the document's major version is not 1
     * @throws UncheckedIOException when reading fails
     */
    public static <T> T read(DocumentKind<T> kind, InputStream in, JsonLimits limits) {
        return read(mapper(limits).readerFor(EstDocument.class), kind, in);
    }

    /**
     * Reads a document of a kind from a string.
     *
     * @param <T> the content's type
     * @param kind the kind expected
     * @param json the JSON text
     * @return the content
     * @throws ValidationException listing every problem with its JSON path
     * @throws UnsupportedVersionException when the document's major version is not 1
     */
    public static <T> T readString(DocumentKind<T> kind, String json) {
        requireNonNull(json, "json");
        return read(kind, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Reads a document of any kind; ask the result for its {@link EstDocument#kind() kind}.
     *
     * @param in the input; not closed
     * @return the document
     * @throws ValidationException listing every problem with its JSON path
     * @throws UnsupportedVersionException when the document's major version is not 1
     * @throws UncheckedIOException when reading fails
     */
    public static EstDocument<?> read(InputStream in) {
        return readDocument(READER, in);
    }

    private static <T> T read(ObjectReader reader, DocumentKind<T> kind, InputStream in) {
        requireNonNull(kind, "kind");
        return readDocument(reader.withAttribute(DocumentCodec.EXPECTED_KIND, kind), in).content(kind);
    }

    private static EstDocument<?> readDocument(ObjectReader reader, InputStream in) {
        requireNonNull(in, "in");
        EstDocument<?> document;
        try {
            document = reader.readValue(in);
        } catch (InvalidContentException e) {
            throw e.toValidationException();
        } catch (JsonProcessingException e) {
            throw new ValidationException(SUBJECT, List.of(problemOf(e)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the est4j JSON document: " + e.getMessage(), e);
        }
        if (document == null) {
            throw new ValidationException(SUBJECT, List.of(new Problem("", "must be an est4j document, not null", "null")));
        }
        return document;
    }

    /** Turns a syntax error, an exceeded limit or another mapping failure into a problem at its JSON path. */
    private static Problem problemOf(JsonProcessingException e) {
        String path = "";
        if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
            path = InvalidContentException.pathOf(((JsonMappingException) e).getPath());
        } else if (e.getProcessor() instanceof JsonParser) {
            path = pathOf(((JsonParser) e.getProcessor()).getParsingContext());
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        String message = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return new Problem(path, "exceeds a limit on input: " + message + where
                    + "; if the document is genuine, read it with higher JsonLimits", null);
        }
        if (e instanceof JsonParseException) {
            return new Problem(path, "is not valid JSON: " + message + where, null);
        }
        return new Problem(path, "could not be read: " + message + where, null);
    }

    /** Returns the path of a parser's position in est4j's notation: {@code content[3].area}. */
    private static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    // ------------------------------------------------------------------------------------------- schemas

    /**
     * Returns the JSON Schema (draft 2020-12) of a kind of document, as shipped in est-io's jar. It refers to the
     * shared definitions in {@link #COMMON_SCHEMA_ID} by a relative {@code $ref}; {@link #schemas()} gives both.
     *
     * @param kind the kind
     * @return the schema's JSON text, whose {@code $id} is {@link DocumentKind#schemaId()}
     */
    public static String schema(DocumentKind<?> kind) {
        requireNonNull(kind, "kind");
        return Schemas.ALL.get(kind.schemaId());
    }

    /**
     * Returns every schema est4j ships: one per kind of document and the common definitions, by {@code $id}, so
     * that a host can serve them or hand them to a validator.
     *
     * @return an unmodifiable map sorted by {@code $id}
     */
    public static SortedMap<String, String> schemas() {
        return Schemas.ALL;
    }

    /** Loads the schemas once, on first use. */
    private static final class Schemas {
        static final SortedMap<String, String> ALL = load();

        private static SortedMap<String, String> load() {
            SortedMap<String, String> all = new TreeMap<>();
            all.put(COMMON_SCHEMA_ID, resource("common.json"));
            for (DocumentKind<?> kind : DocumentKind.values()) {
                all.put(kind.schemaId(), resource(kind.id() + ".json"));
            }
            return Collections.unmodifiableSortedMap(all);
        }

        private static String resource(String name) {
            try (InputStream in = EstJson.class.getResourceAsStream("schema/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("The JSON Schema " + name + " is missing from est-io's jar");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the JSON Schema " + name + ": " + e.getMessage(), e);
            }
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}

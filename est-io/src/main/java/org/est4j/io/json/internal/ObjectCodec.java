package org.est4j.io.json.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * A codec for a value written as one JSON object with a fixed list of properties.
 *
 * <p>This class is internal and not for public use. Implementation requirements: immutable and thread-safe.
 *
 * @param <T> the type
 */
public final class ObjectCodec<T> implements Codec<T> {
    /**
     * Writes the properties of a value, between the braces that {@link ObjectCodec} writes.
     *
     * @param <T> the type
     */
    @FunctionalInterface
    public interface Writer<T> {
        /**
         * Writes the properties.
         *
         * @param value the value
         * @param g the generator, inside the value's object
         * @throws IOException when the generator fails
         */
        void write(T value, JsonGenerator g) throws IOException;
    }

    private final String what;
    private final List<String> properties;
    private final Writer<T> writer;
    private final Function<Fields, T> reader;

    /**
     * Creates a codec.
     *
     * @param what what the value is, in words, such as {@code "an observation"}
     * @param properties the properties, in the order written
     * @param writer writes the properties
     * @param reader reads the properties and builds the value, or returns null after recording problems
     */
    public ObjectCodec(String what, List<String> properties, Writer<T> writer, Function<Fields, T> reader) {
        this.what = requireNonNull(what, "what");
        this.properties = List.copyOf(properties);
        this.writer = requireNonNull(writer, "writer");
        this.reader = requireNonNull(reader, "reader");
    }

    @Override
    public String what() {
        return what;
    }

    /**
     * Returns the properties est4j knows for this type, in the order it writes them.
     *
     * @return an unmodifiable list
     */
    public List<String> properties() {
        return properties;
    }

    @Override
    public void write(T value, JsonGenerator g) throws IOException {
        g.writeStartObject();
        writer.write(value, g);
        g.writeEndObject();
    }

    @Override
    public T convert(JsonNode node, Reading reading, String path) {
        Fields fields = Fields.of(reading, node, path, what, properties);
        return fields == null ? null : reader.apply(fields);
    }
}

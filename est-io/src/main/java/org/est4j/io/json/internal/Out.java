package org.est4j.io.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Small writing helpers shared by the codecs, so that every type writes optional and repeated attributes alike:
 * an absent optional is left out, a collection is always written (empty as {@code []}).
 *
 * <p>This class is internal and not for public use.
 */
public final class Out {
    private Out() {}

    /**
     * Writes a property with a codec.
     *
     * @param <T> the value's type
     * @param g the generator
     * @param name the property
     * @param codec the value's codec
     * @param value the value, not null
     * @throws IOException when the generator fails
     */
    public static <T> void field(JsonGenerator g, String name, Codec<T> codec, T value) throws IOException {
        g.writeFieldName(name);
        codec.write(value, g);
    }

    /**
     * Writes a property when the value is present.
     *
     * @param <T> the value's type
     * @param g the generator
     * @param name the property
     * @param codec the value's codec
     * @param value the value, or empty to write nothing
     * @throws IOException when the generator fails
     */
    public static <T> void optional(JsonGenerator g, String name, Codec<T> codec, Optional<? extends T> value)
            throws IOException {
        if (value.isPresent()) {
            field(g, name, codec, value.get());
        }
    }

    /**
     * Writes a text property when present.
     *
     * @param g the generator
     * @param name the property
     * @param value the text, or empty to write nothing
     * @throws IOException when the generator fails
     */
    public static void optionalText(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }

    /**
     * Writes a number property when present.
     *
     * @param g the generator
     * @param name the property
     * @param value the number, or empty to write nothing
     * @throws IOException when the generator fails
     */
    public static void optionalNumber(JsonGenerator g, String name, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsDouble());
        }
    }

    /**
     * Writes an array property, in the collection's order; an empty collection is written as {@code []}.
     *
     * @param <T> the element type
     * @param g the generator
     * @param name the property
     * @param codec the elements' codec
     * @param values the elements
     * @throws IOException when the generator fails
     */
    public static <T> void array(JsonGenerator g, String name, Codec<T> codec, Collection<? extends T> values)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (T value : values) {
            codec.write(value, g);
        }
        g.writeEndArray();
    }

    /**
     * Writes an array of texts.
     *
     * @param g the generator
     * @param name the property
     * @param values the texts, in order
     * @throws IOException when the generator fails
     */
    public static void texts(JsonGenerator g, String name, Collection<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    /**
     * Writes an object of texts, in the map's order.
     *
     * @param g the generator
     * @param name the property
     * @param values the entries
     * @throws IOException when the generator fails
     */
    public static void textMap(JsonGenerator g, String name, Map<String, String> values) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, String> entry : values.entrySet()) {
            g.writeStringField(entry.getKey(), entry.getValue());
        }
        g.writeEndObject();
    }

    /**
     * Writes an object keyed by the text form of the map's keys, in the map's order; an empty map is written as
     * {@code {}}.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param g the generator
     * @param name the property
     * @param keys the keys' codec
     * @param values writes one value
     * @param map the entries
     * @throws IOException when the generator fails
     */
    public static <K, V> void map(JsonGenerator g, String name, TextCodec<K> keys, ObjectCodec.Writer<? super V> values,
            Map<K, ? extends V> map) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<K, ? extends V> entry : map.entrySet()) {
            g.writeFieldName(keys.format(entry.getKey()));
            values.write(entry.getValue(), g);
        }
        g.writeEndObject();
    }

    /**
     * Writes counts keyed by the text form of the map's keys, in the map's order, such as
     * {@code {"gathering": 3, "drugs": 1}}.
     *
     * @param <K> the key type
     * @param g the generator
     * @param name the property
     * @param keys the keys' codec
     * @param counts the counts
     * @throws IOException when the generator fails
     */
    public static <K> void counts(JsonGenerator g, String name, TextCodec<K> keys, Map<K, Long> counts)
            throws IOException {
        map(g, name, keys, (Long v, JsonGenerator out) -> out.writeNumber(v.longValue()), counts);
    }
}

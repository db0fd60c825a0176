package org.est4j.io.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import org.est4j.core.Decision;
import org.est4j.core.Identifier;
import org.est4j.core.Problem;
import org.est4j.io.json.InvalidContentException;

/**
 * The Jackson side of the codecs: serializers, deserializers and key (de)serializers that a Jackson
 * {@code Module} installs.
 *
 * <p>This class is internal and not for public use.
 */
public final class Adapters {
    private Adapters() {}

    /**
     * Reads a JSON tree with a codec, throwing when it has problems.
     *
     * @param <T> the type
     * @param codec the codec
     * @param node the JSON value
     * @param p the parser, for the exception's location
     * @param ctxt the context, whose {@code FAIL_ON_UNKNOWN_PROPERTIES} decides about unknown properties
     * @return the value
     * @throws InvalidContentException listing every problem, with JSON paths relative to the value
     */
    public static <T> T read(Conv<T> codec, JsonNode node, JsonParser p, DeserializationContext ctxt)
            throws InvalidContentException {
        Reading reading = new Reading(!ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        T value = codec.convert(node, reading, "");
        if (value == null || reading.hasProblems()) {
            throw new InvalidContentException(p, reading.hasProblems() ? reading.problems()
                    : List.of(new Problem("", "could not be read as " + codecWhat(codec), null)));
        }
        return value;
    }

    private static String codecWhat(Conv<?> conv) {
        return conv instanceof Codec ? ((Codec<?>) conv).what() : "an est4j value";
    }

    /** Writes a value with its codec. */
    static final class CodecSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        @SuppressWarnings("serial")
        private final Codec<T> codec;

        CodecSerializer(Class<T> type, Codec<T> codec) {
            super(type);
            this.codec = codec;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            codec.write(value, g);
        }
    }

    /** Reads a value with its codec. */
    static final class CodecDeserializer<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        @SuppressWarnings("serial")
        private final Codec<T> codec;

        CodecDeserializer(Class<T> type, Codec<T> codec) {
            super(type);
            this.codec = codec;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return read(codec, ctxt.readTree(p), p, ctxt);
        }
    }

    /** Writes a {@link Decision} of any value type, the value with its est4j codec or else with Jackson's. */
    static final class DecisionSerializer extends StdSerializer<Decision<?>> {
        private static final long serialVersionUID = 1L;

        DecisionSerializer() {
            super(Decision.class, false);
        }

        @Override
        public void serialize(Decision<?> d, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            g.writeFieldName("value");
            @SuppressWarnings("unchecked")
            Codec<Object> codec = (Codec<Object>) Codecs.forWriting(d.value().getClass());
            if (codec == null) {
                provider.defaultSerializeValue(d.value(), g);
            } else {
                codec.write(d.value(), g);
            }
            g.writeStringField("decidedBy", d.decidedBy());
            g.writeStringField("reason", d.reason());
            Out.field(g, "decidedOn", Values.DATE, d.decidedOn());
            g.writeEndObject();
        }
    }

    /** Reads a {@link Decision} about values of a known type. */
    static final class DecisionDeserializer extends StdDeserializer<Decision<?>> {
        private static final long serialVersionUID = 1L;
        @SuppressWarnings("serial")
        private final JavaType valueType;

        DecisionDeserializer(JavaType valueType) {
            super(Decision.class);
            this.valueType = valueType;
        }

        @Override
        public Decision<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Codec<?> known = Codecs.forReading(valueType.getRawClass());
            Conv<?> value = known != null ? known : (n, r, path) -> {
                try {
                    return ctxt.readTreeAsValue(n, valueType);
                } catch (IOException e) {
                    return r.fail(path, "must be " + valueType.getTypeName() + " (" + e.getMessage() + ")", n);
                }
            };
            return read(decision(value), ctxt.readTree(p), p, ctxt);
        }

        private static <T> ObjectCodec<Decision<T>> decision(Conv<T> value) {
            return AssessmentCodecs.decision(new Codec<T>() {
                @Override
                public void write(T v, JsonGenerator g) {
                    throw new UnsupportedOperationException("read only");
                }

                @Override
                public T convert(JsonNode node, Reading reading, String path) {
                    return value.convert(node, reading, path);
                }

                @Override
                public String what() {
                    return "a decided value";
                }
            });
        }
    }

    /** Finds the serializers of est4j's types. */
    public static final class EstSerializers extends Serializers.Base {
        private static final DecisionSerializer DECISION = new DecisionSerializer();

        /** Creates the finder. */
        public EstSerializers() {}

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
            Class<?> raw = type.getRawClass();
            if (Decision.class.isAssignableFrom(raw)) {
                return DECISION;
            }
            Codec<?> codec = Codecs.forWriting(raw);
            return codec == null ? null : new CodecSerializer(raw, codec);
        }
    }

    /** Finds the deserializers of est4j's types. */
    public static final class EstDeserializers extends Deserializers.Base {
        /** Creates the finder. */
        public EstDeserializers() {}

        @Override
        public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                BeanDescription beanDesc) {
            if (type.hasRawClass(Decision.class)) {
                return new DecisionDeserializer(type.containedTypeOrUnknown(0));
            }
            return deserializer(type.getRawClass());
        }

        @Override
        public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                BeanDescription beanDesc) {
            return deserializer(type);
        }

        @Override
        public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
            return valueType == Decision.class || Codecs.forReading(valueType) != null;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static JsonDeserializer<?> deserializer(Class<?> raw) {
            Codec<?> codec = Codecs.forReading(raw);
            return codec == null ? null : new CodecDeserializer(raw, codec);
        }
    }

    /** Finds the key serializers of est4j's types written as text. */
    public static final class EstKeySerializers extends Serializers.Base {
        /** Creates the finder. */
        public EstKeySerializers() {}

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
            Class<?> raw = type.getRawClass();
            TextCodec<?> codec = Codecs.forKey(raw);
            if (codec != null) {
                return new KeySerializer(raw, codec);
            }
            return Identifier.class.isAssignableFrom(raw) ? new IdentifierKeySerializer() : null;
        }
    }

    /** Writes a key as its text form. */
    static final class KeySerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        @SuppressWarnings("serial")
        private final TextCodec<T> codec;

        KeySerializer(Class<T> type, TextCodec<T> codec) {
            super(type);
            this.codec = codec;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeFieldName(codec.format(value));
        }
    }

    /** Writes any identifier key as its value. */
    static final class IdentifierKeySerializer extends StdSerializer<Identifier> {
        private static final long serialVersionUID = 1L;

        IdentifierKeySerializer() {
            super(Identifier.class);
        }

        @Override
        public void serialize(Identifier value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeFieldName(value.value());
        }
    }

    /** Finds the key deserializers of est4j's types written as text. */
    public static final class EstKeyDeserializers implements KeyDeserializers {
        /** Creates the finder. */
        public EstKeyDeserializers() {}

        @Override
        public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config,
                BeanDescription beanDesc) {
            TextCodec<?> codec = Codecs.forKey(type.getRawClass());
            return codec == null ? null : new TextKeyDeserializer(codec);
        }
    }

    /** Reads a key from its text form. */
    static final class TextKeyDeserializer extends KeyDeserializer {
        private final TextCodec<?> codec;

        TextKeyDeserializer(TextCodec<?> codec) {
            this.codec = codec;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            Reading reading = new Reading(false);
            Object value = codec.parse(key, reading, "");
            if (value == null) {
                throw ctxt.weirdKeyException(codec.type(), key, reading.problems().get(0).message());
            }
            return value;
        }
    }
}

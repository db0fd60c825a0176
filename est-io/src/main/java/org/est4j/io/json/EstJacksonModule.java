package org.est4j.io.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import org.est4j.io.json.internal.Adapters;

/**
 * The Jackson module for est4j's model, for hosts that bring their own {@code ObjectMapper}:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new EstJacksonModule());
 * String json = mapper.writeValueAsString(observation);
 * Observation back = mapper.readValue(json, Observation.class);
 * List<Measure> measures = mapper.readValue(in, new TypeReference<List<Measure>>() {});
 * EstDocument<?> document = mapper.readValue(in, EstDocument.class);
 * }</pre>
 *
 * <p>It is also a Jackson service, so {@code mapper.findAndRegisterModules()} registers it. Registering it on a
 * plain {@code new ObjectMapper()} is enough: every est4j type has a hand-written serializer
 * and deserializer, so no {@code JavaTimeModule} or {@code Jdk8Module} is needed, and the host's own modules and
 * date settings never change est4j's JSON. Nothing is done by reflection on est-core's classes, so no
 * {@code opens} is needed on the module path.
 *
 * <p>What it handles: every value type of est-core that crosses the library's edge — identifiers, area levels,
 * periods, the enums, {@code GeoPoint}, {@code Area}, {@code AreaHierarchy}, {@code Actor}, {@code Reporter},
 * {@code ReportingRound}, {@code Observation}, {@code Category}, {@code Taxonomy}, {@code Scale},
 * {@code ScaleLevel}, {@code Assessment}, {@code Decision}, {@code Hotspot}, {@code MeasureType}, {@code Measure},
 * {@code FollowUp}, {@code BeforeAfter}, {@code PlaceCounts}, {@code ConfidenceInterval}, {@code EvaluationWarning},
 * {@code Evaluation.Component}, {@code Evaluation}, {@code DisclosurePolicy}, {@code Rejection},
 * {@code ImportResult} — and the envelope {@link EstDocument}. Identifiers, levels, periods and the enums also
 * work as map keys. The JSON form is described in the {@linkplain org.est4j.io.json package documentation}.
 *
 * <p>Reading follows the host's {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} (on by default in
 * Jackson): with it, a property est4j does not know is a problem (a misspelt {@code "placename"} is not silently
 * dropped); without it, such properties are skipped. No other mapper setting changes how est4j's types read or
 * write. Invalid input throws {@link InvalidContentException} with every problem and its JSON path.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe; registering it twice on one mapper
 * has no further effect.
 */
public final class EstJacksonModule extends Module {
    /** Creates the module. */
    public EstJacksonModule() {}

    /**
     * Returns the module's name.
     *
     * @return {@code "est4j"}
     */
    @Override
    public String getModuleName() {
        return "est4j";
    }

    /**
     * Returns the version of the JSON format the module writes.
     *
     * @return 1.0.0, group {@code org.est4j}, artifact {@code est-io}
     */
    @Override
    public Version version() {
        return new Version(EstJson.MAJOR, EstJson.MINOR, 0, null, "org.est4j", "est-io");
    }

    /**
     * Installs the serializers, deserializers and key (de)serializers.
     *
     * @param context Jackson's setup context
     */
    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(new Adapters.EstSerializers());
        context.addDeserializers(new Adapters.EstDeserializers());
        context.addKeySerializers(new Adapters.EstKeySerializers());
        context.addKeyDeserializers(new Adapters.EstKeyDeserializers());
        context.addSerializers(new DocumentSerializers());
        context.addDeserializers(new DocumentDeserializers());
    }

    /** Finds the envelope's serializer. */
    private static final class DocumentSerializers extends Serializers.Base {
        private static final DocumentCodec.Serializer SERIALIZER = new DocumentCodec.Serializer();

        @Override
        public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
            return type.hasRawClass(EstDocument.class) ? SERIALIZER : null;
        }
    }

    /** Finds the envelope's deserializer. */
    private static final class DocumentDeserializers extends Deserializers.Base {
        private static final DocumentCodec.Deserializer DESERIALIZER = new DocumentCodec.Deserializer();

        @Override
        public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                BeanDescription beanDesc) {
            return type.hasRawClass(EstDocument.class) ? DESERIALIZER : null;
        }

        @Override
        public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
            return valueType == EstDocument.class;
        }
    }
}

package org.est4j.io.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;

/**
 * The properties of one JSON object being read into an est4j type: typed access that records a problem (with its
 * JSON path) for every value of the wrong form, and {@link #build(Supplier)}, which runs the model's builder and
 * adds its problems under the object's path.
 *
 * <p>A JSON {@code null} is read as an absent property. An absent property is simply not passed to the builder,
 * whose own check then reports a missing required value; only for primitive attributes, which a builder cannot
 * report, is {@link #require(String)} used.
 *
 * <p>This class is internal and not for public use. Implementation requirements: mutable, one instance per
 * object read, on one thread.
 */
public final class Fields {
    private final Reading reading;
    private final JsonNode node;
    private final String path;
    private final int mark;
    private boolean elementFailed;

    private Fields(Reading reading, JsonNode node, String path, int mark) {
        this.reading = reading;
        this.node = node;
        this.path = path;
        this.mark = mark;
    }

    /**
     * Starts reading an object.
     *
     * @param reading where problems are recorded
     * @param node the JSON value, which must be an object
     * @param path its JSON path
     * @param what what it should be, in words, such as {@code "an observation"}
     * @param known the properties est4j knows for it, in the order est4j writes them
     * @return the fields, or null after recording that the value is not an object
     */
    public static Fields of(Reading reading, JsonNode node, String path, String what, List<String> known) {
        int mark = reading.mark();
        if (!node.isObject()) {
            return reading.fail(path, "must be an object: " + what, node);
        }
        if (!reading.ignoresUnknown()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String name = property.getKey();
                if (!known.contains(name)) {
                    reading.add(Reading.child(path, name), "is not a property of " + what + " (known: "
                            + String.join(", ", known) + "); check the spelling", null);
                }
            }
        }
        return new Fields(reading, node, path, mark);
    }

    /**
     * Returns the path of a property of this object.
     *
     * @param name the property
     * @return its JSON path
     */
    public String path(String name) {
        return Reading.child(path, name);
    }

    /**
     * Returns the reading this object belongs to.
     *
     * @return the reading
     */
    public Reading reading() {
        return reading;
    }

    /**
     * Returns a property's value.
     *
     * @param name the property
     * @return the value, or null when absent or JSON null
     */
    public JsonNode get(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    /**
     * Tells whether a property is present and not null.
     *
     * @param name the property
     * @return true when present
     */
    public boolean has(String name) {
        return get(name) != null;
    }

    /**
     * Records a problem when a property is absent; for primitive attributes, which a builder cannot report.
     *
     * @param name the property
     * @return true when present
     */
    public boolean require(String name) {
        if (has(name)) {
            return true;
        }
        reading.add(path(name), "is required", null);
        return false;
    }

    /**
     * Reads a property when present and passes it to a setter; a value of the wrong form is recorded as a problem
     * and not passed on.
     *
     * @param <T> the Java type
     * @param name the property
     * @param conv the conversion
     * @param setter receives the value
     */
    public <T> void read(String name, Conv<T> conv, Consumer<? super T> setter) {
        JsonNode value = get(name);
        if (value != null) {
            T converted = conv.convert(value, reading, path(name));
            if (converted != null) {
                setter.accept(converted);
            }
        }
    }

    /**
     * Reads an array property when present, passing each element to an adder. A JSON null element is a problem.
     *
     * @param <T> the element type
     * @param name the property
     * @param conv the conversion of one element
     * @param adder receives each element, in order
     */
    public <T> void readList(String name, Conv<T> conv, Consumer<? super T> adder) {
        JsonNode value = get(name);
        if (value == null) {
            return;
        }
        if (!value.isArray()) {
            reading.fail(path(name), "must be an array", value);
            elementFailed = true;
            return;
        }
        for (int i = 0; i < value.size() && !reading.isFull(); i++) {
            JsonNode element = value.get(i);
            String at = Reading.element(path(name), i);
            T converted = element.isNull() ? reading.fail(at, "must not be null", null) : conv.convert(element, reading, at);
            if (converted == null) {
                elementFailed = true;
            } else {
                adder.accept(converted);
            }
        }
    }

    /**
     * Reads an object property of string values when present, such as external codes. Entries are reported as
     * {@code name[key]}, the form est4j's builders use.
     *
     * @param name the property
     * @param putter receives each key and value, in input order
     */
    public void readTextMap(String name, BiConsumer<String, String> putter) {
        JsonNode value = get(name);
        if (value == null) {
            return;
        }
        if (!value.isObject()) {
            reading.fail(path(name), "must be an object of strings", value);
            return;
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String at = path(name) + "[" + entry.getKey() + "]";
            if (entry.getValue().isTextual()) {
                putter.accept(entry.getKey(), entry.getValue().textValue());
            } else {
                reading.fail(at, "must be a string", entry.getValue());
            }
        }
    }

    /**
     * Reads an object property whose keys are the text form of a type, such as counts by category, when present.
     * Entries are reported as {@code name[key]}, the form est4j's builders use; a JSON null value is a problem.
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param name the property
     * @param keys the keys' codec
     * @param values the conversion of one value
     * @param putter receives each key and value, in input order
     */
    public <K, V> void readMap(String name, TextCodec<K> keys, Conv<V> values, BiConsumer<? super K, ? super V> putter) {
        JsonNode value = get(name);
        if (value == null) {
            return;
        }
        if (!value.isObject()) {
            reading.fail(path(name), "must be an object keyed by " + keys.what(), value);
            return;
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String at = path(name) + "[" + entry.getKey() + "]";
            K key = keys.parse(entry.getKey(), reading, at);
            V converted = entry.getValue().isNull() ? reading.fail(at, "must not be null", null)
                    : values.convert(entry.getValue(), reading, at);
            if (key != null && converted != null) {
                putter.accept(key, converted);
            }
        }
    }

    /**
     * Runs the model's builder and returns the value, unless the object had problems.
     *
     * <p>The builder is not run when an element of an array could not be read, since the model would then see a
     * shorter list and report misleading indices. Otherwise it runs, and each of its problems is added under this
     * object's path, except where a problem was already recorded for that property (a value of the wrong form is
     * not passed to the builder, which would only report it missing).
     *
     * @param <T> the type built
     * @param builder builds the value, such as {@code b::build}
     * @return the value, or null when this object had any problem
     */
    public <T> T build(Supplier<T> builder) {
        if (elementFailed) {
            return null;
        }
        List<Problem> own = reading.problemsSince(mark);
        try {
            T value = builder.get();
            return own.isEmpty() ? value : null;
        } catch (ValidationException e) {
            for (Problem problem : e.problems()) {
                Problem nested = problem.nestedIn(path);
                if (!coveredBy(nested.path(), own)) {
                    reading.add(nested);
                }
            }
            return null;
        } catch (RuntimeException e) {
            // A primitive attribute left unset, a null where the model allows none, a range of dates that ends
            // before it starts: already reported as a problem of its property whenever the input caused it.
            if (own.isEmpty()) {
                reading.add(path, "could not be read: " + e.getMessage(), null);
            }
            return null;
        }
    }

    private static boolean coveredBy(String problemPath, List<Problem> own) {
        for (Problem p : own) {
            String ownPath = p.path();
            if (ownPath.equals(problemPath) || ownPath.startsWith(problemPath + ".") || ownPath.startsWith(problemPath + "[")) {
                return true;
            }
        }
        return false;
    }
}

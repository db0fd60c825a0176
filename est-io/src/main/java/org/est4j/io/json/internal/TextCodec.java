package org.est4j.io.json.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.function.Function;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;

/**
 * A codec for a value written as one JSON string: an identifier, a level code, a period, a date, an enum code. The
 * same text serves as a map key.
 *
 * <p>This class is internal and not for public use. Implementation requirements: immutable and thread-safe.
 *
 * @param <T> the type
 */
public final class TextCodec<T> implements Codec<T> {
    private final Class<T> type;
    private final String what;
    private final String rule;
    private final Function<? super T, String> format;
    private final Function<String, ? extends T> parse;

    /**
     * Creates a codec.
     *
     * @param type the Java type
     * @param what what the value is, in words, such as {@code "an area id"}
     * @param rule the form in words for problems, such as {@code "an ISO-8601 date such as 2026-11-20"}
     * @param format writes a value as text
     * @param parse reads text; throws {@link ValidationException}, {@link DateTimeException} or
     *     {@link IllegalArgumentException} for text not of the form
     */
    public TextCodec(Class<T> type, String what, String rule, Function<? super T, String> format,
            Function<String, ? extends T> parse) {
        this.type = requireNonNull(type, "type");
        this.what = requireNonNull(what, "what");
        this.rule = requireNonNull(rule, "rule");
        this.format = requireNonNull(format, "format");
        this.parse = requireNonNull(parse, "parse");
    }

    /**
     * Returns the Java type.
     *
     * @return the class
     */
    public Class<T> type() {
        return type;
    }

    @Override
    public String what() {
        return what;
    }

    /**
     * Returns the text of a value.
     *
     * @param value the value
     * @return its text form
     */
    public String format(T value) {
        return format.apply(value);
    }

    @Override
    public void write(T value, JsonGenerator g) throws IOException {
        g.writeString(format.apply(value));
    }

    @Override
    public T convert(JsonNode node, Reading reading, String path) {
        if (!node.isTextual()) {
            return reading.fail(path, "must be a string: " + rule, node);
        }
        return parse(node.textValue(), reading, path);
    }

    /**
     * Reads a value from text, recording a problem when the text is not of the form.
     *
     * @param text the text
     * @param reading where problems are recorded
     * @param path the JSON path of the text
     * @return the value, or null after recording a problem
     */
    public T parse(String text, Reading reading, String path) {
        try {
            return parse.apply(text);
        } catch (ValidationException e) {
            for (Problem problem : e.problems()) {
                reading.add(path, problem.message(), problem.value());
            }
        } catch (DateTimeException e) {
            reading.add(path, "must be " + rule + " (" + e.getMessage() + ")", quoted(text));
        } catch (IllegalArgumentException e) {
            reading.add(path, "must be " + rule, quoted(text));
        }
        return null;
    }

    private static String quoted(String text) {
        return text.length() <= 60 ? "\"" + text + "\"" : "\"" + text.substring(0, 60) + "…\" (" + text.length() + " chars)";
    }
}

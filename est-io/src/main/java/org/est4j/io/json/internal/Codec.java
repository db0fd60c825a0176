package org.est4j.io.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes and reads one est4j type in its fixed JSON form. Writing goes straight to a {@link JsonGenerator}, in a
 * fixed property order and independent of any mapper setting; reading goes from a JSON tree through the model's
 * builder, so that every rule of the model applies.
 *
 * <p>This interface is internal and not for public use.
 *
 * @param <T> the type
 */
public interface Codec<T> extends Conv<T> {
    /**
     * Writes a value.
     *
     * @param value the value, not null
     * @param g where to write; the value starts at the generator's current position
     * @throws IOException when the generator fails
     */
    void write(T value, JsonGenerator g) throws IOException;

    /**
     * Returns what the value is, in words, for problem messages.
     *
     * @return such as {@code "an observation"}
     */
    String what();
}

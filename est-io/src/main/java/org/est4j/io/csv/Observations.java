package org.est4j.io.csv;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import org.est4j.core.mapping.Observation;

/**
 * A list of observations as one document for an export format, such as {@code csv}:
 * {@code EstPlugins.global().get(ExportFormatProvider.class, "csv").create(config).write(Observations.of(list), out)}.
 *
 * <p>Why a wrapper: an export format declares the {@linkplain org.est4j.core.spi.ExportFormatProvider#documentTypes()
 * classes it writes}, and {@code List<Observation>} is no class of its own — after erasure a list of observations, a
 * list of measures and an empty list look the same. The wrapper says what the list holds.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe; the list is copied.
 *
 * @param list the observations, in the order they are written
 */
public record Observations(List<Observation> list) {

    /**
     * Copies the list.
     *
     * @param list the observations; no null elements
     */
    public Observations {
        list = List.copyOf(requireNonNull(list, "list"));
    }

    /**
     * Returns a document of observations.
     *
     * @param observations the observations, in the order they are written
     * @return the document
     */
    public static Observations of(Collection<Observation> observations) {
        return new Observations(List.copyOf(requireNonNull(observations, "observations")));
    }

    /**
     * Returns a document of observations.
     *
     * @param observations the observations, in the order they are written
     * @return the document
     */
    public static Observations of(Observation... observations) {
        return new Observations(List.of(observations));
    }

    /** Returns a summary such as {@code Observations[12]}, without the contents. */
    @Override
    public String toString() {
        return "Observations[" + list.size() + "]";
    }
}

package org.est4j.io.csv;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import org.est4j.core.measure.Measure;

/**
 * A list of measures as one document for an export format, such as {@code csv}:
 * {@code EstPlugins.global().get(ExportFormatProvider.class, "csv").create(config).write(Measures.of(list), out)}.
 *
 * <p>Why a wrapper: an export format declares the {@linkplain org.est4j.core.spi.ExportFormatProvider#documentTypes()
 * classes it writes}, and {@code List<Measure>} is no class of its own — after erasure a list of measures, a
 * list of observations and an empty list look the same. The wrapper says what the list holds.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe; the list is copied.
 *
 * @param list the measures, in the order they are written
 */
public record Measures(List<Measure> list) {

    /**
     * Copies the list.
     *
     * @param list the measures; no null elements
     */
    public Measures {
        list = List.copyOf(requireNonNull(list, "list"));
    }

    /**
     * Returns a document of measures.
     *
     * @param measures the measures, in the order they are written
     * @return the document
     */
    public static Measures of(Collection<Measure> measures) {
        return new Measures(List.copyOf(requireNonNull(measures, "measures")));
    }

    /**
     * Returns a document of measures.
     *
     * @param measures the measures, in the order they are written
     * @return the document
     */
    public static Measures of(Measure... measures) {
        return new Measures(List.of(measures));
    }

    /** Returns a summary such as {@code Measures[12]}, without the contents. */
    @Override
    public String toString() {
        return "Measures[" + list.size() + "]";
    }
}

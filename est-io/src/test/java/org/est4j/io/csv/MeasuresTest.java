package org.est4j.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.est4j.core.measure.Measure;
import org.junit.jupiter.api.Test;

class MeasuresTest {

    @Test
    void theListIsCopiedAndUnmodifiable() {
        List<Measure> source = new ArrayList<>(List.of(CsvExportTest.measure()));
        Measures doc = Measures.of(source);
        source.clear();
        assertThat(doc.list()).containsExactly(CsvExportTest.measure());
        assertThatThrownBy(() -> doc.list().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nullsAreRefused() {
        List<Measure> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> Measures.of(withNull)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Measures(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalListsMakeEqualDocuments() {
        Measures a = Measures.of(CsvExportTest.measure());
        Measures b = Measures.of(List.of(CsvExportTest.measure()));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(Measures.of());
        assertThat(Measures.of(CsvExportTest.measure()).toString()).isEqualTo("Measures[1]");
    }
}

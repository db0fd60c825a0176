package org.est4j.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.est4j.core.mapping.Observation;
import org.junit.jupiter.api.Test;

class ObservationsTest {

    @Test
    void theListIsCopiedAndUnmodifiable() {
        List<Observation> source = new ArrayList<>(CsvExportTest.sample());
        Observations doc = Observations.of(source);
        source.clear();
        assertThat(doc.list()).hasSize(3);
        assertThatThrownBy(() -> doc.list().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new Observations(CsvExportTest.sample()).list()).isEqualTo(doc.list());
    }

    @Test
    void nullsAreRefused() {
        List<Observation> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> Observations.of(withNull)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Observations(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("list");
    }

    @Test
    void equalListsMakeEqualDocumentsAndToStringHidesTheContents() {
        List<Observation> sample = CsvExportTest.sample();
        Observations a = Observations.of(sample);
        Observations b = Observations.of(sample.toArray(new Observation[0]));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(Observations.of(sample.get(0)))
                .isNotEqualTo(Observations.of());
        assertThat(Observations.of(sample).toString()).isEqualTo("Observations[3]").doesNotContain("klotter");
    }
}

package org.est4j.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.mapping.Observation;
import org.junit.jupiter.api.Test;

class EstDocumentTest {

    @Test
    void copiesListContentSoThatLaterChangesDoNotLeakIn() {
        List<Observation> list = new ArrayList<>(Samples.observations());
        EstDocument<List<Observation>> document = EstDocument.of(DocumentKind.OBSERVATIONS, list);
        list.clear();
        assertThat(document.content()).hasSize(2);
        assertThatThrownBy(() -> document.content().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesContentThatIsNotOfTheKind() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        DocumentKind<Object> hierarchy = (DocumentKind) DocumentKind.HIERARCHY;
        assertThatThrownBy(() -> EstDocument.of(hierarchy, Samples.taxonomy()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hierarchy");
        @SuppressWarnings({"unchecked", "rawtypes"})
        DocumentKind<Object> observations = (DocumentKind) DocumentKind.OBSERVATIONS;
        assertThatThrownBy(() -> EstDocument.of(observations, Samples.observation()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("List of Observation");
        assertThatThrownBy(() -> EstDocument.of(DocumentKind.OBSERVATIONS, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void givesItsContentOnlyAsItsOwnKind() {
        EstDocument<?> document = EstDocument.of(DocumentKind.MEASURES, List.of(Samples.measure()));
        assertThat(document.content(DocumentKind.MEASURES)).containsExactly(Samples.measure());
        assertThatThrownBy(() -> document.content(DocumentKind.OBSERVATIONS))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .containsExactly(new Problem("kind", "must be observations: a document of that kind was expected",
                                "measures")));
    }

    @Test
    void equalityAndText() {
        EstDocument<List<Observation>> a = EstDocument.of(DocumentKind.OBSERVATIONS, Samples.observations());
        EstDocument<List<Observation>> b = EstDocument.of(DocumentKind.OBSERVATIONS, new ArrayList<>(Samples.observations()));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(EstDocument.of(DocumentKind.OBSERVATIONS, List.of()));
        assertThat(a).hasToString("EstDocument[observations, 2 items]");
        assertThat(EstDocument.of(DocumentKind.OBSERVATIONS, List.of(Samples.observation())))
                .hasToString("EstDocument[observations, 1 item]");
        assertThat(EstDocument.of(DocumentKind.HIERARCHY, Samples.hierarchy())).hasToString("EstDocument[hierarchy]");
    }
}

package org.est4j.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.est4j.core.UnknownReferenceException;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.mapping.Observation;
import org.junit.jupiter.api.Test;

class DocumentKindTest {

    @Test
    void theKindsOfVersion1_0AreListedInAFixedOrder() {
        assertThat(DocumentKind.values().stream().map(DocumentKind::id).collect(Collectors.toList())).containsExactly(
                "hierarchy", "taxonomy", "scales", "actors", "reporters", "reporting-rounds", "observations",
                "assessments", "hotspots", "measures", "follow-ups", "evaluations", "import-result", "picture-set",
                "feedback-report", "statutory-report");
    }

    @Test
    void findsAKindByIdAndNamesTheKnownOnesWhenItCannot() {
        assertThat(DocumentKind.of("follow-ups")).isSameAs(DocumentKind.FOLLOW_UPS);
        assertThat(DocumentKind.find("pictures")).isEmpty();
        assertThatThrownBy(() -> DocumentKind.of("pictures")).isInstanceOf(UnknownReferenceException.class)
                .hasMessageContaining("pictures").hasMessageContaining("hierarchy, taxonomy, scales");
        for (DocumentKind<?> kind : DocumentKind.values()) {
            assertThat(DocumentKind.of(kind.id())).isSameAs(kind);
            assertThat(kind).hasToString(kind.id());
        }
    }

    @Test
    void describesItsContentAndSchema() {
        assertThat(DocumentKind.OBSERVATIONS.contentType()).isEqualTo(Observation.class);
        assertThat(DocumentKind.OBSERVATIONS.isList()).isTrue();
        assertThat(DocumentKind.HIERARCHY.contentType()).isEqualTo(AreaHierarchy.class);
        assertThat(DocumentKind.HIERARCHY.isList()).isFalse();
        assertThat(DocumentKind.FOLLOW_UPS.schemaId()).isEqualTo("https://est4j.org/schema/1.0/follow-ups.json");
        List<String> ids = DocumentKind.values().stream().map(DocumentKind::schemaId).collect(Collectors.toList());
        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(EstJson.schemas()).containsKey(id));
    }
}

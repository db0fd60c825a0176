package org.est4j.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.mapping.Taxonomy;
import org.junit.jupiter.api.Test;

class ReportSourceTest {

    @Test
    void defaultsToThePublicAudienceAndTheStandardTaxonomy() {
        ReportSource source = ReportSource.builder().pictures(ReportSamples.pictures())
                .hierarchy(ReportSamples.hierarchy()).build();
        assertThat(source.policy().audience()).isEqualTo(Audience.PUBLIC);
        assertThat(source.taxonomy()).isEqualTo(Taxonomy.standard());
        assertThat(source.seriesLength()).isEqualTo(6);
        assertThat(source.toString()).contains("2026-11", "15 areas", "PUBLIC");
    }

    @Test
    void buildReportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> ReportSource.builder().addFocusAreas(AreaId.of("nowhere")).title(" ").seriesLength(60)
                .build()).isInstanceOf(ValidationException.class).hasMessageContaining("pictures")
                .hasMessageContaining("hierarchy").hasMessageContaining("title").hasMessageContaining("seriesLength");
        assertThatThrownBy(() -> ReportSource.builder().from(ReportSamples.source()).addFocusAreas(AreaId.of("nowhere"))
                .build()).isInstanceOf(ValidationException.class).hasMessageContaining("focusAreas[3]");
    }

    @Test
    void assessmentsMustBeOnTheScale() {
        org.est4j.core.assessment.Scale other = org.est4j.core.assessment.Scale.builder().from(ReportSamples.scale())
                .id("other").build();
        assertThatThrownBy(() -> ReportSource.builder().from(ReportSamples.source()).scale(other).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("assessments[0]");
    }

    @Test
    void picturesMustBeOfAreasOfTheHierarchy() {
        assertThatThrownBy(() -> ReportSource.builder().pictures(ReportSamples.pictures())
                .hierarchy(org.est4j.core.area.AreaHierarchy.empty()).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("pictures[0].area");
    }
}

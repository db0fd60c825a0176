package org.est4j.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.est4j.core.area.AreaId;
import org.est4j.core.disclosure.CountTable;
import org.est4j.core.disclosure.SuppressedTable;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.measure.MeasureId;
import org.junit.jupiter.api.Test;

class ReporterFeedbackTest {
    private static final SuppressedTable<AreaId, CategoryId> TWO = CountTable.<AreaId, CategoryId>builder()
            .add(Samples.CENTRUM, Samples.GRAFFITI, 2).build().suppress(1);

    @Test
    void aReporterIsNamedByPseudonymAndAnOrganisationIsNot() {
        ReporterFeedback reporter = ReporterFeedback.builder().kind(ReporterFeedback.Kind.REPORTER)
                .reporter(ReporterId.of("r-17")).actor(ActorId.of("bo")).actorName("Bostadsbolaget").reports(TWO)
                .addAreas(Samples.CENTRUM).addMeasures(MeasureId.of("m-1")).build();
        assertThat(reporter).hasToString("Feedback for reporter r-17 (Bostadsbolaget): 1 area, 1 measure");
        ReporterFeedback organisation = ReporterFeedback.builder().kind(ReporterFeedback.Kind.ORGANISATION)
                .actor(ActorId.of("bo")).actorName("Bostadsbolaget").reports(TWO).build();
        assertThat(organisation).hasToString("Feedback for organisation Bostadsbolaget: 0 areas, 0 measures");
        assertThatThrownBy(() -> ReporterFeedback.builder().from(organisation).reporter(ReporterId.of("r-1")).build())
                .hasMessageContaining("reporter");
        assertThatThrownBy(() -> ReporterFeedback.builder().from(reporter).kind(ReporterFeedback.Kind.REPORTER)
                .reporter(java.util.Optional.empty()).build()).hasMessageContaining("reporter");
    }

    @Test
    void kindsHaveSwedishAndEnglishLabels() {
        assertThat(ReporterFeedback.Kind.REPORTER.label(Locale.forLanguageTag("sv"))).isEqualTo("Rapportör");
        assertThat(ReporterFeedback.Kind.ORGANISATION.label(Locale.ENGLISH)).isEqualTo("Organisation");
    }
}

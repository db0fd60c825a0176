package org.est4j.example.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.est4j.core.EstException;
import org.est4j.core.ValidationException;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.Visibility;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.feedback.FeedbackReports;
import org.est4j.core.feedback.FeedbackRequest;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.ReporterId;
import org.est4j.core.mapping.Severity;
import org.est4j.core.mapping.Source;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.PictureCompiler;
import org.est4j.core.spi.ExportFormatProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.contract.EstPluginContract;
import org.est4j.core.time.Period;
import org.junit.jupiter.api.Test;

class MarkdownFormatProviderTest extends EstPluginContract<MarkdownFormatProvider> {
    private static final Period MARCH = Period.month(2026, 3);

    @Override
    protected Class<ExportFormatProvider> kind() {
        return ExportFormatProvider.class;
    }

    @Override
    protected MarkdownFormatProvider provider() {
        return new MarkdownFormatProvider();
    }

    /** A town with a square (12 observations) and a park (2), one of the park's names hostile. */
    private static FeedbackReport report(Audience audience, String parkName) {
        AreaHierarchy areas = AreaHierarchy.of(Area.of(AreaId.of("town"), "Sjöviken", AreaLevel.LOCALITY),
                Area.of(AreaId.of("town/square"), "Torget", AreaLevel.NEIGHBOURHOOD, AreaId.of("town")),
                Area.of(AreaId.of("town/park"), parkName, AreaLevel.NEIGHBOURHOOD, AreaId.of("town")));
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            observations.add(Observation.builder().id(ObservationId.of("o-" + i)).source(Source.REPORTER).reporter(ReporterId.of("r-" + i % 3))
                    .area(AreaId.of(i < 12 ? "town/square" : "town/park")).category(CategoryId.of("littering"))
                    .severity(Severity.of(2)).occurredAtLocal(LocalDateTime.of(2026, 3, 1 + i, 20, 0))
                    .visibility(Visibility.PUBLIC).description("Skräp").build());
        }
        return FeedbackReports.builder(PictureCompiler.of(areas, Taxonomy.standard())).observations(observations)
                .build().report(FeedbackRequest.builder().policy(org.est4j.core.disclosure.DisclosurePolicy
                        .forAudience(audience)).period(MARCH).municipality("Sjövikens kommun").build());
    }

    private static String write(Object document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownFormatProvider().create(PluginConfig.empty()).write(document, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheAreasWithTheirCountsAsTheAudienceMaySeeThem() throws IOException {
        String group = write(report(Audience.GROUP, "Parken"));
        assertThat(group).startsWith("# Lägesrapport – Sjövikens kommun\n\nmars 2026")
                .contains("| Sjöviken |  |  | 14 |", "Torget |  |  | 12 |", "Parken |  |  | 2 |");
        String published = write(report(Audience.PUBLIC, "Parken"));
        assertThat(published).contains("Parken |  |  | .. |").doesNotContain("| 2 |");
    }

    @Test
    void aNameCannotAddMarkupOrLinks() throws IOException {
        String md = write(report(Audience.GROUP, "<img src=x onerror=alert(1)> [klick](http://evil.example)"));
        assertThat(md).doesNotContain("<img", "](http").contains("&lt;img src=x onerror=alert\\(1\\)");
    }

    @Test
    void writesFeedbackReportsOnlyAndHasNoSettings() {
        assertThat(provider().documentTypes()).containsExactly(FeedbackReport.class);
        assertThatThrownBy(() -> write("text")).isInstanceOf(EstException.class).hasMessageContaining("FeedbackReport");
        assertThatThrownBy(() -> provider().create(PluginConfig.of(Map.of("language", "en"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("language");
    }
}

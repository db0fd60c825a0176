package org.est4j.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.est4j.core.EstException;
import org.est4j.core.ValidationException;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.spi.PluginConfig;
import org.est4j.io.TestAreas;
import org.est4j.io.TestPictures;
import org.est4j.io.json.DocumentKind;
import org.est4j.io.json.EstJson;
import org.junit.jupiter.api.Test;

class JsonExportFormatProviderTest extends ExportFormatProviderContract<JsonExportFormatProvider> {

    /** A small feedback report built by hand: a table and nothing else. */
    private static FeedbackReport report() {
        DisclosurePolicy policy = DisclosurePolicy.forAudience(Audience.GROUP);
        return FeedbackReport.builder().policy(policy).title("Lägesrapport v. 47").municipality("Norrtälje")
                .period(TestPictures.WEEK).locale(java.util.Locale.forLanguageTag("sv"))
                .counts(org.est4j.core.disclosure.CountTable.<org.est4j.core.area.AreaId,
                        org.est4j.core.mapping.CategoryId>builder().add(TestAreas.RIMBO, TestPictures.DAMAGE, 2)
                        .build().suppress(policy))
                .history(org.est4j.core.disclosure.CountTable.<org.est4j.core.area.AreaId,
                        org.est4j.core.time.Period>builder().build().suppress(policy))
                .showsReasons(true).build();
    }

    /** A small statutory report built by hand: empty tables and plan. */
    private static org.est4j.core.feedback.StatutoryReport statutoryReport() {
        DisclosurePolicy policy = DisclosurePolicy.forAudience(Audience.GROUP);
        return org.est4j.core.feedback.StatutoryReport.builder().policy(policy).title("Årsrapport 2026")
                .municipality("Norrtälje").year(org.est4j.core.time.Period.year(2026))
                .locale(java.util.Locale.forLanguageTag("sv"))
                .situation(org.est4j.core.feedback.StatutorySituation.builder()
                        .extent(org.est4j.core.disclosure.CountTable.<org.est4j.core.area.AreaId,
                                org.est4j.core.mapping.CategoryId>builder().add(TestAreas.RIMBO, TestPictures.DAMAGE, 2)
                                .build().suppress(policy))
                        .development(org.est4j.core.disclosure.CountTable.<org.est4j.core.mapping.CategoryId,
                                org.est4j.core.time.Period>builder().build().suppress(policy))
                        .consequences(org.est4j.core.disclosure.CountTable.<org.est4j.core.mapping.CategoryId,
                                org.est4j.core.mapping.Severity>builder().build().suppress(policy))
                        .history(org.est4j.core.disclosure.CountTable.<org.est4j.core.area.AreaId,
                                org.est4j.core.time.Period>builder().build().suppress(policy))
                        .rounds(0).build())
                .actionPlan(org.est4j.core.feedback.ActionPlan.builder().build())
                .showsReasons(true).build();
    }

    @Override
    protected JsonExportFormatProvider provider() {
        return new JsonExportFormatProvider();
    }

    @Override
    protected List<Object> samples() {
        Taxonomy t = Taxonomy.standard();
        return List.of(TestPictures.pictures(), report(), statutoryReport(), TestAreas.hierarchy(), t, TestPictures.assessments(),
                List.of(TestPictures.hotspot()), org.est4j.core.ingest.ImportResult.builder().source("x").rowsRead(0)
                        .build());
    }

    @Test
    void describesItself() {
        JsonExportFormatProvider p = provider();
        assertThat(p.id()).isEqualTo("json");
        assertThat(p.mediaType()).isEqualTo("application/json");
        assertThat(p.fileExtension()).isEqualTo("json");
        assertThat(p.toString()).isEqualTo("ExportFormatProvider[json]");
        assertThat(p.documentTypes()).contains(PictureSet.class, FeedbackReport.class, List.class)
                .doesNotContain(Assessment.class, Category.class);
        assertThat(p.create(PluginConfig.empty())).hasToString("json writer pretty");
        assertThat(p.create(PluginConfig.of(Map.of("pretty", "false")))).hasToString("json writer compact");
    }

    @Test
    void writesTheVersionedEnvelopeThatEstJsonReadsBack() {
        PictureSet pictures = TestPictures.pictures();
        byte[] pretty = write(provider().create(PluginConfig.empty()), pictures);
        assertThat(new String(pretty, StandardCharsets.UTF_8))
                .isEqualTo(EstJson.writeString(DocumentKind.PICTURE_SET, pictures))
                .startsWith("{\n  \"format\": \"est4j\",\n  \"version\": \"1.0\",\n  \"kind\": \"picture-set\"");
        byte[] compact = write(provider().create(PluginConfig.of(Map.of("pretty", "false"))), pictures);
        String text = new String(compact, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\"format\":\"est4j\",\"version\":\"1.0\",\"kind\":\"picture-set\",")
                .endsWith("}\n").hasLineCount(1);
        assertThat(EstJson.readString(DocumentKind.PICTURE_SET, text)).isEqualTo(pictures);
        List<Assessment> assessments = TestPictures.assessments();
        String list = new String(write(provider().create(PluginConfig.empty()), assessments), StandardCharsets.UTF_8);
        assertThat(EstJson.readString(DocumentKind.ASSESSMENTS, list)).isEqualTo(assessments);
        assertThat(EstJson.readString(DocumentKind.FEEDBACK_REPORT, new String(write(provider()
                .create(PluginConfig.empty()), report()), StandardCharsets.UTF_8))).isEqualTo(report());
    }

    @Test
    void refusesWhatNoKindHolds() {
        org.est4j.core.spi.ExportFormatProvider.Writer w = provider().create(PluginConfig.empty());
        for (Object foreign : List.of(List.of(), List.of("text"), List.of(TestPictures.hotspot(), TestAreas.hierarchy()),
                TestPictures.hotspot(), Map.of())) {
            assertThatThrownBy(() -> w.write(foreign, new ByteArrayOutputStream())).as("%s", foreign)
                    .isInstanceOf(EstException.class).hasMessageContaining("PictureSet, FeedbackReport")
                    .hasMessageContaining("a non-empty List of one of Scale, Actor");
        }
        assertThatThrownBy(() -> w.write(List.of(), new ByteArrayOutputStream()))
                .hasMessageContaining("an empty List (it does not tell which kind it is");
    }

    @Test
    void aWrongSettingIsRefused() {
        assertThatThrownBy(() -> provider().create(PluginConfig.of(Map.of("pretty", "yes"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("pretty");
    }
}

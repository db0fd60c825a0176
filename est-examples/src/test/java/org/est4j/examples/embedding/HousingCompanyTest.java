package org.est4j.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.est4j.core.disclosure.Audience;
import org.est4j.core.disclosure.Heading;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Observation;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.ExportFormatProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.time.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HousingCompanyTest {
    private static final Period NOVEMBER = Period.month(2026, 11);
    private HousingCompany company;

    @BeforeEach
    void cases() {
        company = HousingCompany.norrhojden();
        String[] types = {"SKR", "SKR", "KLO", "OSK", "BEL", "SKR", "OSK", "KLO", "SKR", "OSK", "SKR", "KLO"};
        for (int i = 0; i < types.length; i++) {
            company.open(new HousingCompany.Case(String.format("ÄR-2026-%04d", 400 + i),
                    i < 9 ? "norrhojden/smedsvagen-4" : "norrhojden/kvarnvagen-1", types[i],
                    LocalDateTime.of(2026, 11, 2 + 2 * i, 19, 30), "Noterat vid tillsyn"));
        }
    }

    @Test
    void theHostsCasesBecomeObservationsWithoutAnEstStore() {
        assertThat(company.observations()).hasSize(12).first().satisfies(o -> {
            assertThat(o.id().value()).isEqualTo("ÄR-2026-0400");
            assertThat(o.category()).isEqualTo(CategoryId.of("littering"));
            assertThat(o.channel()).hasValue("ärendesystemet");
        });
        assertThat(company.observations()).extracting(Observation::category)
                .contains(CategoryId.of("property-damage.graffiti"), CategoryId.of("unsafe-place.lighting"));
        assertThatThrownBy(() -> new HousingCompany.Case("ÄR-1", "norrhojden", "XYZ", LocalDateTime.now(), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown case type XYZ");
    }

    @Test
    void reportsSpeakTheCompanysWordsAndCountItsCases() throws IOException {
        FeedbackReport partners = company.report(Audience.PARTNERS, NOVEMBER);
        assertThat(partners.counts().display(Heading.total(), Heading.total())).isEqualTo("12");
        assertThat(partners.categories()).extracting(c -> c.labelSv())
                .contains("Skräp i trapphus och miljörum", "Skadegörelse och klotter", "Oroliga grupper i entréer");
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        EstPlugins.global().get(ExportFormatProvider.class, "html").create(PluginConfig.empty()).write(partners, html);
        assertThat(html.toString(StandardCharsets.UTF_8)).contains("Skräp i trapphus och miljörum", "Smedsvägen 4")
                .doesNotContain("Nedskräpning");
        assertThat(company.report(Audience.PUBLIC, NOVEMBER).counts().display(Heading.total(), Heading.total()))
                .as("the company shares its cases with partners, not the public").isEqualTo("0");
    }

    @Test
    void theHostsOwnMapperWritesItsOwnDocumentWithEstTypesInIt() throws IOException {
        String json = company.boardJson(NOVEMBER);
        JsonNode board = company.mapper().readTree(json);
        assertThat(board.get("estate").asText()).isEqualTo("AB Sjövikshem, Norrhöjden");
        assertThat(board.get("period").asText()).as("est4j's module writes the period").isEqualTo("2026-11");
        assertThat(board.get("observations").asLong()).isEqualTo(12);
        assertThat(json).as("the host's own setting: indented").contains("\n  \"estate\"");
        assertThat(company.mapper().readValue("\"2026-W47\"", Period.class)).isEqualTo(Period.week(2026, 47));
    }
}

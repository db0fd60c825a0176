package org.est4j.io.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.io.SharedData;
import org.est4j.io.internal.SwedishAreaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SwedishAreasTest {

    @Test
    void swedenHas21CountiesAnd290Municipalities() {
        AreaHierarchy h = SwedishAreas.municipalities();
        assertThat(h.size()).isEqualTo(1 + 21 + 290);
        assertThat(h.levels()).containsExactly(SwedishAreas.COUNTRY, AreaLevel.COUNTY, AreaLevel.MUNICIPALITY);
        assertThat(h.roots()).extracting(Area::id).containsExactly(SwedishAreas.SWEDEN);
        assertThat(h.areas(AreaLevel.COUNTY)).hasSize(21)
                .allSatisfy(c -> assertThat(c.externalCode(Area.LANSKOD)).contains(c.id().value()));
        assertThat(h.areas(AreaLevel.MUNICIPALITY)).hasSize(290)
                .allSatisfy(m -> assertThat(m.externalCode(Area.KOMMUNKOD)).contains(m.id().value()))
                .allSatisfy(m -> assertThat(m.id().value()).startsWith(m.parent().orElseThrow().value()));
        assertThat(h.get(AreaId.of("0188"))).hasToString("Area[0188 Norrtälje (kommun) ⊂ 01]");
        assertThat(h.get(AreaId.of("01")).name()).isEqualTo("Stockholms län");
        assertThat(h.children(AreaId.of("09"))).extracting(Area::name).containsExactly("Gotland");
        assertThat(SwedishAreas.municipalities()).isSameAs(h);
    }

    @Test
    void everyMunicipalityOfThePublishedListIsThereWithItsNameAndCounty() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.path("kommuner-med-lan.csv"), StandardCharsets.UTF_8);
        AreaHierarchy h = SwedishAreas.municipalities();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            Area m = h.get(AreaId.of(f[0]));
            assertThat(m.name()).isEqualTo(f[2]);
            assertThat(m.parent()).contains(AreaId.of(f[3]));
            assertThat(h.get(AreaId.of(f[3])).name()).isEqualTo(f[4]);
        }
        assertThat(lines).hasSize(291);
    }

    @Test
    void theShippedFilesAreTheSharedFilesByteForByte() throws IOException {
        for (String file : List.of("kommuner-med-lan.csv", "lan.csv", "scb-kopplingstabell-deso-regso-20210702.csv")) {
            try (InputStream in = SwedishAreaData.class.getResourceAsStream(file)) {
                assertThat(in).as(file).isNotNull();
                assertThat(in.readAllBytes()).as(file).isEqualTo(Files.readAllBytes(SharedData.path(file)));
            }
        }
        try (InputStream in = SwedishAreaData.class.getResourceAsStream("NOTICE.md")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("sjbrg/swedish-geodata", "CC0 1.0",
                    "sarahlorraine/liu_master_thesis_css", "SCB open data");
        }
    }

    @Test
    void theDesoTableGives5984DesoIn3363RegsoIn290Municipalities() {
        AreaHierarchy h = SwedishAreas.deso();
        assertThat(h.levels()).containsExactly(SwedishAreas.COUNTRY, AreaLevel.COUNTY, AreaLevel.MUNICIPALITY,
                AreaLevel.REGSO, AreaLevel.DESO);
        List<Area> deso = h.areas(AreaLevel.DESO);
        assertThat(deso).hasSize(5_984);
        assertThat(h.areas(AreaLevel.REGSO)).hasSize(3_363);
        assertThat(h.size()).isEqualTo(1 + 21 + 290 + 3_363 + 5_984);
        Set<AreaId> municipalitiesWithDeso = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (Area d : deso) {
            Area regso = h.parent(d.id()).orElseThrow();
            Area kommun = h.parent(regso.id()).orElseThrow();
            if (!regso.level().equals(AreaLevel.REGSO) || !kommun.level().equals(AreaLevel.MUNICIPALITY)
                    || !d.id().value().startsWith(kommun.id().value()) || !d.id().value().matches("\\d{4}[ABC]\\d{4}")
                    || !d.externalCode(Area.DESO).equals(Optional.of(d.id().value()))
                    || !regso.id().value().startsWith(kommun.id().value() + "-")) {
                wrong.add(d + " in " + regso + " in " + kommun);
            }
            municipalitiesWithDeso.add(kommun.id());
        }
        assertThat(wrong).isEmpty();
        assertThat(municipalitiesWithDeso).hasSize(290);
        assertThat(h.areas(AreaLevel.REGSO).stream().filter(r -> h.children(r.id()).isEmpty())).isEmpty();
    }

    @Test
    void regsoNamesAreTidiedSoThatTrailingAndDoubledSpacesMakeNoSecondArea() {
        AreaHierarchy h = SwedishAreas.deso();
        assertThat(h.get(AreaId.of("0127-tuna")).name()).isEqualTo("Tuna");
        assertThat(h.get(AreaId.of("1480-kortedala-sodra")).name()).isEqualTo("Kortedala södra");
        assertThat(h.get(AreaId.of("1880-orebro-oster")).name()).isEqualTo("Örebro öster");
        assertThat(h.children(AreaId.of("1880-orebro-oster")).size()).isGreaterThan(1);
        assertThat(h.parent(AreaId.of("1440C1060")).orElseThrow().id()).isEqualTo(AreaId.of("1440-alafors"));
        Map<String, Long> perMunicipality = h.areas(AreaLevel.REGSO).stream()
                .collect(Collectors.groupingBy(r -> r.parent().orElseThrow().value(), TreeMap::new,
                        Collectors.counting()));
        assertThat(perMunicipality).hasSize(290);
    }

    @ParameterizedTest
    @CsvSource({"0180, Rinkeby-Kista, 0180-rinkeby-kista", "1480, Kortedala  södra, 1480-kortedala-sodra",
            "0127, 'Tuna ', 0127-tuna", "2518, Övertorneå-Södra, 2518-overtornea-sodra"})
    void regsoIdsAreTheMunicipalityAndASlug(String kommun, String name, String id) {
        assertThat(SwedishAreas.regsoId(kommun, name)).isEqualTo(AreaId.of(id));
    }

    @ParameterizedTest
    @CsvSource({"Stockholm, 0180", "upplands väsby, 0114", "Upplands Väsby kommun, 0114", "Skåne län, 12",
            "Håbo, 0305", "Habo, 0643", "'  Malung-Sälen ', 2023", "Gotlands län, 09", "Gotland, 0980"})
    void findsCountiesAndMunicipalitiesByTheirSwedishNames(String name, String code) {
        assertThat(SwedishAreas.find(name)).contains(AreaId.of(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Atlantis", "Skåne", "Stockholms", "0180", ""})
    void findsNothingForOtherNames(String name) {
        assertThat(SwedishAreas.find(name)).isEmpty();
    }

    @Test
    void oneMunicipalityIsASubtreeOfTheDesoHierarchy() {
        AreaHierarchy norrtalje = SwedishAreas.deso().subtree(AreaId.of("0188"));
        assertThat(norrtalje.roots()).extracting(Area::name).containsExactly("Norrtälje");
        assertThat(norrtalje.areas(AreaLevel.DESO)).isNotEmpty()
                .allSatisfy(d -> assertThat(d.id().value()).startsWith("0188"));
    }
}

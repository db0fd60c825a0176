package org.est4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.assessment.Scale;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.plugin.UnknownPluginException;
import org.est4j.core.spi.AreaHierarchyProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.ScaleProvider;
import org.est4j.core.spi.Source;
import org.est4j.core.time.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EstTest {
    private static final Scale TWO_LEVELS = Scale.builder().id("est-5").nameSv("Prov").nameEn("Test")
            .addLevels(ScaleLevel.builder().code("1").rank(1).labelSv("Lugnt").labelEn("Calm").colour("#2E7D32")
                            .meaningSv("Calm.").meaningEn("Calm.").build(),
                    ScaleLevel.builder().code("2").rank(2).labelSv("Akut").labelEn("Acute").colour("#C62828")
                            .meaningSv("Acute.").meaningEn("Acute.").build())
            .build();

    /** A scale provider registered in code for this test. */
    private static final class TestScaleProvider implements ScaleProvider {
        @Override
        public String id() {
            return "est-5";
        }

        @Override
        public String description() {
            return "The test copy of est-5";
        }

        @Override
        public Scale scale() {
            return TWO_LEVELS;
        }
    }

    /** A hierarchy provider that reads one area per line: {@code id;name;level[;parent]}. */
    private static final class LinesHierarchyProvider implements AreaHierarchyProvider {
        @Override
        public String id() {
            return "lines";
        }

        @Override
        public String description() {
            return "One area per line";
        }

        @Override
        public boolean readsSource() {
            return true;
        }

        @Override
        public AreaHierarchy load(Source source, PluginConfig config) {
            try (var in = source.open()) {
                AreaHierarchy.Builder b = AreaHierarchy.builder();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String[] f = line.split(";");
                    b.add(f.length > 3 ? Est.area(f[0], f[1], f[2], f[3]) : Est.area(f[0], f[1], f[2]));
                }
                return b.build();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @BeforeEach
    void registerTestPlugins() {
        EstPlugins.setGlobal(EstPlugins.builder().withoutDiscovery()
                .register(ScaleProvider.class, new TestScaleProvider())
                .register(AreaHierarchyProvider.class, new LinesHierarchyProvider()).build());
    }

    @AfterEach
    void restoreDiscovery() {
        EstPlugins.setGlobal(null);
    }

    @Test
    void areasAndHierarchiesInOneCallEach() {
        AreaHierarchy h = Est.hierarchy(Est.area("0188", "Norrtälje", "kommun"),
                Est.area("rimbo", "Rimbo", "tatort", "0188"));
        assertThat(h.get(AreaId.of("rimbo")).level()).isEqualTo(AreaLevel.LOCALITY);
        assertThat(h.parent(AreaId.of("rimbo")).map(a -> a.name())).contains("Norrtälje");
        assertThatThrownBy(() -> Est.hierarchy(Est.area("a", "A", "kommun", "nowhere")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("nowhere");
    }

    @Test
    void scalesAndHierarchiesComeFromTheRegistry() {
        assertThat(Est.scale("est-5")).isSameAs(TWO_LEVELS);
        assertThatThrownBy(() -> Est.scale("est-7")).isInstanceOf(UnknownPluginException.class)
                .hasMessageContaining("known ids: est-5");
        AreaHierarchy read = Est.hierarchy("lines", Source.of("areas.txt",
                "0188;Norrtälje;kommun\nrimbo;Rimbo;tatort;0188".getBytes(StandardCharsets.UTF_8)));
        assertThat(read.size()).isEqualTo(2);
        assertThat(Est.installedPlugins()).containsEntry("ScaleProvider", java.util.List.of("est-5"))
                .containsEntry("AreaHierarchyProvider", java.util.List.of("lines"));
    }

    @Test
    void periodsAndTheTaxonomy() {
        assertThat(Est.period("2026-W47")).isEqualTo(Period.week(2026, 47));
        assertThat(Est.taxonomy().topLevel()).isNotEmpty();
        assertThat(Est.plugins()).isSameAs(EstPlugins.global());
    }
}

package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.plugin.PluginException;
import org.est4j.core.spi.ScaleProvider;
import org.est4j.core.spi.contract.PluginSandbox;
import org.est4j.core.time.Period;
import org.est4j.scoring.scale.Scales;
import org.junit.jupiter.api.Test;

/**
 * The built-in scales are found by the plugin registry on the module path and on the class path (surefire runs
 * this class both ways), and a scale written outside est4j — compiled here at test time, as a host would ship it —
 * is discovered and used like a built-in one, and can override a built-in by id and priority.
 */
class ScaleProviderDiscoveryTest {

    /** A host's own four-level scale, in a package est4j has never seen. */
    private static final String HOST_SCALE = """
            package PKG;

            import org.est4j.core.assessment.Scale;
            import org.est4j.core.assessment.ScaleLevel;
            import org.est4j.core.spi.ScaleProvider;

            public final class HostScale implements ScaleProvider {
                private static final Scale SCALE = Scale.builder().id("host-4")
                        .nameSv("Värdkommunens skala").nameEn("The host municipality's scale")
                        .addLevels(level("a", 1, "Tryggt", "Safe", "#1B5E20"),
                                level("b", 2, "Bevaka", "Watch", "#F9A825"),
                                level("c", 3, "Agera", "Act", "#EF6C00"),
                                level("d", 4, "Kraftsamla", "Surge", "#B71C1C"))
                        .build();

                public HostScale() {}

                private static ScaleLevel level(String code, int rank, String sv, String en, String colour) {
                    return ScaleLevel.builder().code(code).rank(rank).labelSv(sv).labelEn(en).colour(colour)
                            .meaningSv(en + " is what the host's group does at this level.").meaningEn(en + " is what the host's group does at this level.").build();
                }

                @Override public String id() { return "host-4"; }
                @Override public String description() { return "A host's own four-level scale"; }
                @Override public Scale scale() { return SCALE; }
            }
            """;

    /** A host's replacement for est-5: its own labels, and a priority above the built-in's 0. */
    private static final String HOST_EST5 = """
            package PKG;

            import org.est4j.core.assessment.Scale;
            import org.est4j.core.assessment.ScaleLevel;
            import org.est4j.core.spi.ScaleProvider;

            public final class HostEst5 implements ScaleProvider {
                private static final String[] SV = {"Inga problem", "Små problem", "Problem", "Stora problem", "Kris"};
                private static final String[] COLOURS = {"#00FF00", "#88FF00", "#FFFF00", "#FF8800", "#FF0000"};
                private static final Scale SCALE;
                static {
                    Scale.Builder b = Scale.builder().id("est-5").nameSv("Vår femgradiga skala").nameEn("Our scale");
                    for (int i = 0; i < 5; i++) {
                        b.addLevels(ScaleLevel.builder().code(Integer.toString(i + 1)).rank(i + 1).labelSv(SV[i])
                                .labelEn("Grade " + (i + 1)).colour(COLOURS[i]).meaningSv("Our grade " + (i + 1) + ".").meaningEn("Our grade " + (i + 1) + ".")
                                .build());
                    }
                    SCALE = b.build();
                }

                public HostEst5() {}

                @Override public String id() { return "est-5"; }
                @Override public String description() { return "The host's own five grades"; }
                @Override public int priority() { return PRIORITY; }
                @Override public Scale scale() { return SCALE; }
            }
            """;

    private static PluginSandbox hostPlugin(String module, int est5Priority) {
        String dir = module.replace('.', '/');
        return PluginSandbox.named(module)
                .source(dir + "/HostScale.java", HOST_SCALE.replace("PKG", module))
                .source(dir + "/HostEst5.java", HOST_EST5.replace("PKG", module)
                        .replace("PRIORITY", Integer.toString(est5Priority)))
                .provides(ScaleProvider.class, module + ".HostScale")
                .provides(ScaleProvider.class, module + ".HostEst5");
    }

    private static PluginSandbox hostScaleOnly(String module) {
        String dir = module.replace('.', '/');
        return PluginSandbox.named(module)
                .source(dir + "/HostScale.java", HOST_SCALE.replace("PKG", module))
                .provides(ScaleProvider.class, module + ".HostScale");
    }

    private static List<String> ids(List<ScaleProvider> providers) {
        return providers.stream().map(ScaleProvider::id).collect(Collectors.toList());
    }

    /** What a host's code does with any scale, knowing only its id: grade an area on it and check the grade. */
    private static Assessment gradeOnTheScale(EstPlugins plugins, String scaleId, int rank) {
        Scale scale = plugins.get(ScaleProvider.class, scaleId).scale();
        return Assessment.builder().area(AreaId.of("norrtalje/rimbo")).period(Period.week(2026, 47))
                .scaleId(scale.id()).suggested(scale.levelAtRank(rank)).modelId("manual")
                .addReasons("Graded by the operative group").build()
                .validateAgainst(scale);
    }

    @Test
    void theGlobalRegistryFindsTheThreeBuiltInScales() {
        EstPlugins plugins = EstPlugins.global();

        assertThat(plugins.ids(ScaleProvider.class)).containsExactly("est-5", "police-area-4", "traffic-light-3");
        assertThat(plugins.failures(ScaleProvider.class)).isEmpty();
        assertThat(plugins.get(ScaleProvider.class, "est-5").scale()).isSameAs(Scales.est5());
        assertThat(plugins.get(ScaleProvider.class, "traffic-light-3").scale()).isSameAs(Scales.trafficLight3());
        assertThat(plugins.get(ScaleProvider.class, "police-area-4").scale()).isSameAs(Scales.policeArea4());
        assertThat(plugins.get(ScaleProvider.class, "est-5").getClass()).isEqualTo(Est5ScaleProvider.class);
    }

    @Test
    void builtInsComeFromTheScoringModuleOnTheModulePathAndFromTheClassPathOtherwise() {
        ScaleProvider est5 = EstPlugins.global().get(ScaleProvider.class, "est-5");
        Module module = est5.getClass().getModule();

        if (EstPlugins.class.getModule().isNamed()) {
            assertThat(module.getName()).isEqualTo("org.est4j.scoring");
            assertThat(module.getDescriptor().provides()).anySatisfy(p -> {
                assertThat(p.service()).isEqualTo(ScaleProvider.class.getName());
                assertThat(p.providers()).contains(Est5ScaleProvider.class.getName());
            });
            assertThat(module.isExported(Est5ScaleProvider.class.getPackageName())).isFalse();
            assertThat(module.isExported(Scales.class.getPackageName())).isTrue();
        } else {
            assertThat(module.isNamed()).isFalse();
        }
    }

    @Test
    void aHostScaleOnTheClassPathIsDiscoveredAndUsedLikeABuiltIn() {
        ClassLoader loader = hostScaleOnly("cp.host").onClassPath();
        EstPlugins plugins = EstPlugins.builder().classLoader(loader).build();

        assertThat(plugins.ids(ScaleProvider.class))
                .containsExactly("est-5", "host-4", "police-area-4", "traffic-light-3");
        Scale host = plugins.get(ScaleProvider.class, "host-4").scale();
        assertThat(host).hasToString("Scale host-4 [a Tryggt, b Bevaka, c Agera, d Kraftsamla]");
        assertThat(host.getClass().getModule()).isEqualTo(Scale.class.getModule());
        assertThat(plugins.get(ScaleProvider.class, "host-4").getClass().getModule().isNamed()).isFalse();
        assertThat(gradeOnTheScale(plugins, "host-4", 3))
                .hasToString("Assessment norrtalje/rimbo 2026-W47 host-4: c Agera (suggested by manual)");
        assertThat(gradeOnTheScale(plugins, "est-5", 3))
                .hasToString("Assessment norrtalje/rimbo 2026-W47 est-5: 3 Oroligt (suggested by manual)");
    }

    /**
     * On the module path, a host's plugin module in its own layer is found through its {@code provides}; on the
     * class path (the second surefire run) there is no module layer to build, which the sandbox says.
     */
    @Test
    void aHostScaleInAModuleLayerIsDiscoveredAndUsedWhenEst4jIsAModule() {
        if (EstPlugins.class.getModule().isNamed()) {
            ModuleLayer layer = hostScaleOnly("mod.host").inModuleLayer();
            EstPlugins plugins = EstPlugins.builder().moduleLayer(layer).build();

            assertThat(plugins.ids(ScaleProvider.class))
                    .containsExactly("est-5", "host-4", "police-area-4", "traffic-light-3");
            ScaleProvider host = plugins.get(ScaleProvider.class, "host-4");
            assertThat(host.getClass().getModule().getName()).isEqualTo("mod.host");
            assertThat(gradeOnTheScale(plugins, "host-4", 4))
                    .hasToString("Assessment norrtalje/rimbo 2026-W47 host-4: d Kraftsamla (suggested by manual)");
        } else {
            assertThatThrownBy(() -> hostScaleOnly("mod.host").inModuleLayer())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("module path");
        }
    }

    @Test
    void aHostProviderWithTheSameIdAndAHigherPriorityOverridesEst5() {
        ClassLoader loader = hostPlugin("cp.override", 10).onClassPath();
        EstPlugins plugins = EstPlugins.builder().classLoader(loader).build();

        ScaleProvider est5 = plugins.get(ScaleProvider.class, "est-5");
        assertThat(est5.getClass().getName()).isEqualTo("cp.override.HostEst5");
        assertThat(est5.priority()).isEqualTo(10);
        assertThat(est5.scale()).isNotEqualTo(Scales.est5());
        assertThat(est5.scale().level("5").labelSv()).isEqualTo("Kris");
        assertThat(ids(plugins.all(ScaleProvider.class)))
                .as("one provider per id, the override first by its priority")
                .containsExactly("est-5", "host-4", "police-area-4", "traffic-light-3");
        assertThat(gradeOnTheScale(plugins, "est-5", 5))
                .hasToString("Assessment norrtalje/rimbo 2026-W47 est-5: 5 Kris (suggested by manual)");
        assertThat(plugins.failures(ScaleProvider.class)).isEmpty();
        assertThat(EstPlugins.global().get(ScaleProvider.class, "est-5").scale())
                .as("the override is the host's registry's business; the global one keeps the built-in")
                .isSameAs(Scales.est5());
    }

    @Test
    void aHostProviderWithTheSameIdAndTheSamePriorityIsAConflictNamingBothClasses() {
        ClassLoader loader = hostPlugin("cp.clash", 0).onClassPath();
        EstPlugins plugins = EstPlugins.builder().classLoader(loader).build();

        assertThatThrownBy(() -> plugins.get(ScaleProvider.class, "est-5"))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("cp.clash.HostEst5")
                .hasMessageContaining(Est5ScaleProvider.class.getName())
                .hasMessageContaining("higher priority()");
        assertThat(plugins.get(ScaleProvider.class, "traffic-light-3").scale()).isSameAs(Scales.trafficLight3());
    }

    @Test
    void aHostProviderRegisteredInCodeWithAHigherPriorityOverridesEst5() {
        ScaleProvider mine = new ScaleProvider() {
            @Override
            public String id() {
                return "est-5";
            }

            @Override
            public String description() {
                return "est-5 with the traffic light's levels, registered in code";
            }

            @Override
            public int priority() {
                return 1;
            }

            @Override
            public Scale scale() {
                return Scale.builder().from(Scales.trafficLight3()).id("est-5").build();
            }
        };
        EstPlugins plugins = EstPlugins.builder().register(ScaleProvider.class, mine).build();

        assertThat(plugins.get(ScaleProvider.class, "est-5")).isSameAs(mine);
        assertThat(plugins.get(ScaleProvider.class, "est-5").scale().size()).isEqualTo(3);
        assertThat(plugins.ids(ScaleProvider.class)).containsExactly("est-5", "police-area-4", "traffic-light-3");
    }
}

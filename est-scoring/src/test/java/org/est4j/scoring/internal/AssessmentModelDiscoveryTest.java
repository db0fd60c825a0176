package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.est4j.scoring.assessment.TestPictures.picture;
import static org.est4j.scoring.assessment.TestPictures.week;

import java.util.List;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.AssessmentModelProvider;
import org.est4j.core.spi.HotspotDetectorProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.TrendTestProvider;
import org.est4j.core.spi.contract.PluginSandbox;
import org.est4j.scoring.assessment.AssessmentModels;
import org.est4j.scoring.scale.Scales;
import org.junit.jupiter.api.Test;

/**
 * The built-in models, trend test and detectors are found by the registry on the module path and on the class path
 * (surefire runs this class both ways), and a model written outside est4j — compiled here at test time, as a host
 * would ship it — is discovered and used by the same code that uses a built-in one, with no change but its id.
 */
class AssessmentModelDiscoveryTest {

    /** A host's own model: one level per {@code step} harm points. */
    private static final String HOST_MODEL = """
            package PKG;

            import org.est4j.core.assessment.Assessment;
            import org.est4j.core.spi.AssessmentModelProvider;
            import org.est4j.core.spi.PluginConfig;

            public final class HostModel implements AssessmentModelProvider {
                public HostModel() {}

                @Override public String id() { return "host-harm"; }
                @Override public String description() { return "One level per step harm points, the host's rule"; }
                @Override public int priority() { return PRIORITY; }

                @Override
                public AssessmentModel create(PluginConfig config) {
                    double step = config.decimal("step", 10);
                    return (picture, scale, history) -> {
                        int rank = (int) Math.min(scale.size(), 1 + Math.floor(picture.harmScore() / step));
                        return Assessment.builder().area(picture.area()).period(picture.period()).scaleId(scale.id())
                                .suggested(scale.levelAtRank(rank)).modelId(id())
                                .addReasons("Harm " + picture.harmScore() + ", one level per " + step + " points")
                                .build();
                    };
                }
            }
            """;

    private static PluginSandbox hostModel(String module, String id, int priority) {
        String dir = module.replace('.', '/');
        return PluginSandbox.named(module)
                .source(dir + "/HostModel.java", HOST_MODEL.replace("PKG", module)
                        .replace("\"host-harm\"", "\"" + id + "\"").replace("PRIORITY", Integer.toString(priority)))
                .provides(AssessmentModelProvider.class, module + ".HostModel");
    }

    /** What a host's code does with whatever model its configuration names. */
    private static Assessment gradeWith(EstPlugins plugins, String modelId, PluginConfig config) {
        SituationPicture p = picture(week(47), "property-damage", 6, "gathering", 4).build();   // harm 30
        return AssessmentModels.plugin(plugins, modelId, config).assess(p, Scales.est5(), List.of());
    }

    @Test
    void theGlobalRegistryFindsTheBuiltIns() {
        EstPlugins plugins = EstPlugins.global();

        assertThat(plugins.ids(AssessmentModelProvider.class))
                .containsExactly("threshold", "trend-aware", "weighted-index");
        assertThat(plugins.ids(TrendTestProvider.class)).containsExactly("poisson-exact");
        assertThat(plugins.ids(HotspotDetectorProvider.class))
                .containsExactly("excess-rate", "gi-star", "repeat-location");
        assertThat(plugins.failures(AssessmentModelProvider.class)).isEmpty();
        assertThat(plugins.failures(TrendTestProvider.class)).isEmpty();
        assertThat(plugins.failures(HotspotDetectorProvider.class)).isEmpty();
        if (EstPlugins.class.getModule().isNamed()) {
            Module scoring = plugins.get(AssessmentModelProvider.class, "threshold").getClass().getModule();
            assertThat(scoring.getName()).isEqualTo("org.est4j.scoring");
            assertThat(scoring.isExported(ThresholdModelProvider.class.getPackageName())).isFalse();
            assertThat(scoring.isExported(AssessmentModels.class.getPackageName())).isTrue();
        }
    }

    @Test
    void aHostModelOnTheClassPathIsDiscoveredAndUsedLikeABuiltIn() {
        EstPlugins plugins = EstPlugins.builder().classLoader(hostModel("cp.model", "host-harm", 0).onClassPath())
                .build();

        assertThat(plugins.ids(AssessmentModelProvider.class))
                .containsExactly("host-harm", "threshold", "trend-aware", "weighted-index");
        assertThat(gradeWith(plugins, "host-harm", PluginConfig.empty().with("step", "10")))
                .hasToString("Assessment norrtalje/centrum 2026-W47 est-5: 4 Allvarligt (suggested by host-harm)");
        assertThat(gradeWith(plugins, "host-harm", PluginConfig.empty().with("step", "20")).suggested().code())
                .isEqualTo("2");
        assertThat(gradeWith(plugins, "threshold", PluginConfig.empty()))
                .hasToString("Assessment norrtalje/centrum 2026-W47 est-5: 3 Oroligt (suggested by threshold)");
    }

    /**
     * On the module path, a host's plugin module in its own layer is found through its {@code provides}; on the
     * class path (the second surefire run) there is no module layer to build, which the sandbox says.
     */
    @Test
    void aHostModelInAModuleLayerIsDiscoveredAndUsedWhenEst4jIsAModule() {
        if (EstPlugins.class.getModule().isNamed()) {
            ModuleLayer layer = hostModel("mod.model", "host-harm", 0).inModuleLayer();
            EstPlugins plugins = EstPlugins.builder().moduleLayer(layer).build();

            assertThat(plugins.ids(AssessmentModelProvider.class))
                    .containsExactly("host-harm", "threshold", "trend-aware", "weighted-index");
            assertThat(plugins.get(AssessmentModelProvider.class, "host-harm").getClass().getModule().getName())
                    .isEqualTo("mod.model");
            assertThat(gradeWith(plugins, "host-harm", PluginConfig.empty().with("step", "7.5")).suggested().code())
                    .isEqualTo("5");
        } else {
            assertThatThrownBy(() -> hostModel("mod.model", "host-harm", 0).inModuleLayer())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("module path");
        }
    }

    @Test
    void aHostModelWithAHigherPriorityReplacesTheBuiltInThresholdModel() {
        EstPlugins plugins = EstPlugins.builder().classLoader(hostModel("cp.replace", "threshold", 5).onClassPath())
                .build();

        Assessment a = gradeWith(plugins, "threshold", PluginConfig.empty().with("step", "100"));
        assertThat(a.suggested().code()).isEqualTo("1");
        assertThat(a.reasons()).containsExactly("Harm 30.0, one level per 100.0 points");
        assertThat(gradeWith(EstPlugins.global(), "threshold", PluginConfig.empty()).suggested().code())
                .as("the global registry keeps the built-in").isEqualTo("3");
    }
}

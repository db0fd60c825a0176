package org.est4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.est4j.core.assessment.Scale;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.ExportFormatProvider;
import org.est4j.core.spi.ScaleProvider;
import org.junit.jupiter.api.Test;

/** {@code est plugins} with the installed plugins, and with a provider that fails. */
class PluginsCommandTest {

    @Test
    void listsEveryKindWithIdPriorityDescriptionAndClass() {
        Cli.Result r = Cli.run("plugins");
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.err).isEmpty();
        assertThat(r.out)
                .contains("ObservationImporterProvider — importers of observations (--importer): 3 installed\n")
                .containsPattern("AreaHierarchyProvider — area hierarchies \\(--areas-provider\\): [3-9] installed\n")
                .contains("ScaleProvider — scales (--scale): 3 installed\n")
                .contains("AssessmentModelProvider — assessment models (--model): 3 installed\n")
                .contains("ExportFormatProvider — export formats (--format): ")
                .contains("TrendTestProvider — trend tests: 1 installed\n")
                .contains("HotspotDetectorProvider — hotspot detectors: 3 installed\n")
                .contains("FollowUpEvaluatorProvider — follow-up evaluators: 1 installed\n")
                .containsPattern("\n  csv +0  Observations from CSV exports")
                .contains("org.est4j.io.internal.CsvObservationImporterProvider\n")
                .containsPattern("\n  se-deso +0  SCB's DeSO")
                .contains("org.est4j.io.internal.SeDesoHierarchyProvider  [built in]")
                .contains("org.est4j.io.internal.CsvAreaHierarchyProvider  [reads an --areas file]")
                .containsPattern("\n  est-5 +0  ")
                .contains("org.est4j.scoring.internal.Est5ScaleProvider")
                .containsPattern("\n  polisen-events +0  ")
                .containsPattern("\n  weighted-index +0  ")
                .containsPattern("\n  poisson-exact +0  ")
                .containsPattern("\n  wdd +0  ")
                .doesNotContain("FAILED");
    }

    @Test
    void showsAFormatsFileTypeAndAPluginsPriority() {
        EstPlugins plugins = EstPlugins.builder().withoutDiscovery()
                .register(ExportFormatProvider.class, new TestFormats.Lines(true))
                .register(ScaleProvider.class, new HouseScale("house-scale", 10))
                .build();
        Cli.Result r = Cli.run(plugins, "plugins");
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.out).contains("ExportFormatProvider — export formats (--format): 1 installed\n")
                .containsPattern("\n  lines +0  One line per area of a feedback report, for tests\n")
                .contains("  [.lines, text/plain; charset=UTF-8; writes FeedbackReport]")
                .containsPattern("\n  house-scale +10  A house scale\n")
                .contains("ObservationImporterProvider — importers of observations (--importer): 0 installed\n");
    }

    @Test
    void aProviderThatFailsIsListedAndGivesExitCode1() {
        EstPlugins plugins = EstPlugins.builder()
                .register(ScaleProvider.class, new HouseScale(null, 0))
                .build();
        Cli.Result r = Cli.run(plugins, "plugins");
        assertThat(r.code).as(r.toString()).isEqualTo(EstCli.INPUT_REJECTED);
        assertThat(r.out).contains("ScaleProvider — scales (--scale): 3 installed, 1 failed\n")
                .contains("  FAILED: The provider " + HouseScale.class.getName()
                        + " breaks the plugin contract: id is null");
        assertThat(r.err).contains("est plugins: 1 provider failed to load");
    }

    /** A scale provider registered in code; a null id breaks the contract. */
    static final class HouseScale implements ScaleProvider {
        private final String id;
        private final int priority;

        HouseScale(String id, int priority) {
            this.id = id;
            this.priority = priority;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String description() {
            return "A house scale";
        }

        @Override
        public int priority() {
            return priority;
        }

        @Override
        public Scale scale() {
            throw new UnsupportedOperationException("not needed to list plugins");
        }
    }
}

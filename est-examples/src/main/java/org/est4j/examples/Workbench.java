package org.est4j.examples;

import org.est4j.core.cycle.EstCycle;
import org.est4j.core.spi.PluginConfig;
import org.est4j.examples.demo.DemoMunicipality;

/**
 * Loads the demo municipality into an {@link EstCycle}, for the main job and the JShell workbench
 * ({@code ./est shell}), so that both start from the same state.
 *
 * <p>Implementation requirements: this class is stateless and thread-safe.
 */
public final class Workbench {
    private Workbench() {}

    /**
     * Returns a cycle holding everything the demo municipality generated: areas, actors, reporters, rounds,
     * observations and measures. Areas are graded with the {@code weighted-index} model, against each area's own
     * history, because a single square and the whole municipality cannot share fixed thresholds.
     *
     * @param demo the demo municipality
     * @return a loaded cycle
     */
    public static EstCycle cycle(DemoMunicipality demo) {
        EstCycle cycle = EstCycle.builder(demo.hierarchy()).taxonomy(demo.taxonomy())
                .assessmentModel("weighted-index", PluginConfig.empty()).build();
        cycle.addActors(demo.actors());
        cycle.addReporters(demo.reporters());
        cycle.addRounds(demo.rounds());
        cycle.record(demo.observations());
        demo.measures().forEach(cycle::addMeasure);
        return cycle;
    }
}

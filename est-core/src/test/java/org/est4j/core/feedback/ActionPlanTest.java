package org.est4j.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.disclosure.Visibility;
import org.est4j.core.mapping.ActorId;
import org.junit.jupiter.api.Test;

class ActionPlanTest {
    @Test
    void namesTheActorsOfItsMeasures() {
        ActionPlan plan = ActionPlan.builder().addMeasures(Samples.measure(Visibility.PUBLIC).build())
                .putActors(ActorId.of("kommunen"), "Kommunen")
                .addNeeds(AreaNeed.builder().area(Samples.CENTRUM).name("Centrum").focus(true).build()).build();
        assertThat(plan).hasToString("Åtgärdsplan: 1 needs (0 covered), 1 measures, 1 actors");
        assertThatThrownBy(() -> ActionPlan.builder().addMeasures(Samples.measure(Visibility.PUBLIC).build()).build())
                .hasMessageContaining("lead actor");
    }
}

package org.est4j.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.AreaId;
import org.est4j.core.picture.Trend;
import org.junit.jupiter.api.Test;

class AreaRowTest {
    @Test
    void readsAsTheAreaItsLevelTrendHotspotsAndFocus() {
        AreaRow row = Samples.area().level(TestCycle.SCALE.highest()).assessedPeriod(Samples.MAY).decided(true)
                .decidedOn(Samples.DAY).trend(Trend.Direction.RISING).lowCoverage(true).focus(true)
                .addHotspots(HotspotRow.builder().area(Samples.KOMMUN).window(Samples.MAY.dates()).method("x").build())
                .build();
        assertThat(row).hasToString("kommun \"Testkommun\" level 5 (decided), trend RISING, 1 hotspot, low coverage,"
                + " focus");
        assertThat(Samples.area().build()).hasToString("kommun \"Testkommun\"");
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        assertThatThrownBy(() -> AreaRow.builder().id(Samples.CENTRUM).name(" ")
                .areaLevel(org.est4j.core.area.AreaLevel.LOCALITY).depth(1).decided(true).decidedOn(Samples.DAY)
                .assessedPeriod(Samples.MAY).addReasons("x")
                .coverage(CoverageRow.builder().expected(2).answered(2).low(false).build()).lowCoverage(true)
                .addHotspots(HotspotRow.builder().area(AreaId.of("elsewhere")).window(Samples.MAY.dates())
                        .method("x").build()).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).contains("name", "parent", "assessedPeriod", "decided", "reasons",
                                "lowCoverage", "hotspots[0].area"));
        assertThatThrownBy(() -> Samples.area().depth(-1).build()).hasMessageContaining("depth");
        assertThatThrownBy(() -> Samples.area().decidedBy("x").build()).hasMessageContaining("decidedOn");
    }
}

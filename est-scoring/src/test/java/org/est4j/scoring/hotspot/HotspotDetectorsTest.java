package org.est4j.scoring.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.NORTH;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.SQUARE;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.TOWN;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.query;
import static org.est4j.core.spi.contract.HotspotDetectorProviderContract.townObservations;

import java.util.List;
import org.est4j.core.ValidationException;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.HotspotQuery;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.plugin.UnknownPluginException;
import org.est4j.core.spi.PluginConfig;
import org.junit.jupiter.api.Test;

class HotspotDetectorsTest {
    private static final HotspotQuery TOWN_WEEK = query(TOWN, townObservations());

    @Test
    void eachDetectorFindsTheSquareOrItsNeighbourhoodByItsOwnMethod() {
        assertThat(HotspotDetectors.repeatLocation().detect(TOWN_WEEK)).extracting(Hotspot::area, Hotspot::method)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SQUARE, "repeat-location"));
        assertThat(HotspotDetectors.excessRate(PluginConfig.empty().with("adjust", "none")).detect(TOWN_WEEK))
                .extracting(Hotspot::area, Hotspot::method)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NORTH, "excess-rate"));
        assertThat(HotspotDetectors.giStar().detect(TOWN_WEEK)).extracting(Hotspot::area, Hotspot::method)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SQUARE, "gi-star"));
        assertThat(HotspotDetectors.excessRate().detect(TOWN_WEEK)).as("not after adjusting for three tests").isEmpty();
    }

    @Test
    void reasonsFollowTheLanguageAndTheTaxonomysLabels() {
        PluginConfig english = PluginConfig.empty().with("language", "en");

        assertThat(HotspotDetectors.repeatLocation(english).detect(TOWN_WEEK).get(0).reasons().get(1))
                .isEqualTo("Most common: Insecurity-causing gathering 4, Property damage 4");
        Taxonomy relabelled = Taxonomy.builder().from(Taxonomy.standard()).categories(Taxonomy.standard().categories()
                .stream().map(c -> c.id().value().equals("gathering")
                        ? org.est4j.core.mapping.Category.builder().from(c).labelEn("Loitering").build() : c)
                .collect(java.util.stream.Collectors.toList())).build();
        assertThat(HotspotDetectors.giStar(english, relabelled).detect(TOWN_WEEK).get(0).reasons().get(1))
                .isEqualTo("Most common: Loitering 4, Property damage 4");
        assertThat(HotspotDetectors.excessRate(english.with("adjust", "none"), relabelled).detect(TOWN_WEEK).get(0)
                .reasons().get(1)).startsWith("Most common: Loitering 4");
        assertThat(HotspotDetectors.repeatLocation(english, relabelled).detect(TOWN_WEEK).get(0).reasons().get(1))
                .startsWith("Most common: Loitering 4");
    }

    @Test
    void theRegistryServesEachDetectorUnderItsId() {
        for (String id : List.of(HotspotDetectors.REPEAT_LOCATION, HotspotDetectors.EXCESS_RATE,
                HotspotDetectors.GI_STAR)) {
            PluginConfig config = id.equals(HotspotDetectors.EXCESS_RATE) ? PluginConfig.empty().with("adjust", "none")
                    : PluginConfig.empty();
            List<Hotspot> found = HotspotDetectors.plugin(EstPlugins.global(), id, config).detect(TOWN_WEEK);
            assertThat(found).isNotEmpty().allSatisfy(h -> assertThat(h.method()).isEqualTo(id));
        }
        assertThatThrownBy(() -> HotspotDetectors.plugin(EstPlugins.global(), "kde", PluginConfig.empty()))
                .isInstanceOf(UnknownPluginException.class).hasMessageContaining("gi-star");
    }

    @Test
    void settingsAreCheckedWhenADetectorIsMade() {
        assertThatThrownBy(() -> HotspotDetectors.repeatLocation(PluginConfig.empty().with("adjust", "fdr")))
                .as("repeat-location tests nothing").isInstanceOf(ValidationException.class)
                .hasMessageContaining("adjust");
        assertThatThrownBy(() -> HotspotDetectors.giStar(PluginConfig.empty().with("cell-metres", "0")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cell-metres");
    }
}

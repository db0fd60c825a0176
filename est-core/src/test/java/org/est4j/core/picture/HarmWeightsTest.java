package org.est4j.core.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.est4j.core.UnknownReferenceException;
import org.est4j.core.ValidationException;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HarmWeightsTest {
    private static final Taxonomy STANDARD = Taxonomy.standard();

    static Stream<Arguments> standardWeights() {
        return Stream.of(
                Arguments.of("disorder-violence.assault", 10.0),   // own weight
                Arguments.of("disorder-violence.robbery", 10.0),
                Arguments.of("disorder-violence.threat", 8.0),
                Arguments.of("disorder-violence", 8.0),
                Arguments.of("staff-incident", 8.0),
                Arguments.of("property-damage.fire", 6.0),
                Arguments.of("property-damage.broken-glass", 3.0), // falls back to property-damage
                Arguments.of("property-damage.graffiti", 2.0),
                Arguments.of("unsafe-place.lighting", 2.0),        // falls back to unsafe-place
                Arguments.of("traffic.moped", 2.0),
                Arguments.of("littering", 1.0),
                Arguments.of("other", 1.0),
                Arguments.of("planned-event", 0.0));
    }

    @ParameterizedTest
    @MethodSource("standardWeights")
    void standardWeighsViolenceHighestAndContextZero(String category, double weight) {
        assertThat(HarmWeights.standard().weight(CategoryId.of(category), STANDARD)).isEqualTo(weight);
    }

    @Test
    void violenceOutweighsEveryNonViolentCategory() {
        double assault = HarmWeights.standard().weight(CategoryId.of("disorder-violence.assault"), STANDARD);
        for (Category c : STANDARD.all()) {
            assertThat(HarmWeights.standard().weight(c)).isLessThanOrEqualTo(assault);
        }
    }

    @Test
    void fallsBackToParentThenContextThenDefault() {
        CategoryId events = CategoryId.of("events");
        Category match = Category.builder().id(CategoryId.of("events.match")).parent(events).labelSv("Match")
                .labelEn("Match").context(true).build();
        Category eventsTop = Category.builder().id(events).labelSv("Evenemang").labelEn("Events").context(true).build();
        Category noise = Category.topLevel(CategoryId.of("noise"), "Buller", "Noise");
        Category noiseNight = Category.child(CategoryId.of("noise.night"), noise.id(), "Nattbuller", "Night noise");
        Taxonomy own = Taxonomy.of(java.util.List.of(eventsTop, match, noise, noiseNight));
        HarmWeights w = HarmWeights.builder().defaultWeight(2).putWeights(noise.id(), 4.0).build();

        assertThat(w.weight(noiseNight)).isEqualTo(4.0);
        assertThat(w.weight(match.id(), own)).isZero();
        assertThat(w.weight(eventsTop)).isZero();
        assertThat(HarmWeights.builder().defaultWeight(2).build().weight(noiseNight)).isEqualTo(2.0);
        assertThat(HarmWeights.builder().putWeights(events, 5.0).build().weight(match)).isEqualTo(5.0);
        assertThat(HarmWeights.flat().weight(noise)).isEqualTo(1.0);
    }

    @Test
    void rejectsNegativeAndNonFiniteWeightsAllAtOnce() {
        assertThatThrownBy(() -> HarmWeights.builder().defaultWeight(Double.NaN)
                .putWeights(CategoryId.of("a"), -1.0).putWeights(CategoryId.of("b"), Double.POSITIVE_INFINITY).build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("defaultWeight").hasMessageContaining("weights[a]").hasMessageContaining("weights[b]");
        assertThatThrownBy(() -> HarmWeights.standard().weight(CategoryId.of("nope"), STANDARD))
                .isInstanceOf(UnknownReferenceException.class);
    }

    @Test
    void copiesWithChangesAndPrintsReadably() {
        HarmWeights mine = HarmWeights.builder().from(HarmWeights.standard())
                .putWeights(CategoryId.of("traffic.moped"), 4.0).build();

        assertThat(mine.weight(CategoryId.of("traffic.moped"), STANDARD)).isEqualTo(4.0);
        assertThat(HarmWeights.standard().weight(CategoryId.of("traffic.moped"), STANDARD)).isEqualTo(2.0);
        assertThat(HarmWeights.standard()).isSameAs(HarmWeights.standard());
        assertThat(mine.toString()).startsWith("HarmWeights{default 1.0, disorder-violence=8.0");
    }
}

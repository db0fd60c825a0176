package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.est4j.core.assessment.Scale;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.spi.ScaleProvider;
import org.est4j.core.spi.contract.ScaleProviderContract;
import org.est4j.scoring.scale.Scales;
import org.junit.jupiter.api.Test;

/**
 * The scale checks of {@link ScaleProviderContract} (from est-core's test-jar) fail for providers that break them,
 * so that a plugin author can trust a green contract test. Each case breaks one rule that {@link Scale}'s own
 * validation lets through.
 */
class ScaleProviderContractTest {

    /** A provider registered in code only, serving whatever scale it is given under an id. */
    private static ScaleProvider provider(String id, Scale scale) {
        return new ScaleProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "A test scale";
            }

            @Override
            public Scale scale() {
                return scale;
            }
        };
    }

    private static ScaleProviderContract<ScaleProvider> contractFor(ScaleProvider provider) {
        return new ScaleProviderContract<>() {
            @Override
            protected ScaleProvider provider() {
                return provider;
            }

            @Override
            protected boolean declaredForServiceLoader() {
                return false;
            }
        };
    }

    /** The traffic light with every level changed by a function. */
    private static Scale trafficLightWith(UnaryOperator<ScaleLevel.Builder> change) {
        List<ScaleLevel> levels = Scales.trafficLight3().levels().stream()
                .map(l -> change.apply(ScaleLevel.builder().from(l)).build()).collect(Collectors.toList());
        return Scale.builder().from(Scales.trafficLight3()).levels(levels).build();
    }

    @Test
    void aWellFormedScalePassesEveryScaleCheck() {
        ScaleProviderContract<ScaleProvider> contract = contractFor(provider("traffic-light-3", Scales.trafficLight3()));

        assertThatCode(() -> {
            contract.scaleIsTheSameOnEveryCallAndInstance();
            contract.scaleIdEqualsProviderId();
            contract.ranksRunFromOneToTheNumberOfLevels();
            contract.namesAndLabelsAreNonBlankInSwedishAndEnglish();
            contract.labelsAreDistinctInEachLanguage();
            contract.coloursAreDistinct();
            contract.meaningsAreOneLineEach();
        }).doesNotThrowAnyException();
    }

    @Test
    void aScaleWhoseIdIsNotTheProvidersFails() {
        assertThatThrownBy(() -> contractFor(provider("my-scale", Scales.trafficLight3())).scaleIdEqualsProviderId())
                .isInstanceOf(AssertionError.class).hasMessageContaining("my-scale").hasMessageContaining("traffic-light-3");
    }

    @Test
    void aNullScaleFails() {
        assertThatThrownBy(() -> contractFor(provider("none", null)).scaleIsTheSameOnEveryCallAndInstance())
                .isInstanceOf(AssertionError.class).hasMessageContaining("scale()");
    }

    @Test
    void twoLevelsWithOneColourFail() {
        Scale grey = trafficLightWith(b -> b.colour("#808080"));

        assertThatThrownBy(() -> contractFor(provider("traffic-light-3", grey)).coloursAreDistinct())
                .isInstanceOf(AssertionError.class).hasMessageContaining("colour").hasMessageContaining("#808080");
    }

    @Test
    void twoLevelsWithOneLabelFailInEitherLanguage() {
        Scale sameSv = trafficLightWith(b -> b.labelSv("Nivå"));
        Scale sameEn = trafficLightWith(b -> b.labelEn("level"));

        assertThatThrownBy(() -> contractFor(provider("traffic-light-3", sameSv)).labelsAreDistinctInEachLanguage())
                .isInstanceOf(AssertionError.class).hasMessageContaining("labelSv");
        assertThatThrownBy(() -> contractFor(provider("traffic-light-3", sameEn)).labelsAreDistinctInEachLanguage())
                .isInstanceOf(AssertionError.class).hasMessageContaining("labelEn");
    }

    @Test
    void aMeaningOfSeveralLinesFails() {
        Scale wordy = trafficLightWith(b -> b.meaningSv("First line.\nSecond line.").meaningEn("First line.\nSecond line."));

        assertThatThrownBy(() -> contractFor(provider("traffic-light-3", wordy)).meaningsAreOneLineEach())
                .isInstanceOf(AssertionError.class).hasMessageContaining("meaning of level green");
    }

    @Test
    void aProviderThatBuildsADifferentScaleOnEachCallFails() {
        ScaleProvider fickle = new ScaleProvider() {
            private int calls;

            @Override
            public String id() {
                return "fickle";
            }

            @Override
            public String description() {
                return "Changes its mind";
            }

            @Override
            public synchronized Scale scale() {
                calls++;
                return Scale.builder().from(Scales.trafficLight3()).id("fickle").nameEn("Call " + calls).build();
            }
        };

        assertThatThrownBy(() -> contractFor(fickle).scaleIsTheSameOnEveryCallAndInstance())
                .isInstanceOf(AssertionError.class);
    }
}

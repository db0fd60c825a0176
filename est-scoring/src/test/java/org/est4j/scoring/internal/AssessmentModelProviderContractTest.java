package org.est4j.scoring.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.spi.AssessmentModelProvider;
import org.est4j.core.spi.PluginConfig;
import org.est4j.core.spi.contract.AssessmentModelProviderContract;
import org.junit.jupiter.api.Test;

/**
 * The checks of {@link AssessmentModelProviderContract} (from est-core's test-jar) pass for the built-in models and
 * fail for providers that break them, so that a plugin author can trust a green contract test.
 */
class AssessmentModelProviderContractTest {


    private static AssessmentModelProvider model(String id, AssessmentModelProvider.AssessmentModel model) {
        return new AssessmentModelProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "A test model";
            }

            @Override
            public AssessmentModel create(PluginConfig config) {
                return model;
            }
        };
    }

    private static AssessmentModelProviderContract<AssessmentModelProvider> contract(AssessmentModelProvider p) {
        return new AssessmentModelProviderContract<>() {
            @Override
            protected AssessmentModelProvider provider() {
                return p;
            }

            @Override
            protected boolean declaredForServiceLoader() {
                return false;
            }
        };
    }

    /** A model that suggests the top level and checks nothing. */
    private static Assessment top(org.est4j.core.picture.SituationPicture picture, Scale scale, String modelId,
            String reason) {
        return Assessment.builder().area(picture.area()).period(picture.period()).scaleId(scale.id())
                .suggested(scale.highest()).modelId(modelId).addReasons(reason).build();
    }

    @Test
    void theBuiltInModelsPassEveryCheck() {
        for (AssessmentModelProvider p : new AssessmentModelProvider[] {new ThresholdModelProvider(),
                new WeightedIndexModelProvider(), new TrendAwareModelProvider()}) {
            AssessmentModelProviderContract<AssessmentModelProvider> c = contract(p);
            assertThatCode(() -> {
                c.createsAModel();
                c.suggestsALevelOfTheScaleForThePictureWithReasons();
                c.isPure();
                c.rejectsAHistoryOfAnotherAreaOrNotBeforeThePicture();
                c.rejectsNullArguments();
            }).doesNotThrowAnyException();
        }
    }

    @Test
    void aModelThatIgnoresItsHistoryFailsTheHistoryCheck() {
        AssessmentModelProvider careless = model("careless", (picture, scale, history) ->
                top(picture, scale, "careless", "Always the top"));

        assertThatCode(() -> contract(careless).suggestsALevelOfTheScaleForThePictureWithReasons())
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> contract(careless).rejectsAHistoryOfAnotherAreaOrNotBeforeThePicture())
                .isInstanceOf(AssertionError.class).hasMessageContaining("a history of another area");
    }

    @Test
    void aModelThatNamesAnotherModelOrWritesParagraphsFails() {
        AssessmentModelProvider impostor = model("mine", (picture, scale, history) ->
                top(picture, scale, "threshold", "Always the top"));
        AssessmentModelProvider wordy = model("wordy", (picture, scale, history) ->
                top(picture, scale, "wordy", "First line.\nSecond line."));

        assertThatThrownBy(() -> contract(impostor).suggestsALevelOfTheScaleForThePictureWithReasons())
                .isInstanceOf(AssertionError.class).hasMessageContaining("model id");
        assertThatThrownBy(() -> contract(wordy).suggestsALevelOfTheScaleForThePictureWithReasons())
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aModelWithAMemoryIsNotPure() {
        AtomicInteger calls = new AtomicInteger();
        AssessmentModelProvider counting = model("counting", (picture, scale, history) ->
                top(picture, scale, "counting", "Call " + calls.incrementAndGet()));

        assertThatThrownBy(() -> contract(counting).isPure()).isInstanceOf(AssertionError.class);
    }
}

package org.est4j.core.spi;

import java.util.List;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.picture.SituationPicture;

/**
 * Makes assessment models: rules that turn a {@link SituationPicture} into a suggested level on a {@link Scale},
 * with the reasons in words ("12 property-damage reports, up from 4; 2 hotspots; 60 % of reporters answered").
 * The group may override the suggestion; both are kept in the {@link Assessment}. Built-ins (est-scoring):
 * {@code threshold} (per-category thresholds from configuration), {@code weighted-index} (the harm-weighted score
 * against the area's own history) and {@code trend-aware} (levels moved by significant trends).
 *
 * @since 0.1
 */
public interface AssessmentModelProvider extends EstPlugin {

    /**
     * Creates a model.
     *
     * @param config the model's settings (thresholds, calibration), documented by the provider
     * @return a model; immutable and thread-safe
     * @throws org.est4j.core.ValidationException when the configuration is not valid
     */
    AssessmentModel create(PluginConfig config);

    /**
     * Suggests a level for one area and period.
     *
     * <p>Implementation requirements: implementations must be immutable and thread-safe, and pure: the same
     * arguments give an equal assessment.
     */
    @FunctionalInterface
    interface AssessmentModel {

        /**
         * Assesses a picture.
         *
         * @param picture the picture of the area and period to assess
         * @param scale the scale to suggest a level on
         * @param history earlier pictures of the same area, oldest first (possibly empty), for models that compare
         *     an area with itself
         * @return the assessment: the area and period of the picture, the scale's id, a level of that scale, at
         *     least one reason in words, and the model's id; without an override
         * @throws org.est4j.core.ValidationException when the history is not of the picture's area or not before it
         */
        Assessment assess(SituationPicture picture, Scale scale, List<SituationPicture> history);
    }
}

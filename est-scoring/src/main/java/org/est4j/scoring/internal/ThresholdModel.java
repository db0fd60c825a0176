package org.est4j.scoring.internal;

import java.util.List;
import java.util.Set;
import org.est4j.core.assessment.Scale;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.spi.PluginConfig;

/**
 * The assessment model {@code threshold}: per-category count thresholds, the level being the highest any category
 * reaches. See {@link org.est4j.scoring.assessment.AssessmentModels#threshold(PluginConfig)}.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class ThresholdModel extends BaseAssessmentModel {
    /** The id of the model. */
    public static final String ID = "threshold";

    private final ThresholdRules rules;

    private ThresholdModel(ThresholdRules rules) {
        super(ID, rules.words());
        this.rules = rules;
    }

    /**
     * Makes the model from its settings.
     *
     * @param config the settings
     * @param taxonomy the taxonomy for labels and context categories
     * @return the model
     * @throws org.est4j.core.ValidationException when a setting is unknown or not valid
     */
    public static ThresholdModel of(PluginConfig config, Taxonomy taxonomy) {
        Settings.requireKnownKeys(config, ID, ThresholdRules.KEYS, Set.of(ThresholdRules.PREFIX));
        return new ThresholdModel(ThresholdRules.of(config, taxonomy));
    }

    @Override
    Suggestion suggest(SituationPicture picture, Scale scale, List<SituationPicture> history) {
        return rules.suggest(picture, scale, history);
    }

    /** Returns {@code AssessmentModel threshold ThresholdRules{…}}. */
    @Override
    public String toString() {
        return "AssessmentModel " + ID + " " + rules;
    }
}

package org.est4j.io.json.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.est4j.core.Identifier;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.assessment.Scale;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.disclosure.DisclosurePolicy;
import org.est4j.core.evaluation.BeforeAfter;
import org.est4j.core.evaluation.ConfidenceInterval;
import org.est4j.core.evaluation.Evaluation;
import org.est4j.core.evaluation.EvaluationWarning;
import org.est4j.core.evaluation.PlaceCounts;
import org.est4j.core.ingest.ImportResult;
import org.est4j.core.ingest.Rejection;
import org.est4j.core.mapping.Actor;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.Observation;
import org.est4j.core.mapping.Reporter;
import org.est4j.core.mapping.ReportingRound;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.measure.FollowUp;
import org.est4j.core.measure.Measure;
import org.est4j.core.measure.MeasureType;
import org.est4j.core.feedback.ActionPlan;
import org.est4j.core.feedback.AreaNeed;
import org.est4j.core.feedback.AreaRow;
import org.est4j.core.feedback.CauseSummary;
import org.est4j.core.feedback.CoverageRow;
import org.est4j.core.feedback.FeedbackReport;
import org.est4j.core.feedback.FocusArea;
import org.est4j.core.feedback.FollowUpRow;
import org.est4j.core.feedback.HotspotRow;
import org.est4j.core.feedback.MeasureEffectRow;
import org.est4j.core.feedback.MeasureRow;
import org.est4j.core.feedback.ObservationLine;
import org.est4j.core.feedback.ReporterFeedback;
import org.est4j.core.feedback.StatutoryReport;
import org.est4j.core.feedback.StatutorySituation;
import org.est4j.core.picture.Coverage;
import org.est4j.core.picture.Exclusions;
import org.est4j.core.picture.Hotspot;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.picture.SituationPicture;
import org.est4j.core.picture.Trend;

/**
 * The codec of every est4j type the JSON module handles, by class. {@link org.est4j.core.Decision} is not here:
 * its codec depends on the type decided (see {@link AssessmentCodecs#decision(Codec)}).
 *
 * <p>This class is internal and not for public use.
 */
public final class Codecs {
    private static final Map<Class<?>, Codec<?>> BY_TYPE = new LinkedHashMap<>();
    private static final Map<Class<?>, TextCodec<?>> KEYS = new LinkedHashMap<>();

    static {
        text(Values.AREA_ID);
        text(Values.CATEGORY_ID);
        text(Values.ACTOR_ID);
        text(Values.REPORTER_ID);
        text(Values.OBSERVATION_ID);
        text(Values.MEASURE_ID);
        text(Values.AREA_LEVEL);
        text(Values.PERIOD);
        text(Values.SOURCE);
        text(Values.TIME_OF_DAY);
        text(Values.TIME_PRECISION);
        text(Values.VISIBILITY);
        text(Values.ACTOR_KIND);
        text(Values.MEASURE_STATUS);
        text(Values.HORIZON);
        text(Values.OUTCOME);
        text(Values.ALTERNATIVE);
        text(Values.EVALUATION_METHOD);
        text(Values.AUDIENCE);
        text(Values.PERIOD_KIND);
        text(Values.WDQ_INTERPRETATION);
        text(Values.LIGHT);
        text(Values.TREND_COMPARISON);
        text(Values.TREND_DIRECTION);
        text(Values.EXCLUSION_REASON);
        text(Values.FEEDBACK_KIND);
        text(Values.TRIANGLE_SIDE);
        text(Values.CHANGE);
        BY_TYPE.put(org.est4j.core.mapping.Severity.class, Values.SEVERITY);
        KEYS.put(org.est4j.core.mapping.Severity.class, Values.SEVERITY_KEY);
        BY_TYPE.put(GeoPoint.class, Values.GEO_POINT);
        BY_TYPE.put(Area.class, AreaCodecs.AREA);
        BY_TYPE.put(AreaHierarchy.class, AreaCodecs.HIERARCHY);
        BY_TYPE.put(Actor.class, MappingCodecs.ACTOR);
        BY_TYPE.put(Reporter.class, MappingCodecs.REPORTER);
        BY_TYPE.put(ReportingRound.class, MappingCodecs.REPORTING_ROUND);
        BY_TYPE.put(Observation.class, MappingCodecs.OBSERVATION);
        BY_TYPE.put(Category.class, MappingCodecs.CATEGORY);
        BY_TYPE.put(Taxonomy.class, MappingCodecs.TAXONOMY);
        BY_TYPE.put(ScaleLevel.class, AssessmentCodecs.SCALE_LEVEL);
        BY_TYPE.put(Scale.class, AssessmentCodecs.SCALE);
        BY_TYPE.put(Assessment.class, AssessmentCodecs.ASSESSMENT);
        BY_TYPE.put(Hotspot.class, MeasureCodecs.HOTSPOT);
        BY_TYPE.put(MeasureType.class, MeasureCodecs.MEASURE_TYPE);
        BY_TYPE.put(Measure.class, MeasureCodecs.MEASURE);
        BY_TYPE.put(FollowUp.class, MeasureCodecs.FOLLOW_UP);
        BY_TYPE.put(BeforeAfter.class, EvaluationCodecs.BEFORE_AFTER);
        BY_TYPE.put(PlaceCounts.class, EvaluationCodecs.PLACE_COUNTS);
        BY_TYPE.put(ConfidenceInterval.class, EvaluationCodecs.CONFIDENCE_INTERVAL);
        BY_TYPE.put(EvaluationWarning.class, EvaluationCodecs.WARNING);
        BY_TYPE.put(Evaluation.Component.class, EvaluationCodecs.COMPONENT);
        BY_TYPE.put(Evaluation.class, EvaluationCodecs.EVALUATION);
        BY_TYPE.put(DisclosurePolicy.class, OtherCodecs.DISCLOSURE_POLICY);
        BY_TYPE.put(Coverage.class, PictureCodecs.COVERAGE);
        BY_TYPE.put(Trend.class, PictureCodecs.TREND);
        BY_TYPE.put(Exclusions.class, PictureCodecs.EXCLUSIONS);
        BY_TYPE.put(SituationPicture.class, PictureCodecs.SITUATION_PICTURE);
        BY_TYPE.put(PictureSet.class, PictureCodecs.PICTURE_SET);
        BY_TYPE.put(HotspotRow.class, FeedbackCodecs.HOTSPOT_ROW);
        BY_TYPE.put(CoverageRow.class, FeedbackCodecs.COVERAGE_ROW);
        BY_TYPE.put(AreaRow.class, FeedbackCodecs.AREA_ROW);
        BY_TYPE.put(FocusArea.class, FeedbackCodecs.FOCUS_AREA);
        BY_TYPE.put(FollowUpRow.class, FeedbackCodecs.FOLLOW_UP_ROW);
        BY_TYPE.put(MeasureRow.class, FeedbackCodecs.MEASURE_ROW);
        BY_TYPE.put(ObservationLine.class, FeedbackCodecs.OBSERVATION_LINE);
        BY_TYPE.put(ReporterFeedback.class, FeedbackCodecs.REPORTER_FEEDBACK);
        BY_TYPE.put(FeedbackReport.class, FeedbackCodecs.FEEDBACK_REPORT);
        BY_TYPE.put(CauseSummary.class, StatutoryCodecs.CAUSE_SUMMARY);
        BY_TYPE.put(MeasureEffectRow.class, StatutoryCodecs.MEASURE_EFFECT);
        BY_TYPE.put(StatutorySituation.class, StatutoryCodecs.SITUATION);
        BY_TYPE.put(AreaNeed.class, StatutoryCodecs.AREA_NEED);
        BY_TYPE.put(ActionPlan.class, StatutoryCodecs.ACTION_PLAN);
        BY_TYPE.put(StatutoryReport.class, StatutoryCodecs.STATUTORY_REPORT);
        BY_TYPE.put(Rejection.class, OtherCodecs.REJECTION);
        BY_TYPE.put(ImportResult.class, OtherCodecs.IMPORT_RESULT);
    }

    private Codecs() {}

    private static void text(TextCodec<?> codec) {
        BY_TYPE.put(codec.type(), codec);
        KEYS.put(codec.type(), codec);
    }

    /**
     * Returns the codec that reads a type: only est4j's own types, matched exactly.
     *
     * @param type the declared type to read
     * @return the codec, or null
     */
    public static Codec<?> forReading(Class<?> type) {
        return BY_TYPE.get(type);
    }

    /**
     * Returns the codec that writes a value of a class: that of the class or its nearest superclass, so that the
     * generated implementations of est4j's value types and any {@link Identifier} subclass are covered.
     *
     * @param type the runtime class of the value
     * @return the codec, or null
     */
    public static Codec<?> forWriting(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            Codec<?> codec = BY_TYPE.get(c);
            if (codec != null) {
                return codec;
            }
            if (c == Identifier.class) {
                return Values.ANY_ID;
            }
        }
        return null;
    }

    /**
     * Returns the codec of a type used as a map key, matched exactly.
     *
     * @param type the key type
     * @return the codec, or null
     */
    public static TextCodec<?> forKey(Class<?> type) {
        return KEYS.get(type);
    }

    /**
     * Returns every codec, by class, in a fixed order.
     *
     * @return an unmodifiable map
     */
    public static Map<Class<?>, Codec<?>> all() {
        return Collections.unmodifiableMap(BY_TYPE);
    }
}

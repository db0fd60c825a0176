/**
 * est4j scoring: built-in scales and assessment models, trends, hotspot detection, prioritisation and follow-up
 * statistics. It stands on est-core alone; its results are est-core types.
 */
module org.est4j.scoring {
    requires transitive org.est4j.core;
    requires org.apache.commons.statistics.distribution;

    exports org.est4j.scoring.assessment;
    exports org.est4j.scoring.followup;
    exports org.est4j.scoring.hotspot;
    exports org.est4j.scoring.scale;
    exports org.est4j.scoring.trend;

    provides org.est4j.core.spi.AssessmentModelProvider with
            org.est4j.scoring.internal.ThresholdModelProvider,
            org.est4j.scoring.internal.TrendAwareModelProvider,
            org.est4j.scoring.internal.WeightedIndexModelProvider;
    provides org.est4j.core.spi.HotspotDetectorProvider with
            org.est4j.scoring.internal.ExcessRateDetectorProvider,
            org.est4j.scoring.internal.GiStarDetectorProvider,
            org.est4j.scoring.internal.RepeatLocationDetectorProvider;
    provides org.est4j.core.spi.FollowUpEvaluatorProvider with org.est4j.scoring.internal.WddFollowUpEvaluatorProvider;
    provides org.est4j.core.spi.ScaleProvider with
            org.est4j.scoring.internal.Est5ScaleProvider,
            org.est4j.scoring.internal.PoliceArea4ScaleProvider,
            org.est4j.scoring.internal.TrafficLight3ScaleProvider;
    provides org.est4j.core.spi.TrendTestProvider with
            org.est4j.scoring.internal.PoissonExactTrendTestProvider;
}

/**
 * est4j core: the EST domain model, periods, areas, taxonomy, the engines that need no statistics, the SPI and
 * the plugin registry. It depends on no other est4j module, no Jackson databind and no I/O format.
 */
module org.est4j.core {
    requires transitive org.threeten.extra;
    requires com.google.common;
    requires org.slf4j;
    requires org.shredzone.commons.suncalc;
    // Only annotations are used, so they are optional at run time.
    requires static org.immutables.value.annotations;

    exports org.est4j.core;
    exports org.est4j.core.analysis;
    exports org.est4j.core.area;
    exports org.est4j.core.assessment;
    exports org.est4j.core.cycle;
    exports org.est4j.core.disclosure;
    exports org.est4j.core.evaluation;
    exports org.est4j.core.feedback;
    exports org.est4j.core.ingest;
    exports org.est4j.core.mapping;
    exports org.est4j.core.measure;
    exports org.est4j.core.picture;
    exports org.est4j.core.plugin;
    exports org.est4j.core.spi;
    exports org.est4j.core.store;
    exports org.est4j.core.time;

    uses org.est4j.core.spi.AreaHierarchyProvider;
    uses org.est4j.core.spi.AssessmentModelProvider;
    uses org.est4j.core.spi.ExportFormatProvider;
    uses org.est4j.core.spi.FollowUpEvaluatorProvider;
    uses org.est4j.core.spi.HotspotDetectorProvider;
    uses org.est4j.core.spi.ObservationImporterProvider;
    uses org.est4j.core.spi.ScaleProvider;
    uses org.est4j.core.spi.TrendTestProvider;
}

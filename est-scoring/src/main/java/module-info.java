/**
 * est4j scoring: built-in scales and assessment models, trends, hotspot detection, prioritisation and follow-up
 * statistics. It stands on est-core alone; its results are est-core types.
 */
module org.est4j.scoring {
    requires transitive org.est4j.core;
    requires org.apache.commons.statistics.distribution;

    exports org.est4j.scoring.followup;
}

package org.est4j.core.assessment;

/** Scales for tests: a five-level EST scale and a three-level traffic light. */
final class TestScales {
    private TestScales() {}

    static ScaleLevel level(String code, int rank, String sv, String en, String colour) {
        return ScaleLevel.builder().code(code).rank(rank).labelSv(sv).labelEn(en).colour(colour)
                .meaningSv(en + " situation.").meaningEn(en + " situation.").build();
    }

    static Scale est5() {
        return Scale.builder().id("est-5").nameSv("EST fem nivåer").nameEn("EST five levels")
                .addLevels(level("1", 1, "Lugnt", "Calm", "#2E7D32"),
                        level("2", 2, "Stabilt", "Stable", "#9CCC65"),
                        level("3", 3, "Oroligt", "Unsettled", "#FDD835"),
                        level("4", 4, "Allvarligt", "Serious", "#FB8C00"),
                        level("5", 5, "Akut", "Acute", "#C62828"))
                .build();
    }

    static Scale trafficLight() {
        return Scale.builder().id("traffic-light-3").nameSv("Trafikljus").nameEn("Traffic light")
                .addLevels(level("green", 1, "Grönt", "Green", "#2E7D32"),
                        level("yellow", 2, "Gult", "Yellow", "#FDD835"),
                        level("red", 3, "Rött", "Red", "#C62828"))
                .build();
    }
}

package org.est4j.examples.demo;

import org.est4j.core.mapping.CategoryId;

/**
 * What the demo generator can make an observation of: one kind per leaf category of
 * {@link org.est4j.core.mapping.Taxonomy#standard()} (plus plain disorder), each with its rhythm over the year,
 * the week and the day, and the severity reporters usually give it.
 *
 * <p>Package-private: the tables are the generator's own assumptions, not part of the API.
 */
enum Kind {
    GATHERING("gathering", Week.NIGHTLIFE, Hours.NIGHTLIFE, 15, 35, 30, 15, 5),
    DRUG_DEALING("drugs.dealing", Week.NIGHTLIFE, Hours.NIGHTLIFE, 0, 10, 35, 40, 15),
    DRUG_USE("drugs.use", Week.NIGHTLIFE, Hours.NIGHTLIFE, 5, 30, 40, 20, 5),
    DRUG_PARAPHERNALIA("drugs.paraphernalia", Week.DISCOVERY, Hours.DISCOVERY, 10, 30, 40, 15, 5),
    DISORDER("disorder-violence", Week.NIGHTLIFE, Hours.NIGHTLIFE, 10, 30, 35, 20, 5),
    THREAT("disorder-violence.threat", Week.NIGHTLIFE, Hours.NIGHTLIFE, 0, 10, 35, 40, 15),
    ASSAULT("disorder-violence.assault", Week.NIGHTLIFE, Hours.NIGHTLIFE, 0, 0, 20, 45, 35),
    ROBBERY("disorder-violence.robbery", Week.NIGHTLIFE, Hours.NIGHTLIFE, 0, 0, 10, 40, 50),
    BURGLARY("disorder-violence.burglary", Week.FLAT, Hours.NIGHT, 0, 10, 40, 40, 10),
    HARASSMENT("disorder-violence.harassment", Week.NIGHTLIFE, Hours.NIGHTLIFE, 5, 25, 40, 25, 5),
    GRAFFITI("property-damage.graffiti", Week.DISCOVERY, Hours.DISCOVERY, 30, 40, 20, 8, 2),
    BROKEN_GLASS("property-damage.broken-glass", Week.DISCOVERY, Hours.DISCOVERY, 20, 40, 30, 10, 0),
    FIRE("property-damage.fire", Week.NIGHTLIFE, Hours.NIGHT, 0, 10, 30, 35, 25),
    DAMAGE_OTHER("property-damage.other", Week.DISCOVERY, Hours.DISCOVERY, 15, 40, 30, 12, 3),
    MOPED("traffic.moped", Week.EVENINGS, Hours.EVENING, 10, 35, 35, 15, 5),
    A_TRACTOR("traffic.a-tractor", Week.EVENINGS, Hours.EVENING, 15, 35, 35, 12, 3),
    CAR_ON_PATH("traffic.car-on-path", Week.FLAT, Hours.DAYTIME, 20, 40, 30, 10, 0),
    SPEEDING("traffic.speeding", Week.EVENINGS, Hours.EVENING, 15, 35, 35, 12, 3),
    LITTERING("littering", Week.DISCOVERY, Hours.DISCOVERY, 50, 35, 12, 3, 0),
    LIGHTING("unsafe-place.lighting", Week.FLAT, Hours.DARK, 15, 40, 35, 10, 0),
    SIGHTLINES("unsafe-place.sightlines", Week.FLAT, Hours.DAYTIME, 20, 45, 30, 5, 0),
    VEGETATION("unsafe-place.vegetation", Week.FLAT, Hours.DAYTIME, 30, 45, 20, 5, 0),
    DESERTED("unsafe-place.deserted", Week.FLAT, Hours.DARK, 20, 40, 30, 10, 0),
    STAFF_INCIDENT("staff-incident", Week.WORKDAYS, Hours.DAYTIME, 0, 20, 40, 30, 10),
    RUMOUR("social-media-rumour", Week.FLAT, Hours.DAYTIME, 20, 40, 30, 10, 0),
    PLANNED_EVENT("planned-event", Week.FLAT, Hours.FLAT, 100, 0, 0, 0, 0),
    OTHER("other", Week.FLAT, Hours.FLAT, 20, 40, 30, 10, 0);

    /** The kinds the Poisson processes draw from: every kind but planned events, which come from the calendar. */
    static final Kind[] DRAWN = java.util.Arrays.stream(values()).filter(k -> k != PLANNED_EVENT).toArray(Kind[]::new);

    private final CategoryId category;
    private final Week week;
    private final Hours hours;
    private final int[] severityWeights;

    Kind(String category, Week week, Hours hours, int... severityWeights) {
        this.category = CategoryId.of(category);
        this.week = week;
        this.hours = hours;
        this.severityWeights = severityWeights;
    }

    CategoryId category() {
        return category;
    }

    Week week() {
        return week;
    }

    Hours hours() {
        return hours;
    }

    /** Weights of severity ranks 1 to 5, in percent. */
    int[] severityWeights() {
        return severityWeights.clone();
    }

    /**
     * How strongly the kind depends on the time of year on a day, as a multiplier around 1. Warmth peaks in
     * mid-July, darkness at the winter solstice; school holidays and the big evenings of the Swedish year
     * (Valborg, the last day of school, Midsummer, New Year's Eve, Halloween) add to gatherings, disorder and fire.
     */
    double season(SwedishCalendar.Day day) {
        double warm = day.warmth();
        double dark = day.darkness();
        double lov = day.isSchoolBreak() ? 1 : 0;
        switch (this) {
            case GATHERING:
                return (0.45 + 1.25 * warm + 0.45 * lov) * day.festivity(2.8);
            case DISORDER:
            case THREAT:
            case ASSAULT:
                return (0.6 + 0.8 * warm + 0.2 * lov) * day.festivity(2.2);
            case HARASSMENT:
                return (0.8 + 0.4 * warm) * day.festivity(1.5);
            case ROBBERY:
                return 0.8 + 0.3 * dark;
            case BURGLARY:
                return 0.7 + 0.5 * dark + (day.isSummerHoliday() ? 0.4 : 0);
            case DRUG_DEALING:
            case DRUG_USE:
            case DRUG_PARAPHERNALIA:
                return 0.7 + 0.6 * warm;
            case GRAFFITI:
                return 0.8 + 0.4 * warm;
            case BROKEN_GLASS:
                return (0.7 + 0.6 * warm) * day.festivity(1.8);
            case FIRE:
                return (0.5 + 0.4 * warm) * day.fireworks(7.0) * day.festivity(1.8);
            case DAMAGE_OTHER:
                return (0.8 + 0.3 * warm) * day.halloween(4.0);
            case MOPED:
                return 0.04 + 1.6 * StrictMath.pow(Math.max(0, warm - 0.2) / 0.8, 1.3);
            case A_TRACTOR:
                return 0.35 + 0.9 * warm;
            case CAR_ON_PATH:
                return 0.8 + 0.2 * warm;
            case SPEEDING:
                return 0.6 + 0.7 * warm;
            case LITTERING:
                return (0.4 + 1.4 * warm) * day.festivity(1.6);
            case LIGHTING:
                return 0.04 + 2.3 * StrictMath.pow(dark, 1.5);
            case SIGHTLINES:
                return 0.5 + 0.8 * warm;
            case VEGETATION:
                return 0.1 + 1.6 * warm * warm;
            case DESERTED:
                return 0.4 + 1.0 * dark;
            case RUMOUR:
                return day.halloween(2.0) * day.festivity(1.6);
            default:
                return 1.0;
        }
    }

    /** The rhythm of a kind over the days of the week, Monday first, as the day of the evening it belongs to. */
    enum Week {
        /** Friday and Saturday evenings and nights. */
        NIGHTLIFE(0.55, 0.55, 0.7, 0.85, 1.9, 2.0, 0.75),
        /** Found in the morning, most on Mondays after the weekend. */
        DISCOVERY(1.5, 1.0, 0.9, 0.9, 0.9, 1.0, 1.0),
        /** Evenings with the weekend a little stronger. */
        EVENINGS(0.8, 0.8, 0.9, 1.0, 1.5, 1.5, 1.1),
        /** Working days. */
        WORKDAYS(1.0, 1.0, 1.0, 1.0, 1.0, 0.3, 0.2),
        /** No rhythm. */
        FLAT(1, 1, 1, 1, 1, 1, 1);

        private final double[] weights;

        Week(double... weights) {
            this.weights = weights;
        }

        double weight(java.time.DayOfWeek day) {
            return weights[day.getValue() - 1];
        }
    }

    /** The rhythm of a kind over the hours of the day, index 0 = 00:00–01:00 Stockholm time. */
    enum Hours {
        NIGHTLIFE(0.9, 0.8, 0.6, 0.4, 0.2, 0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.15,
                0.2, 0.25, 0.3, 0.45, 0.55, 0.65, 0.8, 1.0, 1.2, 1.3, 1.3, 1.1),
        DISCOVERY(0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.8, 1.3, 1.4, 1.2, 1.0, 0.9,
                0.8, 0.8, 0.8, 0.8, 0.7, 0.6, 0.5, 0.5, 0.4, 0.4, 0.3, 0.2),
        EVENING(0.4, 0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.2, 0.2, 0.2, 0.3, 0.4,
                0.5, 0.6, 0.7, 0.9, 1.0, 1.1, 1.2, 1.3, 1.3, 1.2, 1.0, 0.7),
        DARK(0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.6, 0.9, 0.5, 0.2, 0.2, 0.2,
                0.2, 0.2, 0.3, 0.6, 1.0, 1.3, 1.3, 1.2, 1.1, 1.0, 0.8, 0.5),
        DAYTIME(0.05, 0.05, 0.05, 0.05, 0.05, 0.1, 0.3, 0.6, 1.0, 1.1, 1.1, 1.1,
                1.0, 1.1, 1.1, 1.0, 0.9, 0.7, 0.6, 0.6, 0.5, 0.4, 0.2, 0.1),
        NIGHT(1.2, 1.3, 1.3, 1.1, 0.8, 0.5, 0.3, 0.2, 0.2, 0.2, 0.2, 0.2,
                0.2, 0.2, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1),
        FLAT(0.2, 0.15, 0.1, 0.1, 0.1, 0.2, 0.5, 0.9, 1, 1, 1, 1,
                1, 1, 1, 1, 1, 1, 1, 1, 1, 0.9, 0.7, 0.4);

        private final double[] weights;

        Hours(double... weights) {
            this.weights = weights;
        }

        double weight(int hour) {
            return weights[hour];
        }
    }
}

package org.est4j.examples.demo;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;

/**
 * What an observer does, and so what, when and how much they see: a school sees its yard on school days, night
 * walkers see the town on Friday and Saturday nights, the rescue service sees fires, the police see crime, citizens
 * see dark footpaths and litter.
 *
 * <p>Package-private: the generator's assumptions.
 */
enum Role {
    POLICE(0.55, 0.2, Hours.ALWAYS, Days.ALL,
            Kind.DRUG_DEALING, 2.0, Kind.DRUG_USE, 2.0, Kind.DRUG_PARAPHERNALIA, 1.5, Kind.DISORDER, 1.5, Kind.THREAT, 1.5,
            Kind.ASSAULT, 1.5, Kind.ROBBERY, 1.5, Kind.BURGLARY, 1.5, Kind.MOPED, 1.3, Kind.A_TRACTOR, 1.5,
            Kind.SPEEDING, 1.5, Kind.GATHERING, 1.0, Kind.RUMOUR, 0.8),
    RESCUE(0.6, 0.05, Hours.ALWAYS, Days.ALL, Kind.FIRE, 6.0, Kind.DAMAGE_OTHER, 0.3, Kind.STAFF_INCIDENT, 0.3),
    YOUTH_CENTRE(1.0, 0.3, Hours.YOUTH, Days.YOUTH,
            Kind.GATHERING, 2.0, Kind.RUMOUR, 2.0, Kind.STAFF_INCIDENT, 1.5, Kind.THREAT, 1.0, Kind.HARASSMENT, 1.0,
            Kind.MOPED, 1.0, Kind.DRUG_USE, 0.8),
    LIBRARY(0.8, 0.2, Hours.LIBRARY, Days.OFFICE, Kind.GATHERING, 1.2, Kind.STAFF_INCIDENT, 1.5, Kind.DISORDER, 1.0,
            Kind.LITTERING, 0.5),
    FIELD_WORKERS(0.9, 0.3, Hours.FIELD, Days.ALL,
            Kind.GATHERING, 2.0, Kind.DRUG_DEALING, 1.5, Kind.DRUG_USE, 1.5, Kind.DRUG_PARAPHERNALIA, 1.0,
            Kind.RUMOUR, 1.5, Kind.DISORDER, 1.2, Kind.HARASSMENT, 1.0),
    PARKS(1.2, 0.1, Hours.OFFICE, Days.OFFICE,
            Kind.LITTERING, 2.0, Kind.GRAFFITI, 2.0, Kind.DAMAGE_OTHER, 1.5, Kind.BROKEN_GLASS, 1.5, Kind.LIGHTING, 2.0,
            Kind.VEGETATION, 2.0, Kind.SIGHTLINES, 1.5, Kind.DESERTED, 0.6, Kind.FIRE, 0.6, Kind.DRUG_PARAPHERNALIA, 1.0),
    SCHOOL(1.6, 0.2, Hours.SCHOOL, Days.SCHOOL,
            Kind.STAFF_INCIDENT, 2.0, Kind.RUMOUR, 2.0, Kind.DAMAGE_OTHER, 1.5, Kind.GRAFFITI, 1.5, Kind.BROKEN_GLASS, 1.5,
            Kind.GATHERING, 1.0, Kind.HARASSMENT, 1.0, Kind.THREAT, 1.0, Kind.MOPED, 0.6, Kind.LITTERING, 0.8),
    HOUSING(1.3, 0.3, Hours.HOUSING, Days.ALL,
            Kind.GATHERING, 1.5, Kind.DAMAGE_OTHER, 2.0, Kind.GRAFFITI, 1.5, Kind.BURGLARY, 2.0,
            Kind.DRUG_PARAPHERNALIA, 1.5, Kind.DRUG_USE, 1.0, Kind.FIRE, 1.0, Kind.LITTERING, 1.5, Kind.LIGHTING, 1.2,
            Kind.OTHER, 1.5),
    SHOPPING_CENTRE(1.0, 0.3, Hours.SHOP, Days.ALL,
            Kind.GATHERING, 1.5, Kind.STAFF_INCIDENT, 1.5, Kind.THREAT, 1.2, Kind.DISORDER, 1.2, Kind.DAMAGE_OTHER, 0.8,
            Kind.LITTERING, 1.0),
    SHOP(0.6, 0.2, Hours.SHOP, Days.ALL,
            Kind.GATHERING, 1.3, Kind.STAFF_INCIDENT, 1.5, Kind.THREAT, 1.0, Kind.MOPED, 1.0, Kind.A_TRACTOR, 1.0,
            Kind.LITTERING, 0.8),
    BUS(0.9, 0.2, Hours.BUS, Days.ALL,
            Kind.GATHERING, 1.3, Kind.STAFF_INCIDENT, 2.0, Kind.THREAT, 1.2, Kind.DISORDER, 1.2, Kind.DAMAGE_OTHER, 1.0,
            Kind.GRAFFITI, 1.0, Kind.BROKEN_GLASS, 1.0, Kind.OTHER, 1.0),
    GUARDS(1.0, 0.4, Hours.GUARDS, Days.ALL,
            Kind.GATHERING, 1.5, Kind.DISORDER, 1.5, Kind.DRUG_DEALING, 1.2, Kind.DRUG_USE, 1.2, Kind.DAMAGE_OTHER, 1.2,
            Kind.BURGLARY, 1.5, Kind.FIRE, 0.8, Kind.THREAT, 1.2, Kind.GRAFFITI, 1.0, Kind.BROKEN_GLASS, 1.0),
    NIGHT_WALKERS(1.6, 0.2, Hours.NIGHT_WALK, Days.NIGHT_WALK,
            Kind.GATHERING, 2.0, Kind.DRUG_USE, 1.0, Kind.DISORDER, 1.3, Kind.LITTERING, 0.6, Kind.HARASSMENT, 1.0,
            Kind.MOPED, 0.8),
    CHURCH(0.6, 0.2, Hours.CHURCH, Days.CHURCH,
            Kind.GATHERING, 1.0, Kind.LITTERING, 1.0, Kind.DAMAGE_OTHER, 1.0, Kind.GRAFFITI, 1.0, Kind.LIGHTING, 0.8,
            Kind.DESERTED, 0.8),
    TENANTS(0.5, 0.3, Hours.ALWAYS, Days.ALL,
            Kind.GATHERING, 1.2, Kind.LIGHTING, 1.5, Kind.DAMAGE_OTHER, 1.0, Kind.LITTERING, 1.2, Kind.BURGLARY, 1.0,
            Kind.DRUG_USE, 0.8),
    SPORTS_CLUB(0.5, 0.3, Hours.SPORTS, Days.ALL,
            Kind.LITTERING, 1.2, Kind.DAMAGE_OTHER, 1.0, Kind.MOPED, 1.0, Kind.A_TRACTOR, 1.0, Kind.GATHERING, 1.0,
            Kind.BURGLARY, 1.0),
    PROPERTY(0.8, 0.1, Hours.OFFICE, Days.OFFICE,
            Kind.DAMAGE_OTHER, 2.0, Kind.GRAFFITI, 2.0, Kind.BROKEN_GLASS, 2.0, Kind.FIRE, 1.0, Kind.BURGLARY, 1.5,
            Kind.LIGHTING, 1.0),
    MILL(0.7, 0.2, Hours.ALWAYS, Days.ALL,
            Kind.A_TRACTOR, 1.5, Kind.SPEEDING, 1.5, Kind.DAMAGE_OTHER, 1.0, Kind.GATHERING, 1.0, Kind.BURGLARY, 1.0),
    /** Members of the public, through the e-service. */
    CITIZENS(1.0, 0.15, Hours.ALWAYS, Days.ALL,
            Kind.LIGHTING, 3.0, Kind.DESERTED, 1.5, Kind.VEGETATION, 1.5, Kind.SIGHTLINES, 1.2, Kind.LITTERING, 1.5,
            Kind.MOPED, 1.5, Kind.SPEEDING, 1.5, Kind.CAR_ON_PATH, 1.5, Kind.GRAFFITI, 1.0, Kind.DRUG_PARAPHERNALIA, 1.2,
            Kind.GATHERING, 0.8, Kind.A_TRACTOR, 1.0),
    /** The police's own events, imported as a source beside the reporters. */
    POLICE_EVENTS(1.0, 0.0, Hours.ALWAYS, Days.ALL,
            Kind.ASSAULT, 3.0, Kind.THREAT, 2.5, Kind.ROBBERY, 3.0, Kind.BURGLARY, 3.0, Kind.DRUG_DEALING, 2.0,
            Kind.DRUG_USE, 2.5, Kind.DISORDER, 2.5, Kind.MOPED, 1.0, Kind.A_TRACTOR, 1.2, Kind.SPEEDING, 2.0, Kind.FIRE, 1.0,
            Kind.DAMAGE_OTHER, 1.0, Kind.HARASSMENT, 1.0, Kind.GRAFFITI, 0.4, Kind.BROKEN_GLASS, 0.5, Kind.GATHERING, 0.3);

    private final double activity;
    private final double unlisted;
    private final Hours hours;
    private final Days days;
    private final Map<Kind, Double> interest = new EnumMap<>(Kind.class);

    Role(double activity, double unlisted, Hours hours, Days days, Object... kindsAndWeights) {
        this.activity = activity;
        this.unlisted = unlisted;
        this.hours = hours;
        this.days = days;
        for (int i = 0; i < kindsAndWeights.length; i += 2) {
            interest.put((Kind) kindsAndWeights[i], (Double) kindsAndWeights[i + 1]);
        }
    }

    /** How much an observer of this role reports, relative to others. */
    double activity() {
        return activity;
    }

    /** How much the role notices and reports a kind, relative to other kinds. */
    double interest(Kind kind) {
        return kind == Kind.PLANNED_EVENT ? 0 : interest.getOrDefault(kind, unlisted);
    }

    /** How present the role is at an hour of the day (0–23, Stockholm time). */
    double hour(int hour) {
        return hours.weights[hour];
    }

    /** How present the role is on a day: weekdays, school and summer holidays, public holidays. */
    double day(SwedishCalendar.Day day) {
        return days.weight(day);
    }

    private enum Hours {
        ALWAYS(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
        OFFICE(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.3, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1),
        HOUSING(0.15, 0.15, 0.1, 0.1, 0.1, 0.1, 0.3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.5, 0.4, 0.4, 0.35, 0.35, 0.3, 0.2),
        SCHOOL(0.03, 0.03, 0.03, 0.03, 0.03, 0.03, 0.2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.8, 0.3, 0.1, 0.1, 0.05, 0.05, 0.03, 0.03),
        SHOP(0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.3, 0.8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.5, 0.1),
        LIBRARY(0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.05, 0.1, 0.3, 0.8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.8, 0.1, 0.05, 0.02, 0.02),
        YOUTH(0.1, 0.05, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.05, 0.05, 0.05, 0.1, 0.2, 0.4, 1, 1, 1, 1, 1, 1, 1, 1, 0.8, 0.4),
        FIELD(0.8, 0.6, 0.2, 0.05, 0.05, 0.05, 0.05, 0.05, 0.1, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1, 1, 1, 1, 1, 1, 1, 1, 1),
        NIGHT_WALK(1, 1, 0.6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.3, 1, 1, 1, 1),
        BUS(0.5, 0.2, 0.1, 0.1, 0.1, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.8),
        GUARDS(1, 1, 1, 1, 1, 0.8, 0.4, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.4, 0.6, 1, 1, 1, 1, 1, 1),
        CHURCH(0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.1, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.6, 0.2, 0.1, 0.05),
        SPORTS(0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.1, 0.2, 0.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.4, 0.1);

        private final double[] weights;

        Hours(double... weights) {
            this.weights = weights;
        }
    }

    private enum Days {
        ALL, OFFICE, SCHOOL, YOUTH, NIGHT_WALK, CHURCH;

        double weight(SwedishCalendar.Day day) {
            DayOfWeek dow = day.dayOfWeek();
            boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
            switch (this) {
                case OFFICE:
                    return weekend || day.isPublicHoliday() ? 0.15 : 1.0;
                case SCHOOL:
                    return weekend || day.isPublicHoliday() || day.isSchoolBreak() ? 0.05 : 1.0;
                case YOUTH:
                    double open = dow == DayOfWeek.SUNDAY ? 0.1 : dow == DayOfWeek.SATURDAY ? 0.3 : dow == DayOfWeek.FRIDAY ? 1.2 : 1.0;
                    return day.isSummerHoliday() ? open * 0.5 : open;
                case NIGHT_WALK:
                    return dow == DayOfWeek.FRIDAY || dow == DayOfWeek.SATURDAY ? 1.0 : 0.0;
                case CHURCH:
                    return dow == DayOfWeek.SUNDAY ? 1.5 : 0.6;
                default:
                    return 1.0;
            }
        }
    }
}

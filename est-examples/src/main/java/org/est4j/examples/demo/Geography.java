package org.est4j.examples.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.area.GeoPoint;

/**
 * The fictional map of Sjövikens kommun: three localities like Norrtälje's (a coastal main town and two smaller
 * ones), their neighbourhoods and named places, each place with its kind, how busy it is, the Swedish phrase for
 * "at it" and a few spots within it. Points are WGS 84 positions in Roslagen, north-east of Stockholm, placed by
 * offsets in metres from each town's centre; they are plausible, not the positions of real places.
 *
 * <p>Package-private: the generator's data. Built once; immutable.
 */
final class Geography {
    static final String KOMMUNKOD = "9999";
    static final String MUNICIPALITY_NAME = "Sjövikens kommun";
    static final AreaId ROOT = AreaId.of(KOMMUNKOD);

    static final Geography INSTANCE = new Geography();

    private final List<Place> places = new ArrayList<>();
    private final List<Area> areas = new ArrayList<>();
    private final AreaHierarchy hierarchy;

    private Geography() {
        Locality sjoviken = locality("sjoviken", "Sjöviken", 59.7050, 18.6400, 1.0);
        Hood centrum = hood(sjoviken, "centrum", "Centrum", 0, 0);
        place(centrum, "torget", "Stora torget", PlaceKind.SQUARE, 1.3, "på Stora torget", 0, 0,
                "Fontänen", "Busskuren på Storgatan", "Torgtrappan");
        place(centrum, "resecentrum", "Resecentrum", PlaceKind.STATION, 1.4, "vid resecentrum", -450, -250,
                "Väntsalen", "Cykelparkeringen", "Perrong 2", "Busshållplats läge C", "Taxiplatsen");
        place(centrum, "vikenhallen", "Köpcentrum Vikenhallen", PlaceKind.SHOPPING_CENTRE, 1.2, "i Vikenhallen", 250, -150,
                "Entrén mot parkeringen", "Foodcourten", "Parkeringsdäcket");
        place(centrum, "stadsparken", "Stadsparken", PlaceKind.PARK, 0.9, "i Stadsparken", 150, 300,
                "Musikpaviljongen", "Lekplatsen", "Dammen");
        Hood hamnen = hood(sjoviken, "hamnen", "Hamnen", 900, 250);
        place(hamnen, "gasthamnen", "Gästhamnen", PlaceKind.HARBOUR, 0.8, "i gästhamnen", 700, 100,
                "Bryggan", "Servicehuset");
        place(hamnen, "vikbadet", "Vikbadet", PlaceKind.BEACH, 0.9, "vid Vikbadet", 1300, 600,
                "Badbryggan", "Omklädningsrummen", "Grillplatsen");
        place(hamnen, "strandpromenaden", "Strandpromenaden", PlaceKind.FOOTPATH, 0.7, "på strandpromenaden", 1000, 350,
                "Bänkarna vid udden", "Gångbron");
        Hood norrhojden = hood(sjoviken, "norrhojden", "Norrhöjden", 0, 1500);
        place(norrhojden, "trapphusen", "Trapphusen Smedsvägen", PlaceKind.STAIRWELLS, 1.2, "i trapphusen på Smedsvägen",
                -200, 1500, "Smedsvägen 4", "Smedsvägen 8", "Smedsvägen 12", "Källargången", "Soprummet");
        place(norrhojden, "lokalcentrum", "Norrhöjdens centrum", PlaceKind.SQUARE, 1.1, "vid Norrhöjdens centrum",
                0, 1700, "Pizzerian", "Kiosken", "Parkeringen");
        place(norrhojden, "skolgarden", "Norrhöjdsskolans skolgård", PlaceKind.SCHOOL_YARD, 1.0,
                "på Norrhöjdsskolans skolgård", 300, 1400, "Cykelstället", "Idrottshallen");
        place(norrhojden, "fritidsgarden", "Fritidsgården Kvisten", PlaceKind.YOUTH_CENTRE, 0.8,
                "vid fritidsgården Kvisten", 100, 1650, "Entrén", "Baksidan");
        place(norrhojden, "gangtunneln", "Gångtunneln under Norrleden", PlaceKind.FOOTPATH, 0.8,
                "i gångtunneln under Norrleden", -300, 1000);
        Hood solbacka = hood(sjoviken, "solbacka", "Solbacka", -1200, -1000);
        place(solbacka, "kvarnparken", "Kvarnparken", PlaceKind.PARK, 1.0, "i Kvarnparken", -1100, -900,
                "Skateparken", "Lekplatsen", "Grillplatsen", "Gångvägen mot skolan");
        place(solbacka, "skolgarden", "Solbackaskolans skolgård", PlaceKind.SCHOOL_YARD, 0.9,
                "på Solbackaskolans skolgård", -1400, -1200, "Fotbollsplanen", "Cykelstället");
        place(solbacka, "idrottsplatsen", "Solbacka IP", PlaceKind.SPORTS_GROUND, 0.7, "vid Solbacka IP", -1700, -700,
                "Konstgräsplanen", "Parkeringen", "Omklädningsrummen");
        place(solbacka, "trapphusen", "Trapphusen Kvarnvägen", PlaceKind.STAIRWELLS, 0.6, "i trapphusen på Kvarnvägen",
                -900, -1100, "Kvarnvägen 3", "Kvarnvägen 9");

        Locality ekby = locality("ekby", "Ekby", 59.6780, 18.3650, 0.75);
        ekby.boost(Kind.MOPED, 1.6).boost(Kind.CAR_ON_PATH, 1.5);
        Hood ekbyCentrum = hood(ekby, "centrum", "Ekby centrum", 0, 0);
        place(ekbyCentrum, "torget", "Ekby torg", PlaceKind.SQUARE, 1.0, "på Ekby torg", 0, 0, "Bänkarna", "Bankomaten");
        place(ekbyCentrum, "busstationen", "Busstationen", PlaceKind.STATION, 1.1, "vid busstationen", -250, 100,
                "Väntkuren", "Cykelstället", "Pendelparkeringen");
        place(ekbyCentrum, "skolgarden", "Ekbyskolans skolgård", PlaceKind.SCHOOL_YARD, 0.9, "på Ekbyskolans skolgård",
                200, 350, "Rastgården", "Cykelstället");
        place(ekbyCentrum, "fritidsgarden", "Fritidsgården Ekbacken", PlaceKind.YOUTH_CENTRE, 0.7,
                "vid fritidsgården Ekbacken", 300, 250, "Entrén");
        place(ekbyCentrum, "macken", "Bensinstationen", PlaceKind.SHOP, 0.8, "vid bensinstationen", -500, -300,
                "Tvätthallen", "Parkeringen");
        place(ekbyCentrum, "kyrkparken", "Kyrkparken", PlaceKind.PARK, 0.5, "i Kyrkparken", 150, -250);
        Hood bjorkangen = hood(ekby, "bjorkangen", "Björkängen", 900, 150);
        place(bjorkangen, "trapphusen", "Trapphusen Björkvägen", PlaceKind.STAIRWELLS, 0.9, "i trapphusen på Björkvägen",
                900, 100, "Björkvägen 3", "Björkvägen 7", "Förrådsgången");
        place(bjorkangen, "lekplatsen", "Björkängens lekplats", PlaceKind.PARK, 0.5, "vid lekplatsen på Björkängen",
                1000, 300);
        place(bjorkangen, "gangvagen", "Gång- och cykelvägen mot centrum", PlaceKind.FOOTPATH, 0.6,
                "på gång- och cykelvägen mot centrum", 500, 50);
        Hood ekbysjon = hood(ekby, "ekbysjon", "Ekbysjön", 0, 1600);
        place(ekbysjon, "badplatsen", "Ekbybadet", PlaceKind.BEACH, 0.7, "vid Ekbybadet", -200, 1500, "Bryggan", "Parkeringen");
        place(ekbysjon, "elljusspaaret", "Elljusspåret", PlaceKind.FOOTPATH, 0.5, "på elljusspåret", 400, 1700);

        Locality bruksvik = locality("bruksvik", "Bruksvik", 60.0120, 18.5750, 0.8);
        bruksvik.boost(Kind.A_TRACTOR, 3.0).boost(Kind.FIRE, 1.3).boost(Kind.SPEEDING, 1.4);
        Hood bruksvikCentrum = hood(bruksvik, "centrum", "Bruksviks centrum", 0, 0);
        place(bruksvikCentrum, "torget", "Bruksvikstorget", PlaceKind.SQUARE, 0.9, "på Bruksvikstorget", 0, 0, "Kiosken");
        place(bruksvikCentrum, "bruksparken", "Bruksparken", PlaceKind.PARK, 0.9, "i Bruksparken", 250, 200,
                "Scenen", "Lekplatsen", "Gången mot kyrkan");
        place(bruksvikCentrum, "busshallplatsen", "Busshållplatsen Bruksgatan", PlaceKind.STATION, 0.7,
                "vid busshållplatsen på Bruksgatan", -150, -100, "Väntkuren");
        place(bruksvikCentrum, "livsbutiken", "Livsbutiken", PlaceKind.SHOP, 0.7, "utanför livsbutiken", 50, -80,
                "Entrén", "Lastkajen");
        Hood vaster = hood(bruksvik, "vaster", "Väster", -700, 200);
        place(vaster, "trapphusen", "Trapphusen Verkstadsgatan", PlaceKind.STAIRWELLS, 1.0,
                "i trapphusen på Verkstadsgatan", -800, 100, "Verkstadsgatan 2", "Verkstadsgatan 6", "Källaren");
        place(vaster, "skolgarden", "Bruksviksskolans skolgård", PlaceKind.SCHOOL_YARD, 0.9,
                "på Bruksviksskolans skolgård", -600, 400, "Rastgården", "Cykelstället");
        place(vaster, "fritidsgarden", "Fritidsgården Bruket", PlaceKind.YOUTH_CENTRE, 0.7, "vid fritidsgården Bruket",
                -500, 250, "Entrén");
        Hood bruksHamnen = hood(bruksvik, "hamnen", "Brukshamnen", 1100, 0);
        place(bruksHamnen, "hamnplan", "Hamnplanen", PlaceKind.PARKING, 0.9, "på hamnplanen", 1000, -200,
                "Parkeringen vid bruksgrinden", "Kajen");
        place(bruksHamnen, "badplatsen", "Sandbadet", PlaceKind.BEACH, 0.6, "vid Sandbadet", 1400, 300, "Bryggan");

        this.hierarchy = AreaHierarchy.of(areas);
    }

    private Locality locality(String key, String name, double lat, double lon, double intensity) {
        Locality l = new Locality(AreaId.of(key), name, lat, lon, intensity);
        if (areas.isEmpty()) {
            areas.add(Area.builder().id(ROOT).name(MUNICIPALITY_NAME).level(AreaLevel.MUNICIPALITY)
                    .putExternalCodes(Area.KOMMUNKOD, KOMMUNKOD).point(l.point(0, 0)).build());
        }
        areas.add(Area.builder().id(l.id).name(name).level(AreaLevel.LOCALITY).parent(ROOT).point(l.point(0, 0)).build());
        return l;
    }

    private Hood hood(Locality locality, String key, String name, double east, double north) {
        Hood h = new Hood(AreaId.of(locality.id.value() + "/" + key), name, locality);
        areas.add(Area.builder().id(h.id).name(name).level(AreaLevel.NEIGHBOURHOOD).parent(locality.id)
                .point(locality.point(east, north)).build());
        return h;
    }

    private void place(Hood hood, String key, String name, PlaceKind kind, double intensity, String at,
            double east, double north, String... spots) {
        AreaId id = AreaId.of(hood.id.value() + "/" + key);
        GeoPoint point = hood.locality.point(east, north);
        Place p = new Place(id, name, kind, intensity, at, point, hood, List.of(spots), places.size());
        places.add(p);
        areas.add(Area.builder().id(id).name(name).level(AreaLevel.PLACE).parent(hood.id).point(point).build());
    }

    AreaHierarchy hierarchy() {
        return hierarchy;
    }

    List<Place> places() {
        return List.copyOf(places);
    }

    Place place(AreaId id) {
        for (Place p : places) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no place " + id);
    }

    /** Rounds to six decimals (about 0.1 m), so that points print and export the same everywhere. */
    static double round6(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    /** A point about {@code metres} from another in a random direction, as a reporter's pin would be. */
    static GeoPoint jitter(GeoPoint p, double metres, java.util.Random random) {
        double angle = random.nextDouble() * 2 * Math.PI;
        double r = metres * Math.sqrt(random.nextDouble());
        double dn = r * StrictMath.sin(angle);
        double de = r * StrictMath.cos(angle);
        return GeoPoint.of(round6(p.latitude() + dn / 111_320.0),
                round6(p.longitude() + de / (111_320.0 * StrictMath.cos(StrictMath.toRadians(p.latitude())))));
    }

    /** A town: its area id, name, centre and how much happens there compared with the main town. */
    static final class Locality {
        final AreaId id;
        final String name;
        final double lat;
        final double lon;
        final double intensity;
        private final Map<Kind, Double> boosts = new EnumMap<>(Kind.class);

        Locality(AreaId id, String name, double lat, double lon, double intensity) {
            this.id = id;
            this.name = name;
            this.lat = lat;
            this.lon = lon;
            this.intensity = intensity;
        }

        Locality boost(Kind kind, double factor) {
            boosts.put(kind, factor);
            return this;
        }

        /** The local character: A-tractors in Bruksvik, mopeds in Ekby. */
        double boost(Kind kind) {
            return boosts.getOrDefault(kind, 1.0);
        }

        GeoPoint point(double east, double north) {
            return GeoPoint.of(round6(lat + north / 111_320.0),
                    round6(lon + east / (111_320.0 * StrictMath.cos(StrictMath.toRadians(lat)))));
        }

        GeoPoint centre() {
            return point(0, 0);
        }
    }

    /** A neighbourhood (<i>område</i>) of a town. */
    static final class Hood {
        final AreaId id;
        final String name;
        final Locality locality;

        Hood(AreaId id, String name, Locality locality) {
            this.id = id;
            this.name = name;
            this.locality = locality;
        }
    }

    /** A named place (<i>plats</i>). */
    static final class Place {
        final AreaId id;
        final String name;
        final PlaceKind kind;
        final double intensity;
        /** The Swedish phrase for being at the place, such as {@code vid resecentrum}. */
        final String at;
        final GeoPoint point;
        final Hood hood;
        /** Spots within the place reporters name, such as {@code Väntsalen}. */
        final List<String> spots;
        /** The place's position in {@link Geography#places()}. */
        final int index;

        Place(AreaId id, String name, PlaceKind kind, double intensity, String at, GeoPoint point, Hood hood,
                List<String> spots, int index) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.intensity = intensity;
            this.at = at;
            this.point = point;
            this.hood = hood;
            this.spots = spots;
            this.index = index;
        }

        Locality locality() {
            return hood.locality;
        }

        @Override
        public String toString() {
            return id.toString();
        }
    }

    /** What kind of place it is, and so what tends to happen there. */
    enum PlaceKind {
        SQUARE, STATION, SHOPPING_CENTRE, PARK, HARBOUR, BEACH, FOOTPATH, STAIRWELLS, SCHOOL_YARD, YOUTH_CENTRE,
        SPORTS_GROUND, SHOP, PARKING;

        private static final double UNLISTED = 0.05;
        private static final Map<PlaceKind, Map<Kind, Double>> AFFINITY = new EnumMap<>(PlaceKind.class);

        static {
            put(SQUARE, Kind.GATHERING, 1.5, Kind.DISORDER, 0.6, Kind.THREAT, 0.3, Kind.ASSAULT, 0.3, Kind.HARASSMENT, 0.3,
                    Kind.DRUG_DEALING, 0.3, Kind.DRUG_USE, 0.2, Kind.GRAFFITI, 0.5, Kind.BROKEN_GLASS, 0.5,
                    Kind.DAMAGE_OTHER, 0.4, Kind.FIRE, 0.15, Kind.MOPED, 0.6, Kind.A_TRACTOR, 0.4, Kind.SPEEDING, 0.3,
                    Kind.LITTERING, 1.0, Kind.LIGHTING, 0.3, Kind.DESERTED, 0.2, Kind.RUMOUR, 0.15, Kind.OTHER, 0.3,
                    Kind.STAFF_INCIDENT, 0.1);
            put(STATION, Kind.GATHERING, 1.6, Kind.DISORDER, 0.8, Kind.THREAT, 0.4, Kind.ASSAULT, 0.3, Kind.ROBBERY, 0.15,
                    Kind.HARASSMENT, 0.4, Kind.DRUG_DEALING, 0.4, Kind.DRUG_USE, 0.3, Kind.DRUG_PARAPHERNALIA, 0.2,
                    Kind.GRAFFITI, 0.7, Kind.BROKEN_GLASS, 0.5, Kind.DAMAGE_OTHER, 0.5, Kind.FIRE, 0.1,
                    Kind.LITTERING, 0.8, Kind.LIGHTING, 0.5, Kind.DESERTED, 0.3, Kind.SIGHTLINES, 0.2,
                    Kind.STAFF_INCIDENT, 0.3, Kind.OTHER, 0.4, Kind.MOPED, 0.2);
            put(SHOPPING_CENTRE, Kind.GATHERING, 1.3, Kind.DISORDER, 0.6, Kind.THREAT, 0.5, Kind.ROBBERY, 0.1,
                    Kind.HARASSMENT, 0.3, Kind.STAFF_INCIDENT, 0.6, Kind.DRUG_USE, 0.1, Kind.GRAFFITI, 0.3,
                    Kind.BROKEN_GLASS, 0.2, Kind.DAMAGE_OTHER, 0.3, Kind.LITTERING, 0.6, Kind.CAR_ON_PATH, 0.1,
                    Kind.SPEEDING, 0.3, Kind.OTHER, 0.4, Kind.BURGLARY, 0.1);
            put(PARK, Kind.GATHERING, 0.9, Kind.DISORDER, 0.3, Kind.ASSAULT, 0.1, Kind.DRUG_USE, 0.3, Kind.DRUG_DEALING, 0.15,
                    Kind.DRUG_PARAPHERNALIA, 0.3, Kind.GRAFFITI, 0.8, Kind.BROKEN_GLASS, 0.5, Kind.DAMAGE_OTHER, 0.5,
                    Kind.FIRE, 0.2, Kind.LITTERING, 1.0, Kind.LIGHTING, 0.7, Kind.VEGETATION, 0.6, Kind.SIGHTLINES, 0.4,
                    Kind.DESERTED, 0.4, Kind.MOPED, 0.3, Kind.HARASSMENT, 0.1, Kind.OTHER, 0.2);
            put(HARBOUR, Kind.GATHERING, 0.8, Kind.DISORDER, 0.4, Kind.LITTERING, 0.9, Kind.BROKEN_GLASS, 0.4,
                    Kind.DAMAGE_OTHER, 0.3, Kind.SPEEDING, 0.2, Kind.OTHER, 0.2, Kind.LIGHTING, 0.2);
            put(BEACH, Kind.GATHERING, 0.9, Kind.DISORDER, 0.3, Kind.LITTERING, 1.2, Kind.BROKEN_GLASS, 0.6,
                    Kind.DAMAGE_OTHER, 0.3, Kind.FIRE, 0.15, Kind.MOPED, 0.2, Kind.DRUG_USE, 0.1, Kind.OTHER, 0.2,
                    Kind.HARASSMENT, 0.1);
            put(FOOTPATH, Kind.LIGHTING, 1.2, Kind.DESERTED, 0.8, Kind.SIGHTLINES, 0.6, Kind.VEGETATION, 0.6,
                    Kind.GRAFFITI, 0.6, Kind.MOPED, 0.7, Kind.CAR_ON_PATH, 0.6, Kind.HARASSMENT, 0.2, Kind.ROBBERY, 0.1,
                    Kind.LITTERING, 0.3, Kind.DRUG_PARAPHERNALIA, 0.1);
            put(STAIRWELLS, Kind.GATHERING, 1.0, Kind.DRUG_USE, 0.4, Kind.DRUG_PARAPHERNALIA, 0.3, Kind.DRUG_DEALING, 0.2,
                    Kind.BURGLARY, 0.5, Kind.DAMAGE_OTHER, 0.6, Kind.GRAFFITI, 0.5, Kind.FIRE, 0.25, Kind.LITTERING, 0.6,
                    Kind.LIGHTING, 0.3, Kind.OTHER, 0.4, Kind.DISORDER, 0.4, Kind.THREAT, 0.2);
            put(SCHOOL_YARD, Kind.GATHERING, 0.8, Kind.DAMAGE_OTHER, 0.6, Kind.GRAFFITI, 0.7, Kind.BROKEN_GLASS, 0.6,
                    Kind.FIRE, 0.2, Kind.LITTERING, 0.6, Kind.MOPED, 0.5, Kind.STAFF_INCIDENT, 0.5, Kind.RUMOUR, 0.4,
                    Kind.DRUG_USE, 0.1, Kind.DISORDER, 0.3, Kind.THREAT, 0.2, Kind.ASSAULT, 0.15, Kind.HARASSMENT, 0.2,
                    Kind.LIGHTING, 0.2);
            put(YOUTH_CENTRE, Kind.GATHERING, 0.8, Kind.STAFF_INCIDENT, 0.6, Kind.RUMOUR, 0.5, Kind.THREAT, 0.3,
                    Kind.DISORDER, 0.3, Kind.DAMAGE_OTHER, 0.3, Kind.GRAFFITI, 0.3, Kind.MOPED, 0.4, Kind.DRUG_USE, 0.1);
            put(SPORTS_GROUND, Kind.GATHERING, 0.5, Kind.A_TRACTOR, 0.3, Kind.MOPED, 0.5, Kind.LITTERING, 0.5,
                    Kind.DAMAGE_OTHER, 0.4, Kind.GRAFFITI, 0.3, Kind.BURGLARY, 0.2, Kind.SPEEDING, 0.3, Kind.LIGHTING, 0.3,
                    Kind.DESERTED, 0.2);
            put(SHOP, Kind.GATHERING, 0.9, Kind.MOPED, 0.6, Kind.A_TRACTOR, 0.6, Kind.SPEEDING, 0.3, Kind.LITTERING, 0.5,
                    Kind.THREAT, 0.3, Kind.STAFF_INCIDENT, 0.4, Kind.DISORDER, 0.3, Kind.ROBBERY, 0.05,
                    Kind.DAMAGE_OTHER, 0.2, Kind.OTHER, 0.2);
            put(PARKING, Kind.A_TRACTOR, 1.2, Kind.SPEEDING, 0.8, Kind.GATHERING, 0.6, Kind.MOPED, 0.5,
                    Kind.BROKEN_GLASS, 0.4, Kind.FIRE, 0.2, Kind.LITTERING, 0.4, Kind.DAMAGE_OTHER, 0.3, Kind.LIGHTING, 0.3,
                    Kind.DESERTED, 0.3);
        }

        private static void put(PlaceKind place, Object... kindsAndWeights) {
            Map<Kind, Double> map = new EnumMap<>(Kind.class);
            for (int i = 0; i < kindsAndWeights.length; i += 2) {
                map.put((Kind) kindsAndWeights[i], (Double) kindsAndWeights[i + 1]);
            }
            AFFINITY.put(place, map);
        }

        /** How likely a kind of observation is at this kind of place, relative to other kinds. */
        double affinity(Kind kind) {
            return AFFINITY.get(this).getOrDefault(kind, UNLISTED);
        }

        /**
         * How busy this kind of place is on a day compared with the rest of the year: beaches and the harbour live in
         * summer, school yards are busier out of school hours on school days.
         */
        double season(SwedishCalendar.Day day) {
            switch (this) {
                case BEACH:
                    return 0.1 + 1.9 * day.warmth() * day.warmth();
                case HARBOUR:
                    return 0.3 + 1.4 * day.warmth();
                default:
                    return 1.0;
            }
        }
    }
}

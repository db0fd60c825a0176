package org.est4j.io;

import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.ingest.ImportContext;
import org.est4j.core.mapping.Taxonomy;

/** A small hierarchy of Norrtälje for importer tests, with two areas both named "Centrum". */
public final class TestAreas {
    /** Norrtälje, 0188. */
    public static final AreaId NORRTALJE = AreaId.of("0188");
    /** Norrtälje's own centre. */
    public static final AreaId CENTRUM = AreaId.of("norrtalje/centrum");
    /** Rimbo, a locality. */
    public static final AreaId RIMBO = AreaId.of("rimbo");
    /** Rimbo's centre: a second "Centrum". */
    public static final AreaId RIMBO_CENTRUM = AreaId.of("rimbo/centrum");
    /** An area known by a DeSO code. */
    public static final AreaId FLYGFALTET = AreaId.of("flygfaltet");
    /** An area with an å in its name. */
    public static final AreaId ABORRE = AreaId.of("aborre");

    private TestAreas() {}

    /**
     * Returns the hierarchy.
     *
     * @return Norrtälje with Centrum, Rimbo, Rimbo's Centrum, Flygfältet and Åborreviken
     */
    public static AreaHierarchy hierarchy() {
        return AreaHierarchy.of(
                Area.builder().id(NORRTALJE).name("Norrtälje").level(AreaLevel.MUNICIPALITY)
                        .putExternalCodes(Area.KOMMUNKOD, "0188").point(GeoPoint.of(59.7580, 18.7049)).build(),
                Area.builder().id(CENTRUM).name("Centrum").level(AreaLevel.NEIGHBOURHOOD).parent(NORRTALJE)
                        .point(GeoPoint.of(59.7595, 18.7010)).build(),
                Area.builder().id(RIMBO).name("Rimbo").level(AreaLevel.LOCALITY).parent(NORRTALJE)
                        .point(GeoPoint.of(59.7461, 18.3655)).build(),
                Area.builder().id(RIMBO_CENTRUM).name("Centrum").level(AreaLevel.NEIGHBOURHOOD).parent(RIMBO)
                        .point(GeoPoint.of(59.7440, 18.3630)).build(),
                Area.builder().id(FLYGFALTET).name("Flygfältet").level(AreaLevel.NEIGHBOURHOOD).parent(NORRTALJE)
                        .putExternalCodes(Area.DESO, "0188C1010").build(),
                Area.builder().id(ABORRE).name("Åborreviken").level(AreaLevel.NEIGHBOURHOOD).parent(NORRTALJE).build());
    }

    /**
     * Returns an import context over the hierarchy and the standard taxonomy.
     *
     * @return the context with default limits
     */
    public static ImportContext context() {
        return ImportContext.of(hierarchy(), Taxonomy.standard());
    }
}

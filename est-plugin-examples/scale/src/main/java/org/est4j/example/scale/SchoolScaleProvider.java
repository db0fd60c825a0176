package org.est4j.example.scale;

import org.est4j.core.assessment.Scale;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.spi.ScaleProvider;

/**
 * Provides {@code skola-4}, the four-level scale a school's safety team uses for its own grounds: how safe pupils
 * and staff feel in a place, from "trygg" to "mycket otrygg". An example of a custom scale: a municipality or a
 * partner with its own way of grading adds it as a jar, and {@code EstPlugins} finds it by id.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class SchoolScaleProvider implements ScaleProvider {
    /** The scale's id. */
    public static final String ID = "skola-4";

    private static final Scale SCALE = Scale.builder().id(ID).nameSv("Skolans trygghetsskala")
            .nameEn("School safety scale")
            .addLevels(level("1", "Trygg", "Safe", "#1B7F3B", "Eleverna och personalen känner sig trygga här."))
            .addLevels(level("2", "Mest trygg", "Mostly safe", "#B5D334", "Enstaka händelser; rastvakterna har ett"
                    + " öga på platsen."))
            .addLevels(level("3", "Otrygg", "Unsafe", "#F2A900", "Återkommande händelser; skolans trygghetsteam"
                    + " sätter in åtgärder."))
            .addLevels(level("4", "Mycket otrygg", "Very unsafe", "#C0392B", "Allvarliga händelser; skolan tar in"
                    + " socialtjänst och polis."))
            .build();

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public SchoolScaleProvider() {
        // stateless
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A school's four-level safety scale, 1 Trygg (safe) to 4 Mycket otrygg (very unsafe)";
    }

    @Override
    public Scale scale() {
        return SCALE;
    }

    private static ScaleLevel level(String code, String sv, String en, String colour, String meaning) {
        return ScaleLevel.builder().code(code).rank(Integer.parseInt(code)).labelSv(sv).labelEn(en).colour(colour)
                .meaningSv(meaning).meaningEn(meaning).build();
    }

    @Override
    public String toString() {
        return "ScaleProvider " + ID + " (example plugin): " + SCALE;
    }
}

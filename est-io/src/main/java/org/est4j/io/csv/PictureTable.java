package org.est4j.io.csv;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.est4j.core.Problems;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.assessment.Assessment;
import org.est4j.core.mapping.Taxonomy;
import org.est4j.core.picture.PictureSet;
import org.est4j.core.picture.SituationPicture;
import org.immutables.value.Value;

/**
 * A compiled picture set with what a reader needs beside the figures: the hierarchy (for the areas' names, levels
 * and parents), the taxonomy (for the categories' labels and order) and the assessments (for each area's level).
 * The export format {@code csv} writes it as one row per area; a bare {@link PictureSet} is written the same way
 * with the name, level and parent columns left empty and categories headed by their ids.
 *
 * <pre>{@code
 * PictureTable table = PictureTable.builder().pictures(set).hierarchy(hierarchy).taxonomy(taxonomy)
 *         .addAllAssessments(assessments).build();
 * CsvExport.write(table, out, CsvStyle.swedishExcel());
 * }</pre>
 *
 * <p>Rules, all checked at once by the builder: the picture set is given; with a hierarchy, every picture's area
 * is in it; every assessment is of an area the set has a picture of, and of the set's period; no area has two
 * assessments.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PictureTable {
    PictureTable() {}

    /**
     * Returns the pictures.
     *
     * @return never null
     */
    public abstract PictureSet pictures();

    /**
     * Returns the hierarchy the pictures were compiled on.
     *
     * @return the hierarchy, or empty when names and levels are not to be written
     */
    public abstract Optional<AreaHierarchy> hierarchy();

    /**
     * Returns the taxonomy of the categories counted.
     *
     * @return the taxonomy, or empty when categories are headed by their ids
     */
    public abstract Optional<Taxonomy> taxonomy();

    /**
     * Returns the assessments of the areas, at most one per area.
     *
     * @return the assessments, in any order
     */
    public abstract List<Assessment> assessments();

    /**
     * Returns the assessment of an area.
     *
     * @param area the area
     * @return its assessment, or empty
     */
    public Optional<Assessment> assessment(AreaId area) {
        return Optional.ofNullable(byArea().get(requireNonNull(area, "area")));
    }

    @Value.Lazy
    Map<AreaId, Assessment> byArea() {
        Map<AreaId, Assessment> map = new HashMap<>();
        assessments().forEach(a -> map.put(a.area(), a));
        return map;
    }

    /**
     * Returns a table of pictures alone.
     *
     * @param pictures the pictures
     * @return the table
     */
    public static PictureTable of(PictureSet pictures) {
        return builder().pictures(requireNonNull(pictures, "pictures")).build();
    }

    /**
     * Returns a table of pictures with the hierarchy they were compiled on.
     *
     * @param pictures the pictures
     * @param hierarchy the hierarchy
     * @return the table
     * @throws org.est4j.core.ValidationException when a picture is of an area not in the hierarchy
     */
    public static PictureTable of(PictureSet pictures, AreaHierarchy hierarchy) {
        return builder().pictures(requireNonNull(pictures, "pictures")).hierarchy(requireNonNull(hierarchy, "hierarchy"))
                .build();
    }

    /**
     * Returns an empty builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PictureTable}; {@link #build()} validates every attribute and reports all problems. */
    public static final class Builder extends ImmutablePictureTable.Builder {
        Builder() {}
    }

    @Value.Check
    void check() {
        Problems problems = Problems.of("PictureTable").requirePresent(pictures(), "pictures");
        if (pictures() == null) {
            problems.throwIfAny();
        }
        hierarchy().ifPresent(h -> {
            List<SituationPicture> list = pictures().pictures();
            for (int i = 0; i < list.size(); i++) {
                problems.require(h.contains(list.get(i).area()), "pictures.pictures[" + i + "].area",
                        "must be an area of the hierarchy", list.get(i).area());
            }
        });
        Map<AreaId, Integer> seen = new HashMap<>();
        for (int i = 0; i < assessments().size(); i++) {
            Assessment a = assessments().get(i);
            String path = "assessments[" + i + "]";
            problems.require(pictures().find(a.area()).isPresent(), path + ".area",
                    "must be an area the picture set has a picture of", a.area());
            problems.require(a.period().equals(pictures().period()), path + ".period",
                    "must be the picture set's period " + pictures().period(), a.period());
            Integer earlier = seen.putIfAbsent(a.area(), i);
            problems.require(earlier == null, path + ".area",
                    "must not be assessed twice; assessments[" + earlier + "] is of the same area", a.area());
        }
        problems.throwIfAny();
    }

    /** Returns a summary such as {@code PictureTable[2026-W47, 12 areas, hierarchy, taxonomy, 12 assessments]}. */
    @Override
    public String toString() {
        return "PictureTable[" + pictures().period() + ", " + pictures().size() + " areas"
                + (hierarchy().isPresent() ? ", hierarchy" : "") + (taxonomy().isPresent() ? ", taxonomy" : "")
                + ", " + assessments().size() + " assessments]";
    }
}

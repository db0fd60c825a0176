package org.est4j.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.mapping.Category;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImportContextTest {
    private static final AreaHierarchy NORRTALJE = AreaHierarchy.of(
            Area.of(AreaId.of("0188"), "Norrtälje kommun", AreaLevel.MUNICIPALITY),
            Area.of(AreaId.of("0188/rimbo"), "Rimbo", AreaLevel.LOCALITY, AreaId.of("0188")));
    private static final Taxonomy DRUGS_ONLY = Taxonomy.of(
            List.of(Category.topLevel(CategoryId.of("drugs"), "Narkotika", "Drugs")));

    private static List<String> paths(ImportContext.Builder builder) {
        ValidationException e = catchThrowableOfType(ValidationException.class, builder::build);
        assertThat(e).as("a ValidationException").isNotNull();
        return e.problems().stream().map(Problem::path).collect(Collectors.toList());
    }

    @Test
    void defaultsSuitASurveyExportAndThePoliceFeed() {
        ImportContext context = ImportContext.builder().hierarchy(NORRTALJE).build();

        assertThat(context.hierarchy()).isSameAs(NORRTALJE);
        assertThat(context.taxonomy()).isSameAs(Taxonomy.standard());
        assertThat(context.strict()).isFalse();
        assertThat(context.maxRows()).isEqualTo(50_000_000L);
        assertThat(context.maxFieldLength()).isEqualTo(10_000);
        assertThat(context.maxNestingDepth()).isEqualTo(64);
        assertThat(context.maxBytes()).isEqualTo(2L * 1024 * 1024 * 1024);
    }

    @Test
    void ofTakesTheHierarchyAndTaxonomyWithDefaultLimits() {
        ImportContext context = ImportContext.of(NORRTALJE, DRUGS_ONLY);

        assertThat(context.taxonomy()).isSameAs(DRUGS_ONLY);
        assertThat(context).isEqualTo(ImportContext.builder().hierarchy(NORRTALJE).taxonomy(DRUGS_ONLY).build());
        assertThat(context.maxRows()).isEqualTo(50_000_000L);
    }

    @Test
    void everyLimitCanBeLoweredAndStrictModeTurnedOn() {
        ImportContext context = ImportContext.builder().hierarchy(NORRTALJE).strict(true).maxRows(1000)
                .maxFieldLength(500).maxNestingDepth(8).maxBytes(1 << 20).build();

        assertThat(context.strict()).isTrue();
        assertThat(context.maxRows()).isEqualTo(1000);
        assertThat(context.maxFieldLength()).isEqualTo(500);
        assertThat(context.maxNestingDepth()).isEqualTo(8);
        assertThat(context.maxBytes()).isEqualTo(1 << 20);
        assertThat(ImportContext.builder().from(context).strict(false).build().maxRows())
                .as("the copy idiom keeps the other limits").isEqualTo(1000);
    }

    static Stream<Arguments> limits() {
        return Stream.of(
                Arguments.of("maxRows", (UnaryOperator<ImportContext.Builder>) b -> b.maxRows(0)),
                Arguments.of("maxRows", (UnaryOperator<ImportContext.Builder>) b -> b.maxRows(-5)),
                Arguments.of("maxFieldLength", (UnaryOperator<ImportContext.Builder>) b -> b.maxFieldLength(0)),
                Arguments.of("maxFieldLength", (UnaryOperator<ImportContext.Builder>) b -> b.maxFieldLength(-1)),
                Arguments.of("maxNestingDepth", (UnaryOperator<ImportContext.Builder>) b -> b.maxNestingDepth(0)),
                Arguments.of("maxNestingDepth", (UnaryOperator<ImportContext.Builder>) b -> b.maxNestingDepth(-64)),
                Arguments.of("maxBytes", (UnaryOperator<ImportContext.Builder>) b -> b.maxBytes(0)),
                Arguments.of("maxBytes", (UnaryOperator<ImportContext.Builder>) b -> b.maxBytes(Long.MIN_VALUE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void aLimitThatIsNotPositiveIsRejectedByName(String limit, UnaryOperator<ImportContext.Builder> change) {
        assertThat(paths(change.apply(ImportContext.builder().hierarchy(NORRTALJE)))).containsExactly(limit);
    }

    @Test
    void limitsOfOneAreAccepted() {
        ImportContext context = ImportContext.builder().hierarchy(NORRTALJE).maxRows(1).maxFieldLength(1)
                .maxNestingDepth(1).maxBytes(1).build();

        assertThat(context.maxRows() + context.maxFieldLength() + context.maxNestingDepth() + context.maxBytes())
                .isEqualTo(4);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(paths(ImportContext.builder().taxonomy(null).maxRows(0).maxFieldLength(0).maxNestingDepth(0)
                .maxBytes(0)))
                .containsExactly("hierarchy", "taxonomy", "maxRows", "maxFieldLength", "maxNestingDepth", "maxBytes");
    }

    @Test
    void ofWithoutAHierarchyOrTaxonomyNamesThem() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> ImportContext.of(null, null));

        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::path).containsExactly("hierarchy", "taxonomy");
    }

    @Test
    void equalityIsByValue() {
        ImportContext context = ImportContext.of(NORRTALJE, DRUGS_ONLY);

        assertThat(context).isEqualTo(ImportContext.of(NORRTALJE, DRUGS_ONLY))
                .hasSameHashCodeAs(ImportContext.of(NORRTALJE, DRUGS_ONLY))
                .isNotEqualTo(ImportContext.builder().from(context).strict(true).build())
                .isNotEqualTo(ImportContext.builder().from(context).maxBytes(1024).build())
                .isNotEqualTo(ImportContext.of(NORRTALJE, Taxonomy.standard()));
    }
}

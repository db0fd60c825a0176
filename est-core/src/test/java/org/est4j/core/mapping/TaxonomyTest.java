package org.est4j.core.mapping;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.est4j.core.UnknownReferenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

class TaxonomyTest {
    private static final Locale SV = Locale.forLanguageTag("sv-SE");

    private static CategoryId id(String value) {
        return CategoryId.of(value);
    }

    private static Category top(String id) {
        return Category.topLevel(id(id), id + "-sv", id + "-en");
    }

    private static Category child(String id, String parent) {
        return Category.child(id(id), id(parent), id + "-sv", id + "-en");
    }

    private static Category context(String id, String parent) {
        Category.Builder b = Category.builder().id(id(id)).labelSv(id + "-sv").labelEn(id + "-en").context(true);
        if (parent != null) {
            b.parent(id(parent));
        }
        return b.build();
    }

    /** Children listed before and between their parents, to show that all() groups them. */
    private static final Taxonomy SMALL = Taxonomy.of(List.of(
            child("a.1", "a"), top("b"), top("a"), child("b.1", "b"), child("a.2", "a"), top("c")));

    // ------------------------------------------------------------------------------------------- lookup

    @Test
    void allListsEachTopLevelCategoryFollowedByItsChildren() {
        assertThat(SMALL.categories()).extracting(c -> c.id().value()).containsExactly("a.1", "b", "a", "b.1", "a.2", "c");
        assertThat(SMALL.all()).extracting(c -> c.id().value()).containsExactly("b", "b.1", "a", "a.1", "a.2", "c");
        assertThat(SMALL.topLevel()).extracting(c -> c.id().value()).containsExactly("b", "a", "c");
        assertThat(SMALL.size()).isEqualTo(6);
        assertThat(SMALL).hasToString("Taxonomy[3 top-level, 6 categories]");
    }

    @Test
    void lookups() {
        assertThat(SMALL.get(id("a.2")).labelEn()).isEqualTo("a.2-en");
        assertThat(SMALL.find(id("a.2"))).isPresent();
        assertThat(SMALL.find(id("z"))).isEmpty();
        assertThat(SMALL.contains(id("b.1"))).isTrue();
        assertThat(SMALL.contains(id("b.2"))).isFalse();
        assertThat(SMALL.require(id("c"))).isEqualTo(id("c"));
        assertThat(SMALL.children(id("a"))).extracting(c -> c.id().value()).containsExactly("a.1", "a.2");
        assertThat(SMALL.children(id("c"))).isEmpty();
        assertThat(SMALL.children(id("a.1"))).isEmpty();
        assertThat(SMALL.topLevelOf(id("a.2")).id()).isEqualTo(id("a"));
        assertThat(SMALL.topLevelOf(id("a")).id()).isEqualTo(id("a"));
        assertThat(SMALL.label(id("b.1"), SV)).isEqualTo("b.1-sv");
        assertThat(SMALL.label(id("b.1"), Locale.ENGLISH)).isEqualTo("b.1-en");
    }

    static Stream<Arguments> unknownLookups() {
        CategoryId z = CategoryId.of("z");
        return Stream.of(
                Arguments.of("get", (Runnable) () -> SMALL.get(z)),
                Arguments.of("require", (Runnable) () -> SMALL.require(z)),
                Arguments.of("children", (Runnable) () -> SMALL.children(z)),
                Arguments.of("topLevelOf", (Runnable) () -> SMALL.topLevelOf(z)),
                Arguments.of("label", (Runnable) () -> SMALL.label(z, SV)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownLookups")
    void unknownCategoriesAreReportedAsUnknownReferences(String method, Runnable lookup) {
        UnknownReferenceException e = catchThrowableOfType(UnknownReferenceException.class, lookup::run);
        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo("category");
        assertThat(e.id()).isEqualTo("z");
        assertThat(e).hasMessageContaining("taxonomy");
    }

    @Test
    void lookupsRejectNulls() {
        assertThatNullPointerException().isThrownBy(() -> SMALL.get(null)).withMessage("id");
        assertThatNullPointerException().isThrownBy(() -> SMALL.contains(null)).withMessage("id");
        assertThatNullPointerException().isThrownBy(() -> SMALL.label(id("a"), null)).withMessage("locale");
    }

    @Test
    void listsAreUnmodifiable() {
        assertThatThrownBy(() -> SMALL.all().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> SMALL.topLevel().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> SMALL.children(id("a")).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> SMALL.categories().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    // ------------------------------------------------------------------------------------------- validation

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("empty", List.of(), List.of("categories")),
                Arguments.of("duplicate id", List.of(top("a"), top("b"), child("a", "b")), List.of("categories[2].id")),
                Arguments.of("unknown parent", List.of(top("a"), child("a.1", "x")), List.of("categories[1].parent")),
                Arguments.of("three levels", List.of(top("a"), child("a.1", "a"), child("a.1.1", "a.1")),
                        List.of("categories[2].parent")),
                Arguments.of("problem under a context category", List.of(context("event", null), child("event.match", "event")),
                        List.of("categories[1].context")),
                Arguments.of("null category", Arrays.asList(top("a"), null), List.of("categories[1]")),
                Arguments.of("all at once",
                        Arrays.asList(top("a"), child("a.1", "a"), child("a.1.1", "a.1"), top("a"), null,
                                child("q.1", "q"), context("e", null), child("e.1", "e")),
                        List.of("categories[3].id", "categories[4]", "categories[2].parent", "categories[5].parent",
                                "categories[7].context")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void validationReportsEveryProblem(String label, List<Category> categories, List<String> paths) {
        assertThat(TestProblems.paths(() -> Taxonomy.builder().addAllCategories(categories).build()))
                .containsExactlyElementsOf(paths);
    }

    @Test
    void messagesNameTheRule() {
        assertThat(TestProblems.failure(() -> Taxonomy.of(List.of(top("a"), child("a.1", "a"), child("a.1.1", "a.1")))))
                .hasMessageContaining("two levels");
        assertThat(TestProblems.failure(() -> Taxonomy.of(List.of(top("a"), top("a")))))
                .hasMessageContaining("categories[0] has the same id");
    }

    @Test
    void contextChildOfAProblemCategoryIsAllowed() {
        Taxonomy taxonomy = Taxonomy.of(List.of(top("a"), context("a.holiday", "a"), context("e", null), context("e.1", "e")));
        assertThat(taxonomy.get(id("a.holiday")).context()).isTrue();
        assertThat(taxonomy.get(id("a")).context()).isFalse();
    }

    /** An independent statement of the rules: the problems a list of categories should have, counted. */
    private static int expectedProblems(List<Category> categories) {
        int problems = categories.isEmpty() ? 1 : 0;
        Map<CategoryId, Category> first = new HashMap<>();
        for (Category c : categories) {
            if (first.containsKey(c.id())) {
                problems++;
            } else {
                first.put(c.id(), c);
            }
        }
        for (Category c : categories) {
            if (c.parent().isPresent()) {
                Category parent = first.get(c.parent().get());
                if (parent == null) {
                    problems++;
                } else {
                    problems += parent.parent().isPresent() ? 1 : 0;
                    problems += parent.context() && !c.context() ? 1 : 0;
                }
            }
        }
        return problems;
    }

    /**
     * Random lists of up to 8 categories. Category i is usually called ci, sometimes it takes a random name (a
     * duplicate, often); half are top-level, the rest name a random parent c0 to c8 (which may be missing, a child,
     * or a context category); a quarter are context.
     */
    private static Gen<List<Category>> randomCategories() {
        Gen<int[]> spec = integers().between(0, 7).zip(integers().between(0, 7), integers().between(-9, 8),
                integers().between(0, 3), (dup, name, parent, ctx) -> new int[] {dup, name, parent, ctx});
        return lists().of(spec).ofSizeBetween(0, 8).map(specs -> {
            List<Category> categories = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                int[] s = specs.get(i);
                String name = "c" + (s[0] == 0 ? s[1] : i);
                Category.Builder b = Category.builder().id(id(name)).labelSv(name + "-sv").labelEn(name + "-en")
                        .context(s[3] == 0);
                if (s[2] >= 0 && !name.equals("c" + s[2])) {
                    b.parent(id("c" + s[2]));
                }
                categories.add(b.build());
            }
            return categories;
        });
    }

    @Test
    void builderNeverAcceptsWhatTheRulesReject() {
        qt().forAll(randomCategories()).checkAssert(categories -> {
            int problems = expectedProblems(categories);
            if (problems == 0) {
                Taxonomy taxonomy = Taxonomy.of(categories);
                assertThat(taxonomy.categories()).isEqualTo(categories);
                assertThat(taxonomy.all()).containsExactlyInAnyOrderElementsOf(categories);
                for (Category c : categories) {
                    assertThat(taxonomy.topLevelOf(c.id()).isTopLevel()).isTrue();
                }
            } else {
                assertThat(TestProblems.failure(() -> Taxonomy.of(categories)).problems()).hasSize(problems);
            }
        });
    }

    @Test
    void equalityIsByTheListAsGiven() {
        new EqualsTester()
                .addEqualityGroup(Taxonomy.of(List.of(top("a"), top("b"))), Taxonomy.builder().addCategories(top("a"), top("b")).build())
                .addEqualityGroup(Taxonomy.of(List.of(top("b"), top("a"))))
                .addEqualityGroup(Taxonomy.of(List.of(top("a"))))
                .testEquals();
    }

    // ------------------------------------------------------------------------------------------- standard

    @Test
    void standardIsTwoLevelsWithValidParentsAndLabels() {
        Taxonomy standard = Taxonomy.standard();
        Set<CategoryId> ids = new HashSet<>();
        for (Category c : standard.all()) {
            assertThat(ids.add(c.id())).as("unique id %s", c.id()).isTrue();
            assertThat(c.labelSv()).as("Swedish label of %s", c.id()).isNotBlank();
            assertThat(c.labelEn()).as("English label of %s", c.id()).isNotBlank();
            c.parent().ifPresent(parent -> {
                assertThat(standard.get(parent).isTopLevel()).as("parent of %s is top-level", c.id()).isTrue();
                assertThat(c.id().value()).startsWith(parent.value() + ".");
            });
        }
        assertThat(standard.all()).hasSameSizeAs(standard.categories());
    }

    @Test
    void standardHasTheGroupsMunicipalitiesUse() {
        assertThat(Taxonomy.standard().topLevel()).extracting(c -> c.id().value()).containsExactly(
                "property-damage", "gathering", "drugs", "disorder-violence", "traffic", "littering", "unsafe-place",
                "staff-incident", "social-media-rumour", "planned-event", "other");
        assertThat(childIds("property-damage")).containsExactly("graffiti", "broken-glass", "fire", "other");
        assertThat(childIds("drugs")).containsExactly("dealing", "use", "paraphernalia");
        assertThat(childIds("disorder-violence")).containsExactly("threat", "assault", "robbery", "burglary", "harassment");
        assertThat(childIds("traffic")).containsExactly("moped", "a-tractor", "car-on-path", "speeding");
        assertThat(childIds("unsafe-place")).containsExactly("lighting", "sightlines", "vegetation", "deserted");
        assertThat(Taxonomy.standard().size()).isEqualTo(31);
    }

    private static List<String> childIds(String parent) {
        return Taxonomy.standard().children(id(parent)).stream()
                .map(c -> c.id().value().substring(parent.length() + 1)).collect(Collectors.toList());
    }

    @Test
    void standardSwedishLabels() {
        Taxonomy standard = Taxonomy.standard();
        assertThat(standard.label(id("property-damage"), SV)).isEqualTo("Skadegörelse");
        assertThat(standard.label(id("property-damage.graffiti"), SV)).isEqualTo("Klotter");
        assertThat(standard.label(id("property-damage.broken-glass"), SV)).isEqualTo("Krossat glas");
        assertThat(standard.label(id("littering"), SV)).isEqualTo("Nedskräpning");
        assertThat(standard.label(id("staff-incident"), SV)).isEqualTo("Incident mot anställd");
        assertThat(standard.label(id("traffic.a-tractor"), Locale.ENGLISH)).isEqualTo("Reckless A-tractor driving");
    }

    @Test
    void onlyPlannedEventsAreContext() {
        List<String> context = new ArrayList<>();
        Taxonomy.standard().all().stream().filter(Category::context).forEach(c -> context.add(c.id().value()));
        assertThat(context).containsExactly("planned-event");
    }

    @Test
    void standardIsOneInstanceAndEqualToARebuild() {
        assertThat(Taxonomy.standard()).isSameAs(Taxonomy.standard());
        assertThat(Taxonomy.of(Taxonomy.standard().categories())).isEqualTo(Taxonomy.standard());
        Taxonomy extended = Taxonomy.builder().from(Taxonomy.standard())
                .addCategories(child("littering.bulky", "littering")).build();
        assertThat(extended.children(id("littering"))).extracting(c -> c.id().value()).containsExactly("littering.bulky");
    }
}

package org.est4j.core.mapping;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CategoryTest {
    private static final CategoryId DAMAGE = CategoryId.of("property-damage");
    private static final CategoryId GRAFFITI = CategoryId.of("property-damage.graffiti");

    @Test
    void topLevelHasNoParent() {
        Category damage = Category.topLevel(DAMAGE, "Skadegörelse", "Property damage");
        assertThat(damage.parent()).isEmpty();
        assertThat(damage.isTopLevel()).isTrue();
        assertThat(damage.context()).isFalse();
        assertThat(damage.description()).isEmpty();
        assertThat(damage).hasToString("property-damage \"Skadegörelse\" / \"Property damage\"");
    }

    @Test
    void childNamesItsParent() {
        Category graffiti = Category.child(GRAFFITI, DAMAGE, "Klotter", "Graffiti");
        assertThat(graffiti.parent()).contains(DAMAGE);
        assertThat(graffiti.isTopLevel()).isFalse();
        assertThat(graffiti).hasToString("property-damage.graffiti \"Klotter\" / \"Graffiti\" (in property-damage)");
        assertThatNullPointerException().isThrownBy(() -> Category.child(GRAFFITI, null, "Klotter", "Graffiti"))
                .withMessage("parent");
    }

    @Test
    void labelFollowsTheLocale() {
        Category graffiti = Category.child(GRAFFITI, DAMAGE, "Klotter", "Graffiti");
        assertThat(graffiti.label(Locale.forLanguageTag("sv-SE"))).isEqualTo("Klotter");
        assertThat(graffiti.label(Locale.ENGLISH)).isEqualTo("Graffiti");
        assertThat(graffiti.label(Locale.forLanguageTag("fi"))).isEqualTo("Graffiti");
    }

    @Test
    void contextIsMarkedInToString() {
        Category event = Category.builder().id(CategoryId.of("planned-event")).labelSv("Arrangemang")
                .labelEn("Planned event").context(true).description("Context, not a problem").build();
        assertThat(event.context()).isTrue();
        assertThat(event.description()).contains("Context, not a problem");
        assertThat(event.toString()).endsWith("[context]");
    }

    static Stream<Arguments> invalid() {
        String longLabel = "x".repeat(Category.MAX_LABEL_LENGTH + 1);
        return Stream.of(
                Arguments.of("no id", (Consumer<Category.Builder>) b -> b.id(null), List.of("id")),
                Arguments.of("no Swedish label", (Consumer<Category.Builder>) b -> b.labelSv(null), List.of("labelSv")),
                Arguments.of("blank English label", (Consumer<Category.Builder>) b -> b.labelEn(" "), List.of("labelEn")),
                Arguments.of("long Swedish label", (Consumer<Category.Builder>) b -> b.labelSv(longLabel), List.of("labelSv")),
                Arguments.of("own parent", (Consumer<Category.Builder>) b -> b.parent(GRAFFITI), List.of("parent")),
                Arguments.of("blank description", (Consumer<Category.Builder>) b -> b.description(""), List.of("description")),
                Arguments.of("long description",
                        (Consumer<Category.Builder>) b -> b.description("d".repeat(Category.MAX_DESCRIPTION_LENGTH + 1)),
                        List.of("description")),
                Arguments.of("all at once",
                        (Consumer<Category.Builder>) b -> b.parent(GRAFFITI).labelSv("").labelEn(null).description(" "),
                        List.of("labelSv", "labelEn", "parent", "description")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void validationReportsEveryProblem(String label, Consumer<Category.Builder> change, List<String> paths) {
        Category.Builder builder = Category.builder().id(GRAFFITI).parent(DAMAGE).labelSv("Klotter").labelEn("Graffiti");
        change.accept(builder);
        assertThat(TestProblems.paths(builder::build)).containsExactlyElementsOf(paths);
    }

    @Test
    void limitsAreInclusive() {
        Category category = Category.builder().id(DAMAGE).labelSv("s".repeat(Category.MAX_LABEL_LENGTH))
                .labelEn("e".repeat(Category.MAX_LABEL_LENGTH)).description("d".repeat(Category.MAX_DESCRIPTION_LENGTH))
                .build();
        assertThat(category.labelSv()).hasSize(Category.MAX_LABEL_LENGTH);
    }

    @Test
    void equalityIsByValue() {
        new EqualsTester()
                .addEqualityGroup(Category.topLevel(DAMAGE, "Skadegörelse", "Property damage"),
                        Category.builder().id(DAMAGE).labelSv("Skadegörelse").labelEn("Property damage").build())
                .addEqualityGroup(Category.topLevel(DAMAGE, "Skadegörelse", "Damage"))
                .addEqualityGroup(Category.topLevel(DAMAGE, "Skada", "Property damage"))
                .addEqualityGroup(Category.builder().id(DAMAGE).labelSv("Skadegörelse").labelEn("Property damage")
                        .context(true).build())
                .addEqualityGroup(Category.child(GRAFFITI, DAMAGE, "Skadegörelse", "Property damage"))
                .testEquals();
    }
}

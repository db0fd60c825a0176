package org.est4j.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.est4j.core.assessment.Scale;
import org.est4j.core.assessment.ScaleLevel;
import org.est4j.core.spi.ScaleProvider;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link ScaleProvider}, as a test to extend: everything {@link EstPluginContract} checks, and
 * that the scale can be shown to people. A municipality's own scale is tested with
 *
 * <pre>{@code
 * class NorrtaljeScaleProviderTest extends ScaleProviderContract<NorrtaljeScaleProvider> {
 *     protected NorrtaljeScaleProvider provider() { return new NorrtaljeScaleProvider(); }
 * }
 * }</pre>
 *
 * <p>The checks beyond those of every plugin: {@link ScaleProvider#scale()} is not null and the same on every call
 * and every instance; the scale's id equals the provider's id (assessments refer to the scale by that id); its
 * ranks run 1 to n in list order; its names and every level's labels are non-blank in Swedish and in English and
 * no two levels share a label in one language (a reader tells levels apart by label); no two levels share a
 * colour (a map tells them apart by colour); and every level's meaning is one line.
 *
 * <p>The test methods are public so that a test can run one against a provider known to be broken and see it fail.
 *
 * @param <P> the provider type under test
 */
public abstract class ScaleProviderContract<P extends ScaleProvider> extends EstPluginContract<P> {

    /** The longest meaning accepted, in characters: one sentence, not a paragraph. */
    public static final int MAX_MEANING_LENGTH = 300;

    /**
     * Returns {@link ScaleProvider}, the SPI a scale provider is declared for.
     *
     * @return {@code ScaleProvider.class}
     */
    @Override
    protected Class<? super P> kind() {
        return ScaleProvider.class;
    }

    private Scale scale() {
        Scale scale = provider().scale();
        assertThat(scale).as("%s.scale()", provider().getClass().getName()).isNotNull();
        return scale;
    }

    /** The provider's scale is not null and equal on every call and every instance. */
    @Test
    public void scaleIsTheSameOnEveryCallAndInstance() {
        P provider = provider();
        Scale first = provider.scale();
        assertThat(first).as("%s.scale()", provider.getClass().getName()).isNotNull();
        assertThat(provider.scale()).isEqualTo(first);
        assertThat(provider().scale()).isEqualTo(first);
    }

    /** The scale's id is the provider's id. */
    @Test
    public void scaleIdEqualsProviderId() {
        P provider = provider();
        assertThat(scale().id()).as("the id of the scale of provider '%s'", provider.id()).isEqualTo(provider.id());
    }

    /** The levels are listed in rank order, and the ranks run 1 to n. */
    @Test
    public void ranksRunFromOneToTheNumberOfLevels() {
        List<ScaleLevel> levels = scale().levels();
        assertThat(levels).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < levels.size(); i++) {
            assertThat(levels.get(i).rank()).as("rank of level %s", levels.get(i).code()).isEqualTo(i + 1);
        }
        assertThat(scale().lowest().rank()).isEqualTo(1);
        assertThat(scale().highest().rank()).isEqualTo(levels.size());
    }

    /** The scale's names and every level's labels are non-blank in both languages. */
    @Test
    public void namesAndLabelsAreNonBlankInSwedishAndEnglish() {
        Scale scale = scale();
        assertThat(scale.nameSv()).as("nameSv").isNotBlank();
        assertThat(scale.nameEn()).as("nameEn").isNotBlank();
        for (ScaleLevel level : scale.levels()) {
            assertThat(level.labelSv()).as("labelSv of level %s", level.code()).isNotBlank();
            assertThat(level.labelEn()).as("labelEn of level %s", level.code()).isNotBlank();
        }
    }

    /** No two levels share a label in the same language, ignoring case. */
    @Test
    public void labelsAreDistinctInEachLanguage() {
        assertDistinct("labelSv", l -> l.labelSv().strip().toLowerCase(Locale.ROOT));
        assertDistinct("labelEn", l -> l.labelEn().strip().toLowerCase(Locale.ROOT));
    }

    /** No two levels share a colour. */
    @Test
    public void coloursAreDistinct() {
        assertDistinct("colour", l -> l.colour().toUpperCase(Locale.ROOT));
    }

    /** Every level says what it means in one line. */
    @Test
    public void meaningsAreOneLineEach() {
        for (ScaleLevel level : scale().levels()) {
            for (String meaning : java.util.List.of(level.meaningSv(), level.meaningEn())) {
                assertThat(meaning).as("meaning of level %s", level.code()).isNotBlank()
                        .hasSizeLessThanOrEqualTo(MAX_MEANING_LENGTH).doesNotContain("\n", "\r");
            }
        }
    }

    private void assertDistinct(String attribute, Function<ScaleLevel, String> key) {
        List<ScaleLevel> levels = scale().levels();
        List<String> keys = levels.stream().map(key).collect(Collectors.toList());
        assertThat(keys).as("%s of the levels of scale %s (%s)", attribute, scale().id(),
                levels.stream().map(ScaleLevel::toString).collect(Collectors.joining("; "))).doesNotHaveDuplicates();
    }
}

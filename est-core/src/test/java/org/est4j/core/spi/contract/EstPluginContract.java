package org.est4j.core.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import org.est4j.core.plugin.EstPlugins;
import org.est4j.core.spi.EstPlugin;
import org.junit.jupiter.api.Test;

/**
 * The contract every est4j plugin provider must meet, as a test to extend. A plugin author writes
 *
 * <pre>{@code
 * class MyScaleProviderTest extends ScaleProviderContract<MyScaleProvider> {
 *     protected Class<ScaleProvider> kind() { return ScaleProvider.class; }
 *     protected MyScaleProvider provider() { return new MyScaleProvider(); }
 * }
 * }</pre>
 *
 * and gets these checks, plus those of the kind's own contract: a valid id, a one-line description and stable
 * answers; a public no-argument constructor (the class path needs it); a declaration both in {@code module-info}
 * and in {@code META-INF/services}; and discovery under its id by {@link EstPlugins#global()}.
 *
 * @param <P> the provider type under test
 */
public abstract class EstPluginContract<P extends EstPlugin> {

    /**
     * Returns the SPI the provider is declared for.
     *
     * @return the provider interface, such as {@code ScaleProvider.class}
     */
    protected abstract Class<? super P> kind();

    /**
     * Returns a new instance of the provider under test.
     *
     * @return the provider
     */
    protected abstract P provider();

    /**
     * Tells whether the provider is expected to be declared for {@link java.util.ServiceLoader} in its jar.
     * Override and return false for providers that a host only registers in code.
     *
     * @return true by default
     */
    protected boolean declaredForServiceLoader() {
        return true;
    }

    @Test
    void idIsLowerCaseLettersDigitsAndPunctuation() {
        assertThat(provider().id()).matches("[a-z][a-z0-9._\\-]{0,63}");
    }

    @Test
    void descriptionIsOneShortLine() {
        assertThat(provider().description()).isNotBlank().hasSizeLessThanOrEqualTo(200).doesNotContain("\n", "\r");
    }

    @Test
    void answersAreStableAcrossCallsAndInstances() {
        P a = provider();
        P b = provider();
        assertThat(a.id()).isEqualTo(a.id()).isEqualTo(b.id());
        assertThat(a.description()).isEqualTo(b.description());
        assertThat(a.priority()).isEqualTo(a.priority()).isEqualTo(b.priority());
    }

    @Test
    void isAnInstanceOfItsKind() {
        assertThat(kind()).isInterface();
        assertThat(kind().isInstance(provider())).isTrue();
    }

    @Test
    void hasAPublicNoArgumentConstructorForTheClassPath() throws ReflectiveOperationException {
        if (!declaredForServiceLoader()) {
            return;
        }
        Class<?> type = provider().getClass();
        assertThat(Modifier.isPublic(type.getModifiers())).as("%s is public", type.getName()).isTrue();
        Constructor<?> constructor = type.getConstructor();
        assertThat(Modifier.isPublic(constructor.getModifiers())).isTrue();
    }

    @Test
    void isDeclaredInModuleInfoAndInMetaInfServices() {
        if (!declaredForServiceLoader()) {
            return;
        }
        assertThat(ServiceDeclarations.of(provider().getClass()).missing(kind(), provider().getClass())).isEmpty();
    }

    @Test
    void isDiscoveredUnderItsIdUnlessAHigherPriorityProviderWins() {
        if (!declaredForServiceLoader()) {
            return;
        }
        P mine = provider();
        EstPlugin found = EstPlugins.global().get(kind().asSubclass(EstPlugin.class), mine.id());
        if (found.getClass() != mine.getClass()) {
            assertThat(found.priority()).as("%s wins over %s", found.getClass().getName(), mine.getClass().getName())
                    .isGreaterThan(mine.priority());
        }
    }
}

package org.est4j.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class HeadingTest {

    @Test
    void kindsKeysAndText() {
        Heading<String> key = Heading.of("Rimbo");
        Heading<String> own = Heading.own("Rimbo");
        Heading<String> total = Heading.total();

        assertThat(key.kind()).isEqualTo(Heading.Kind.KEY);
        assertThat(key.key()).contains("Rimbo");
        assertThat(key.isTotal()).isFalse();
        assertThat(key).hasToString("Rimbo");
        assertThat(own.kind()).isEqualTo(Heading.Kind.OWN);
        assertThat(own.key()).contains("Rimbo");
        assertThat(own).hasToString("Rimbo (own)");
        assertThat(total.kind()).isEqualTo(Heading.Kind.TOTAL);
        assertThat(total.key()).isEmpty();
        assertThat(total.isTotal()).isTrue();
        assertThat(total).hasToString("Total");
        assertThat(Heading.<Integer>total()).isSameAs(total);
    }

    @Test
    void keysAreRequired() {
        assertThatThrownBy(() -> Heading.of(null)).isInstanceOf(NullPointerException.class).hasMessage("key");
        assertThatThrownBy(() -> Heading.own(null)).isInstanceOf(NullPointerException.class).hasMessage("key");
    }

    @Test
    void equalsComparesKindAndKey() {
        new EqualsTester()
                .addEqualityGroup(Heading.of("a"), Heading.of("a"))
                .addEqualityGroup(Heading.own("a"), Heading.own("a"))
                .addEqualityGroup(Heading.of("b"))
                .addEqualityGroup(Heading.of(1))
                .addEqualityGroup(Heading.total(), Heading.total())
                .testEquals();
    }
}

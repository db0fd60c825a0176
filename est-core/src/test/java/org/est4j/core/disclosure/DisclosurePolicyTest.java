package org.est4j.core.disclosure;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class DisclosurePolicyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "GROUP,       GROUP,    1, false",
        "PARTNERS,    PARTNERS, 1, true",
        "REPORTERS,   PARTNERS, 1, true",
        "POLITICIANS, PUBLIC,   3, true",
        "PUBLIC,      PUBLIC,   3, true"})
    void defaultsPerAudience(Audience audience, Visibility clearance, int minimumCount, boolean redact) {
        DisclosurePolicy p = DisclosurePolicy.forAudience(audience);

        assertThat(p.audience()).isEqualTo(audience);
        assertThat(p.clearance()).isEqualTo(clearance);
        assertThat(p.minimumCount()).isEqualTo(minimumCount);
        assertThat(p.redactPersonalData()).isEqualTo(redact);
    }

    @ParameterizedTest(name = "{0} sees {1}: {2}")
    @CsvSource({
        "GROUP,    GROUP,    true", "GROUP,    PARTNERS, true",  "GROUP,    PUBLIC, true",
        "PARTNERS, GROUP,    false", "PARTNERS, PARTNERS, true", "PARTNERS, PUBLIC, true",
        "PUBLIC,   GROUP,    false", "PUBLIC,   PARTNERS, false", "PUBLIC,   PUBLIC, true"})
    void allowsMaterialAtLeastAsOpenAsTheClearance(Audience audience, Visibility material, boolean allowed) {
        assertThat(DisclosurePolicy.forAudience(audience).allows(material)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "count {0}")
    @CsvSource({"0, false", "1, true", "2, true", "3, false", "4, false", "1000000, false"})
    void publicSuppressesOneAndTwo(long count, boolean suppressed) {
        assertThat(DisclosurePolicy.forAudience(Audience.PUBLIC).isSuppressed(count)).isEqualTo(suppressed);
    }

    @ParameterizedTest
    @EnumSource(value = Audience.class, names = {"GROUP", "PARTNERS", "REPORTERS"})
    void innerAudiencesSuppressNothingByDefault(Audience audience) {
        DisclosurePolicy p = DisclosurePolicy.forAudience(audience);

        assertThat(p.isSuppressed(0)).isFalse();
        assertThat(p.isSuppressed(1)).isFalse();
        assertThat(p.isSuppressed(Long.MAX_VALUE)).isFalse();
    }

    @Test
    void negativeCountIsAnError() {
        assertThatThrownBy(() -> DisclosurePolicy.forAudience(Audience.PUBLIC).isSuppressed(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    /**
     * Suppression is monotone: for counts 1 ≤ a ≤ b, if b is suppressed so is a; a larger minimum suppresses at
     * least what a smaller one does; 0 is never suppressed.
     */
    @Test
    void suppressionIsMonotone() {
        qt().forAll(integers().between(2, 20), integers().between(0, 10), longs().between(0, 40), longs().between(0, 40))
                .checkAssert((minimum, extra, a, b) -> {
                    DisclosurePolicy p = DisclosurePolicy.builder().audience(Audience.PUBLIC).minimumCount(minimum)
                            .build();
                    DisclosurePolicy stricter = DisclosurePolicy.builder().from(p).minimumCount(minimum + extra).build();
                    long low = Math.min(a, b);
                    long high = Math.max(a, b);

                    if (low >= 1 && p.isSuppressed(high)) {
                        assertThat(p.isSuppressed(low)).isTrue();
                    }
                    if (p.isSuppressed(a)) {
                        assertThat(stricter.isSuppressed(a)).isTrue();
                    }
                    assertThat(p.isSuppressed(0)).isFalse();
                    assertThat(p.isSuppressed(a)).isEqualTo(a >= 1 && a < minimum);
                });
    }

    @Test
    void aPolicyMayBeStricterThanTheDefault() {
        DisclosurePolicy partnersPublicOnly = DisclosurePolicy.builder().audience(Audience.PARTNERS)
                .clearance(Visibility.PUBLIC).build();
        DisclosurePolicy groupRedacted = DisclosurePolicy.builder().audience(Audience.GROUP).redactPersonalData(true)
                .build();
        DisclosurePolicy publicFive = DisclosurePolicy.builder().audience(Audience.PUBLIC).minimumCount(5).build();

        assertThat(partnersPublicOnly.allows(Visibility.PARTNERS)).isFalse();
        assertThat(partnersPublicOnly.minimumCount()).as("the default follows the clearance").isEqualTo(3);
        assertThat(groupRedacted.redactPersonalData()).isTrue();
        assertThat(publicFive.isSuppressed(4)).isTrue();
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("no audience", DisclosurePolicy.builder(), List.of("audience")),
                Arguments.of("public shown group material", DisclosurePolicy.builder().audience(Audience.PUBLIC)
                        .clearance(Visibility.GROUP).redactPersonalData(true), List.of("clearance")),
                Arguments.of("reporters shown group material", DisclosurePolicy.builder().audience(Audience.REPORTERS)
                        .clearance(Visibility.GROUP), List.of("clearance")),
                Arguments.of("politicians shown partner material", DisclosurePolicy.builder()
                        .audience(Audience.POLITICIANS).clearance(Visibility.PARTNERS), List.of("clearance")),
                Arguments.of("null clearance", DisclosurePolicy.builder().audience(Audience.GROUP).clearance(null),
                        List.of("clearance")),
                Arguments.of("minimum 0", DisclosurePolicy.builder().audience(Audience.GROUP).minimumCount(0),
                        List.of("minimumCount")),
                Arguments.of("public without suppression", DisclosurePolicy.builder().audience(Audience.PUBLIC)
                        .minimumCount(1), List.of("minimumCount")),
                Arguments.of("partners unredacted", DisclosurePolicy.builder().audience(Audience.PARTNERS)
                        .redactPersonalData(false), List.of("redactPersonalData")),
                Arguments.of("public open and unredacted", DisclosurePolicy.builder().audience(Audience.PUBLIC)
                        .minimumCount(1).redactPersonalData(false), List.of("minimumCount", "redactPersonalData")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void buildRejects(String name, DisclosurePolicy.Builder builder, List<String> paths) {
        assertThatThrownBy(builder::build).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::path).containsExactlyElementsOf(paths));
    }

    @Test
    void toStringSummarisesTheRules() {
        assertThat(DisclosurePolicy.forAudience(Audience.PUBLIC))
                .hasToString("DisclosurePolicy for PUBLIC: clearance PUBLIC, minimum count 3, redacting personal data");
        assertThat(DisclosurePolicy.forAudience(Audience.GROUP))
                .hasToString("DisclosurePolicy for GROUP: clearance GROUP, minimum count 1, not redacting personal data");
    }

    @Test
    void equalsComparesEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(DisclosurePolicy.forAudience(Audience.PUBLIC), DisclosurePolicy.builder()
                        .audience(Audience.PUBLIC).clearance(Visibility.PUBLIC).minimumCount(3).redactPersonalData(true)
                        .build())
                .addEqualityGroup(DisclosurePolicy.forAudience(Audience.POLITICIANS))
                .addEqualityGroup(DisclosurePolicy.builder().audience(Audience.PUBLIC).minimumCount(5).build())
                .addEqualityGroup(DisclosurePolicy.forAudience(Audience.PARTNERS))
                .addEqualityGroup(DisclosurePolicy.builder().audience(Audience.PARTNERS).clearance(Visibility.PUBLIC)
                        .build())
                .addEqualityGroup(DisclosurePolicy.forAudience(Audience.GROUP))
                .addEqualityGroup(DisclosurePolicy.builder().audience(Audience.GROUP).redactPersonalData(true).build())
                .testEquals();
    }
}

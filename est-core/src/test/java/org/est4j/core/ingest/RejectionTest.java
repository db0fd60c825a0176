package org.est4j.core.ingest;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.stream.Collectors;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RejectionTest {
    private static final int MAX = Rejection.MAX_RAW_LENGTH;

    private static Rejection.Builder valid() {
        return Rejection.builder().source("observations.csv").line(12).reason("unknown category 'klotter'");
    }

    private static List<String> paths(Rejection.Builder builder) {
        ValidationException e = catchThrowableOfType(ValidationException.class, builder::build);
        assertThat(e).as("a ValidationException").isNotNull();
        return e.problems().stream().map(Problem::path).collect(Collectors.toList());
    }

    private static String raw(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + i % 26));
        }
        return sb.toString();
    }

    @Test
    void minimalRejectionGetsItsDefaults() {
        Rejection r = valid().build();

        assertThat(r.source()).isEqualTo("observations.csv");
        assertThat(r.line()).isEqualTo(12);
        assertThat(r.column()).isZero();
        assertThat(r.field()).isEmpty();
        assertThat(r.raw()).isEmpty();
        assertThat(r.excluded()).isFalse();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertThat(paths(Rejection.builder().line(-1).column(-2).reason(" ").raw(null)))
                .containsExactly("source", "line", "column", "reason", "raw");
        assertThat(paths(Rejection.builder().source("x")))
                .as("a missing reason").containsExactly("reason");
    }

    @Test
    void lineAndColumnZeroMeanTheWholeInputAndAnUnknownColumn() {
        Rejection r = valid().line(0).column(0).build();

        assertThat(r.line()).isZero();
        assertThat(r.column()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 500, MAX - 1, MAX})
    void rawTextUpToTheLimitIsKeptWhole(int length) {
        String text = raw(length);

        assertThat(valid().raw(text).build().raw()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(ints = {MAX + 1, MAX + 20, MAX + 40, MAX + 41, 52_113, 1_000_000})
    void longerRawTextIsCutToTheLimitWithItsLengthMarked(int length) {
        String text = raw(length);
        String kept = valid().raw(text).build().raw();

        assertThat(kept).hasSizeLessThanOrEqualTo(MAX).endsWith("… (" + length + " characters)");
        String start = kept.substring(0, kept.indexOf('…'));
        assertThat(text).startsWith(start);
        assertThat(start.length()).isGreaterThan(MAX - 40);
    }

    @Test
    void cuttingIsIdempotentSoACopyKeepsTheSameText() {
        Rejection cut = valid().raw(raw(5000)).build();
        Rejection copy = Rejection.builder().from(cut).reason("another reason").build();

        assertThat(copy.raw()).isEqualTo(cut.raw());
    }

    @Test
    void rawIsNeverLongerThanTheLimitAndAlwaysStartsLikeTheRow() {
        qt().withFixedSeed(20261122L).withExamples(300).forAll(integers().between(0, 3 * MAX)).checkAssert(n -> {
            String text = raw(n);
            String kept = valid().raw(text).build().raw();
            assertThat(kept.length()).isLessThanOrEqualTo(MAX);
            if (n <= MAX) {
                assertThat(kept).isEqualTo(text);
            } else {
                assertThat(text).startsWith(kept.substring(0, kept.indexOf('…')));
            }
        });
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00";
        for (int at = MAX - 40; at < MAX; at++) {
            String text = "x".repeat(at) + emoji + "y".repeat(2 * MAX);
            String kept = valid().raw(text).build().raw();
            for (int i = 0; i < kept.length(); i++) {
                char c = kept.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    assertThat(i + 1 < kept.length() && Character.isLowSurrogate(kept.charAt(i + 1)))
                            .as("high surrogate at %d of a row with the emoji at %d is paired", i, at).isTrue();
                }
                if (Character.isLowSurrogate(c)) {
                    assertThat(i > 0 && Character.isHighSurrogate(kept.charAt(i - 1)))
                            .as("low surrogate at %d of a row with the emoji at %d is paired", i, at).isTrue();
                }
            }
        }
    }

    @Test
    void toStringReadsLikeACompilerError() {
        assertThat(valid().column(3).field("kategori").build())
                .hasToString("observations.csv:12:3: unknown category 'klotter' [kategori]");
        assertThat(valid().build()).hasToString("observations.csv:12: unknown category 'klotter'");
        assertThat(Rejection.builder().source("events.json").line(4).reason("a night summary, not an event")
                .excluded(true).build())
                .hasToString("events.json:4: excluded: a night summary, not an event");
        assertThat(valid().raw(raw(5000)).build().toString()).as("the raw text stays out of the summary")
                .doesNotContain("abc");
    }

    @Test
    void equalityIsByValue() {
        new EqualsTester()
                .addEqualityGroup(valid().build(), valid().build(), valid().raw("").excluded(false).build())
                .addEqualityGroup(valid().line(13).build())
                .addEqualityGroup(valid().column(2).build())
                .addEqualityGroup(valid().field("kategori").build())
                .addEqualityGroup(valid().raw("1;2;klotter").build())
                .addEqualityGroup(valid().excluded(true).build())
                .addEqualityGroup(valid().source("other.csv").build())
                .testEquals();
    }
}

package org.est4j.core;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.est4j.core.area.AreaId;
import org.est4j.core.mapping.ActorId;
import org.est4j.core.mapping.CategoryId;
import org.est4j.core.mapping.ObservationId;
import org.est4j.core.mapping.ReporterId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link Identifier} through its concrete kinds. */
class IdentifierTest {

    static Stream<String> valid() {
        return Stream.of("0188", "0180C1090", "norrtalje/centrum", "Norrtälje", "å", "Ö-1", "a.b_c:d/e-f", "x",
                "9", "område.östra", "a".repeat(Identifier.MAX_LENGTH));
    }

    @ParameterizedTest
    @MethodSource("valid")
    void acceptsTheDocumentedForm(String text) {
        assertThat(AreaId.of(text).value()).isEqualTo(text);
        assertThat(CategoryId.of(text).toString()).isEqualTo(text);
    }

    static Stream<Object[]> invalid() {
        return Stream.of(
                new Object[] {"", "must be letters"},
                new Object[] {" ", "must be letters"},
                new Object[] {" 0188", "must be letters"},
                new Object[] {"0188 ", "must be letters"},
                new Object[] {"-a", "must be letters"},
                new Object[] {".a", "must be letters"},
                new Object[] {"/a", "must be letters"},
                new Object[] {"a b", "must be letters"},
                new Object[] {"a\nb", "must be letters"},
                new Object[] {"a#b", "must be letters"},
                new Object[] {"a,b", "must be letters"},
                new Object[] {"a".repeat(Identifier.MAX_LENGTH + 1), "must be at most 128 characters"});
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void rejectsEverythingElseWithTheRule(String text, String rule) {
        assertThatThrownBy(() -> AreaId.of(text))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Invalid area id (1 problem)")
                .hasMessageContaining(rule)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.path()).isEmpty()));
    }

    @Test
    void tooLongAndMalformedReportsBothAndAbbreviatesTheValue() {
        String text = "#" + "a".repeat(200);
        assertThatThrownBy(() -> ReporterId.of(text))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("reporter id (2 problems)")
                .hasMessageContaining("(201 chars)")
                .hasMessageNotContaining("a".repeat(41));
    }

    @Test
    void nullIsRefusedWithTheKindAsMessage() {
        assertThatThrownBy(() -> CategoryId.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("category id");
    }

    @Test
    void equalityIsByKindAndValue() {
        new EqualsTester()
                .addEqualityGroup(AreaId.of("x"), AreaId.of("x"))
                .addEqualityGroup(AreaId.of("y"))
                .addEqualityGroup(CategoryId.of("x"), CategoryId.of("x"))
                .addEqualityGroup(ReporterId.of("x"))
                .addEqualityGroup(ObservationId.of("x"))
                .addEqualityGroup(ActorId.of("x"))
                .addEqualityGroup(AreaId.of("X"))
                .testEquals();
    }

    @Test
    void hashCodeIsTheSameInEveryRun() {
        // Hash-based collections then iterate in the same order in every run (byte-identical output).
        assertThat(AreaId.of("0188").hashCode())
                .isEqualTo(AreaId.class.getName().hashCode() * 31 + "0188".hashCode());
    }

    @Test
    void composedAndDecomposedLettersAreTheSameIdentifier() {
        String decomposed = "Norrta\u0308lje"; // as typed on some systems: a + combining diaeresis
        assertThat(AreaId.of(decomposed)).isEqualTo(AreaId.of("Norrtälje"));
        assertThat(AreaId.of(decomposed).value()).isEqualTo("Norrtälje");
    }

    @Test
    void ordersByKindThenValue() {
        List<Identifier> ids = new ArrayList<>(List.of(CategoryId.of("a"), AreaId.of("0188"), AreaId.of("01"),
                ReporterId.of("0"), AreaId.of("B"), AreaId.of("a")));
        ids.sort(null);
        assertThat(ids).containsExactly(AreaId.of("01"), AreaId.of("0188"), AreaId.of("B"), AreaId.of("a"),
                CategoryId.of("a"), ReporterId.of("0"));
        assertThat(AreaId.of("x").compareTo(AreaId.of("x"))).isZero();
        assertThat(AreaId.of("x").compareTo(CategoryId.of("x"))).isNegative();
        assertThat(CategoryId.of("x").compareTo(AreaId.of("x"))).isPositive();
    }

    @Test
    void survivesSerialization() throws Exception {
        AreaId id = AreaId.of("0180C1090");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(id);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(id);
        }
    }
}

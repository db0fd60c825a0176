package org.est4j.io.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.est4j.core.area.Area;
import org.est4j.core.area.AreaHierarchy;
import org.est4j.core.area.AreaId;
import org.est4j.core.area.AreaLevel;
import org.est4j.core.area.GeoPoint;
import org.est4j.core.ingest.ImportException;
import org.est4j.core.spi.Source;
import org.est4j.io.Sources;
import org.est4j.io.csv.CsvFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AreaCsvTest {

    static AreaHierarchy read(String text) {
        return AreaCsv.read(Sources.of("omraden.csv", text));
    }

    static List<String> problems(String text) {
        try {
            read(text);
        } catch (ValidationException e) {
            return e.problems().stream().map(Problem::toString).collect(Collectors.toList());
        }
        throw new AssertionError("expected a ValidationException");
    }

    @Test
    void readsAreasInAnyOrderWithPointsAndExternalCodes() {
        AreaHierarchy h = read("id;name;level;parent;lat;lon;kommunkod\n"
                + "rimbo/torget;Torget;plats;rimbo;59,7461;18,3655;\n"
                + "rimbo;Rimbo;tatort;0188;;;\n"
                + "0188;Norrtälje;kommun;;59.7580;18.7049;0188\n");
        assertThat(h.size()).isEqualTo(3);
        assertThat(h.tree()).isEqualTo("0188 Norrtälje (kommun)\n  rimbo Rimbo (tatort)\n    rimbo/torget Torget (plats)\n");
        assertThat(h.get(AreaId.of("rimbo/torget")).point()).contains(GeoPoint.of(59.7461, 18.3655));
        assertThat(h.get(AreaId.of("0188")).externalCode(Area.KOMMUNKOD)).contains("0188");
        assertThat(h.get(AreaId.of("rimbo")).externalCodes()).isEmpty();
        assertThat(h.get(AreaId.of("rimbo")).point()).isEmpty();
    }

    @Test
    void swedishHeadersCommasAndWindows1252Work() {
        byte[] bytes = "ID,Namn,Nivå,Förälder\nn,Norrtälje,kommun,\nå,Åkersberga,tatort,n\n"
                .getBytes(Charset.forName("windows-1252"));
        AreaHierarchy h = AreaCsv.read(Source.of("omraden.csv", bytes));
        assertThat(h.get(AreaId.of("å")).name()).isEqualTo("Åkersberga");
        assertThat(h.get(AreaId.of("å")).level()).isEqualTo(AreaLevel.LOCALITY);
    }

    @Test
    void anEmptyFileIsAnEmptyHierarchy() {
        assertThat(read("")).isEqualTo(AreaHierarchy.empty());
        assertThat(read("id;name;level;parent\n").isEmpty()).isTrue();
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("id used twice", "a;A;kommun;\na;B;kommun;\n",
                        List.of("line[3].id: must be unique, but line[2] has the same id (was a)")),
                Arguments.of("unknown parent", "a;A;kommun;\nb;B;omrade;x\n",
                        List.of("line[3].parent: names unknown area x: add that area too, or correct the parent (was x)")),
                Arguments.of("cycle", "a;A;omrade;b\nb;B;omrade;a\n",
                        List.of("line[2].parent: makes a cycle a → b → a: an area cannot lie within itself; make one of"
                                + " these a root or give it another parent (was b)")),
                Arguments.of("row problems", "a;;kommun;\nb;B;2x;a\nc d;C;omrade;a\n",
                        List.of("line[2].name: must not be blank (was '')",
                                "line[3].level: must be letters, digits, _ and - starting with a letter, such as kommun"
                                        + " or omrade (was 2x)",
                                "line[4].id: must be letters, digits and . _ : / - starting with a letter or digit, at"
                                        + " most 128 (was c d)")),
                Arguments.of("a broken parent is not reported twice", "a;A;;\nb;B;omrade;a\nc;C;omrade;zz\n",
                        List.of("line[2].level: is empty: give a level such as kommun, tatort, omrade or plats",
                                "line[4].parent: names unknown area zz: add that area too, or correct the parent"
                                        + " (was zz)")),
                Arguments.of("field count", "a;A;kommun;\nb;B;omrade\n",
                        List.of("line[3]: has 3 fields, the header has 4 (was b;B;omrade)")),
                Arguments.of("unclosed quote", "a;A;kommun;\n\"b;B;omrade;a\n",
                        List.of("line[3]: column 1: the row has a quoted field, opened on line 3, that is never closed:"
                                + " a closing quote is missing, so the rest of the input ran into this field"
                                + " (was \"b;B;omrade;a\n)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void everyProblemIsListedWithTheLineOfTheFile(String name, String rows, List<String> expected) {
        assertThat(problems("id;name;level;parent\n" + rows)).isEqualTo(expected);
    }

    @Test
    void coordinatesMustComeInPairsAndBeOnTheEarth() {
        assertThat(problems("id;name;level;lat;lon\na;A;kommun;59,1;\nb;B;kommun;91;18\nc;C;kommun;x;18\n"))
                .containsExactly("line[2].lon: is empty while the other coordinate is given: give both or neither",
                        "line[3].latitude: must be between -90 and 90 (was 91.0)",
                        "line[4].lat: must be a number of degrees, such as 59,7580 or 59.7580 (was x)");
    }

    @Test
    void theHeaderMustNameIdNameAndLevel() {
        assertThat(problems("id;namn;lat\na;A;1\n")).containsExactly(
                "line[1]: has no column level: the header must name id, name and level (and parent, for every area"
                        + " that is not a root) (was id,namn,lat)",
                "line[1]: has lat without lon: give both columns or neither");
        assertThat(problems("id;name;level;namn\n")).containsExactly("line[1]: has two columns for name: keep one (was namn)");
    }

    @Test
    void externalCodesAreCheckedForTheirForm() {
        assertThat(problems("id;name;level;kommunkod\na;A;kommun;188\n"))
                .containsExactly("line[2].externalCodes[kommunkod]: must be four digits, such as 0188 (was 188)");
    }

    @Test
    void anInputOverTheByteLimitCannotBeRead() {
        Source big = Sources.of("big.csv", "id;name;level\n" + "a;A;kommun\n".repeat(100));
        assertThatThrownBy(() -> AreaCsv.read(big, CsvFormat.builder().maxBytes(100).build()))
                .isInstanceOf(ImportException.class).hasMessageContaining("maxBytes");
    }

    @Test
    void theMessageNamesTheFile() {
        assertThatThrownBy(() -> read("id;name;level;parent\na;A;kommun;b\n")).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Invalid area CSV omraden.csv (1 problem)");
    }
}

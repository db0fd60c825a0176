package org.est4j.core.area;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@link Area}. */
class AreaTest {
    private static final AreaId LAN = AreaId.of("01");
    private static final AreaId NORRTALJE = AreaId.of("0188");

    @Test
    void shortFormsMakeRootsAndChildren() {
        Area lan = Area.of(LAN, "Stockholms län", AreaLevel.COUNTY);
        assertThat(lan.id()).isEqualTo(LAN);
        assertThat(lan.name()).isEqualTo("Stockholms län");
        assertThat(lan.level()).isEqualTo(AreaLevel.COUNTY);
        assertThat(lan.parent()).isEmpty();
        assertThat(lan.isRoot()).isTrue();
        assertThat(lan.externalCodes()).isEmpty();
        assertThat(lan.point()).isEmpty();

        Area kommun = Area.of(NORRTALJE, "Norrtälje", AreaLevel.MUNICIPALITY, LAN);
        assertThat(kommun.parent()).contains(LAN);
        assertThat(kommun.isRoot()).isFalse();
    }

    @Test
    void builderTakesEveryAttribute() {
        Area area = Area.builder()
                .id(NORRTALJE).name("Norrtälje").level(AreaLevel.MUNICIPALITY).parent(LAN)
                .putExternalCodes(Area.LANSKOD, "01")
                .putExternalCodes(Area.KOMMUNKOD, "0188")
                .putExternalCodes("scb-tatort", "T0188")
                .point(GeoPoint.of(59.758, 18.7049))
                .build();
        assertThat(area.externalCodes().keySet()).containsExactly(Area.KOMMUNKOD, Area.LANSKOD, "scb-tatort");
        assertThat(area.externalCode(Area.KOMMUNKOD)).contains("0188");
        assertThat(area.externalCode(Area.DESO)).isEmpty();
        assertThat(area.point()).contains(GeoPoint.of(59.758, 18.7049));
        assertThatThrownBy(() -> area.externalCodes().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void copyIdiomChangesOneAttribute() {
        Area area = Area.builder().id(NORRTALJE).name("Norrtälje").level(AreaLevel.MUNICIPALITY).parent(LAN)
                .putExternalCodes(Area.KOMMUNKOD, "0188").build();
        Area renamed = Area.builder().from(area).name("Norrtälje kommun").build();
        assertThat(renamed.name()).isEqualTo("Norrtälje kommun");
        assertThat(renamed).usingRecursiveComparison().ignoringFields("name").isEqualTo(area);
        Area root = Area.builder().from(area).parent(Optional.empty()).build();
        assertThat(root.isRoot()).isTrue();
    }

    @Test
    void printsIdNameLevelAndParent() {
        assertThat(Area.of(NORRTALJE, "Norrtälje", AreaLevel.MUNICIPALITY, LAN))
                .hasToString("Area[0188 Norrtälje (kommun) ⊂ 01]");
        assertThat(Area.of(LAN, "Stockholms län", AreaLevel.COUNTY)).hasToString("Area[01 Stockholms län (lan)]");
    }

    @Test
    void equalityIsByEveryAttribute() {
        new EqualsTester()
                .addEqualityGroup(Area.of(NORRTALJE, "Norrtälje", AreaLevel.MUNICIPALITY, LAN),
                        Area.of(NORRTALJE, "Norrtälje", AreaLevel.MUNICIPALITY, LAN))
                .addEqualityGroup(Area.of(NORRTALJE, "Norrtälje", AreaLevel.MUNICIPALITY))
                .addEqualityGroup(Area.of(NORRTALJE, "Norrtälje", AreaLevel.LOCALITY, LAN))
                .addEqualityGroup(Area.of(NORRTALJE, "Norrtalje", AreaLevel.MUNICIPALITY, LAN))
                .addEqualityGroup(Area.builder().from(Area.of(NORRTALJE, "Norrtälje", AreaLevel.MUNICIPALITY, LAN))
                        .point(GeoPoint.of(59.758, 18.7049)).build())
                .addEqualityGroup(Area.builder().from(Area.of(NORRTALJE, "Norrtälje", AreaLevel.MUNICIPALITY, LAN))
                        .putExternalCodes(Area.KOMMUNKOD, "0188").build())
                .testEquals();
    }

    static Stream<Object[]> invalid() {
        return Stream.of(
                new Object[] {"nothing set", Area.builder(), new String[] {"id", "name", "level"}},
                new Object[] {"blank name", Area.builder().id(NORRTALJE).name(" \t").level(AreaLevel.PLACE),
                        new String[] {"name"}},
                new Object[] {"empty name and no level", Area.builder().id(NORRTALJE).name(""),
                        new String[] {"name", "level"}},
                new Object[] {"own parent", Area.builder().id(NORRTALJE).name("N").level(AreaLevel.PLACE).parent(NORRTALJE),
                        new String[] {"parent"}},
                new Object[] {"bad kommunkod and lanskod", Area.builder().id(NORRTALJE).name("N").level(AreaLevel.PLACE)
                        .putExternalCodes(Area.KOMMUNKOD, "188").putExternalCodes(Area.LANSKOD, "AB"),
                        new String[] {"externalCodes[kommunkod]", "externalCodes[lanskod]"}},
                new Object[] {"bad deso", Area.builder().id(NORRTALJE).name("N").level(AreaLevel.DESO)
                        .putExternalCodes(Area.DESO, "0180D1090"),
                        new String[] {"externalCodes[deso]"}},
                new Object[] {"blank key and value", Area.builder().id(NORRTALJE).name("N").level(AreaLevel.PLACE)
                        .putExternalCodes(" ", "x").putExternalCodes("gis", " "),
                        new String[] {"externalCodes[ ]", "externalCodes[gis]"}},
                new Object[] {"everything at once", Area.builder().name("").parent(NORRTALJE)
                        .putExternalCodes(Area.KOMMUNKOD, "x"),
                        new String[] {"id", "name", "level", "externalCodes[kommunkod]"}});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void buildReportsEveryProblemWithItsPath(String name, Area.Builder builder, String[] paths) {
        assertThatThrownBy(builder::build)
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Invalid Area (" + paths.length + " problem")
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly(paths));
    }

    @Test
    void wellFormedExternalCodesPass() {
        Area deso = Area.builder().id(AreaId.of("0180C1090")).name("Kungsholmen 1090").level(AreaLevel.DESO)
                .externalCodes(Map.of(Area.DESO, "0180C1090", Area.KOMMUNKOD, "0180", Area.LANSKOD, "01",
                        Area.REGSO, "Kungsholmen"))
                .build();
        assertThat(deso.externalCodes()).hasSize(4);
    }

    @Test
    void shortFormsRefuseNulls() {
        assertThatThrownBy(() -> Area.of(null, "n", AreaLevel.PLACE)).isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> Area.of(LAN, null, AreaLevel.PLACE)).isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> Area.of(LAN, "n", null)).isInstanceOf(NullPointerException.class).hasMessage("level");
        assertThatThrownBy(() -> Area.of(LAN, "n", AreaLevel.PLACE, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("parent");
        assertThatThrownBy(() -> Area.of(LAN, "n", AreaLevel.PLACE).externalCode(null))
                .isInstanceOf(NullPointerException.class);
    }
}

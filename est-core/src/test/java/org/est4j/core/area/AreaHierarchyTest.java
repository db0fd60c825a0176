package org.est4j.core.area;

import com.google.common.testing.EqualsTester;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.est4j.core.Problem;
import org.est4j.core.UnknownReferenceException;
import org.est4j.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/** Tests {@link AreaHierarchy}. */
class AreaHierarchyTest {
    private static final AreaId LAN = AreaId.of("01");
    private static final AreaId STOCKHOLM = AreaId.of("0180");
    private static final AreaId DESO = AreaId.of("0180C1090");
    private static final AreaId NORRTALJE = AreaId.of("0188");
    private static final AreaId HALLSTAVIK = AreaId.of("0188/hallstavik");
    private static final AreaId TATORT = AreaId.of("0188/norrtalje");
    private static final AreaId CENTRUM = AreaId.of("0188/norrtalje/centrum");
    private static final AreaId TORGET = AreaId.of("0188/norrtalje/centrum/torget");
    private static final AreaId GRIND = AreaId.of("0188/norrtalje/grind");
    private static final AreaId RIMBO = AreaId.of("0188/rimbo");
    private static final AreaId UPPSALA = AreaId.of("03");
    private static final AreaId UNKNOWN = AreaId.of("0199");

    /** The fixture in a deliberately scrambled input order. */
    private static List<Area> fixtureAreas() {
        return List.of(
                Area.of(TORGET, "Stora torget", AreaLevel.PLACE, CENTRUM),
                Area.of(RIMBO, "Rimbo", AreaLevel.LOCALITY, NORRTALJE),
                Area.of(UPPSALA, "Uppsala län", AreaLevel.COUNTY),
                Area.of(NORRTALJE, "Norrtälje", AreaLevel.MUNICIPALITY, LAN),
                Area.of(GRIND, "Grind", AreaLevel.NEIGHBOURHOOD, TATORT),
                Area.of(DESO, "Kungsholmen 1090", AreaLevel.DESO, STOCKHOLM),
                Area.of(TATORT, "Norrtälje tätort", AreaLevel.LOCALITY, NORRTALJE),
                Area.of(LAN, "Stockholms län", AreaLevel.COUNTY),
                Area.of(CENTRUM, "Centrum", AreaLevel.NEIGHBOURHOOD, TATORT),
                Area.of(HALLSTAVIK, "Hallstavik", AreaLevel.LOCALITY, NORRTALJE),
                Area.of(STOCKHOLM, "Stockholm", AreaLevel.MUNICIPALITY, LAN));
    }

    private static final AreaHierarchy H = AreaHierarchy.of(fixtureAreas());

    private static List<AreaId> ids(List<Area> areas) {
        return areas.stream().map(Area::id).collect(Collectors.toList());
    }

    // ---------------------------------------------------------------------------------------- structure

    @Test
    void listsAreasInPreOrderWithSortedChildren() {
        assertThat(ids(H.areas())).containsExactly(LAN, STOCKHOLM, DESO, NORRTALJE, HALLSTAVIK, TATORT, CENTRUM,
                TORGET, GRIND, RIMBO, UPPSALA);
        assertThat(H.size()).isEqualTo(11);
        assertThat(H.isEmpty()).isFalse();
        assertThat(ids(H.roots())).containsExactly(LAN, UPPSALA);
        assertThat(ids(H.children(NORRTALJE))).containsExactly(HALLSTAVIK, TATORT, RIMBO);
        assertThat(ids(H.children(LAN))).containsExactly(STOCKHOLM, NORRTALJE);
        assertThat(H.children(TORGET)).isEmpty();
        assertThat(H.children(UPPSALA)).isEmpty();
    }

    @Test
    void looksAreasUp() {
        assertThat(H.get(CENTRUM).name()).isEqualTo("Centrum");
        assertThat(H.find(CENTRUM)).contains(H.get(CENTRUM));
        assertThat(H.find(UNKNOWN)).isEmpty();
        assertThat(H.contains(RIMBO)).isTrue();
        assertThat(H.contains(UNKNOWN)).isFalse();
        assertThat(H.parent(TORGET).map(Area::id)).contains(CENTRUM);
        assertThat(H.parent(LAN)).isEmpty();
        assertThat(H.depth(LAN)).isZero();
        assertThat(H.depth(NORRTALJE)).isEqualTo(1);
        assertThat(H.depth(TORGET)).isEqualTo(4);
    }

    @Test
    void ancestorsAreNearestFirstAndDescendantsInPreOrder() {
        assertThat(ids(H.ancestors(TORGET))).containsExactly(CENTRUM, TATORT, NORRTALJE, LAN);
        assertThat(H.ancestors(LAN)).isEmpty();
        assertThat(ids(H.descendants(NORRTALJE))).containsExactly(HALLSTAVIK, TATORT, CENTRUM, TORGET, GRIND, RIMBO);
        assertThat(H.descendants(TORGET)).isEmpty();
        assertThat(H.descendants(UPPSALA)).isEmpty();
        assertThatThrownBy(() -> H.descendants(LAN).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> H.ancestors(TORGET).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> H.areas().set(0, H.get(UPPSALA))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void answersAncestryQuestions() {
        assertThat(H.isAncestorOf(LAN, TORGET)).isTrue();
        assertThat(H.isAncestorOf(NORRTALJE, GRIND)).isTrue();
        assertThat(H.isAncestorOf(TORGET, LAN)).isFalse();
        assertThat(H.isAncestorOf(LAN, LAN)).isFalse();
        assertThat(H.isAncestorOf(STOCKHOLM, TORGET)).isFalse();
        assertThat(H.isAncestorOf(UPPSALA, TORGET)).isFalse();
        assertThat(H.lowestCommonAncestor(TORGET, GRIND).map(Area::id)).contains(TATORT);
        assertThat(H.lowestCommonAncestor(TORGET, RIMBO).map(Area::id)).contains(NORRTALJE);
        assertThat(H.lowestCommonAncestor(DESO, TORGET).map(Area::id)).contains(LAN);
        assertThat(H.lowestCommonAncestor(TATORT, TORGET).map(Area::id)).contains(TATORT);
        assertThat(H.lowestCommonAncestor(TORGET, TORGET).map(Area::id)).contains(TORGET);
        assertThat(H.lowestCommonAncestor(UPPSALA, TORGET)).isEmpty();
    }

    @Test
    void levelsComeFromTheTopDown() {
        assertThat(H.levels()).containsExactly(AreaLevel.COUNTY, AreaLevel.MUNICIPALITY, AreaLevel.DESO,
                AreaLevel.LOCALITY, AreaLevel.NEIGHBOURHOOD, AreaLevel.PLACE);
        assertThat(ids(H.areas(AreaLevel.LOCALITY))).containsExactly(HALLSTAVIK, TATORT, RIMBO);
        assertThat(H.areas(AreaLevel.REGSO)).isEmpty();
    }

    @Test
    void denseIndexFollowsThePreOrder() {
        assertThat(H.parentIndices()).containsExactly(-1, 0, 1, 0, 3, 3, 5, 6, 5, 3, -1);
        for (int i = 0; i < H.size(); i++) {
            assertThat(H.indexOf(H.idAt(i))).isEqualTo(i);
            assertThat(H.areaAt(i)).isEqualTo(H.areas().get(i));
            assertThat(H.depthAt(i)).isEqualTo(H.depth(H.idAt(i)));
        }
        assertThat(H.indexOf(NORRTALJE)).isEqualTo(3);
        assertThat(H.subtreeEnd(3)).isEqualTo(10);
        assertThat(H.subtreeEnd(10)).isEqualTo(11);
        assertThat(H.parentIndex(7)).isEqualTo(6);
        assertThat(H.indexOf(UNKNOWN)).isEqualTo(-1);
        int[] copy = H.parentIndices();
        copy[1] = 42;
        assertThat(H.parentIndex(1)).isZero();
    }

    @Test
    void denseIndexAccessorsCheckTheRange() {
        for (int bad : new int[] {-1, 11, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> H.areaAt(bad)).isInstanceOf(IndexOutOfBoundsException.class)
                    .hasMessageContaining("0 to 10");
            assertThatThrownBy(() -> H.idAt(bad)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> H.parentIndex(bad)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> H.subtreeEnd(bad)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> H.depthAt(bad)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void rollsFiguresUpWithTheDocumentedLoop() {
        long[] total = new long[H.size()];
        Arrays.fill(total, 1);
        for (int i = H.size() - 1; i > 0; i--) {
            if (H.parentIndex(i) >= 0) {
                total[H.parentIndex(i)] += total[i];
            }
        }
        for (int i = 0; i < H.size(); i++) {
            assertThat(total[i]).isEqualTo(1 + H.descendants(H.idAt(i)).size());
        }
    }

    static Stream<Object[]> lookups() {
        return Stream.<Object[]>of(
                new Object[] {"get", (Consumer<AreaId>) H::get},
                new Object[] {"children", (Consumer<AreaId>) H::children},
                new Object[] {"parent", (Consumer<AreaId>) H::parent},
                new Object[] {"ancestors", (Consumer<AreaId>) H::ancestors},
                new Object[] {"descendants", (Consumer<AreaId>) H::descendants},
                new Object[] {"depth", (Consumer<AreaId>) H::depth},
                new Object[] {"subtree", (Consumer<AreaId>) H::subtree},
                new Object[] {"withoutSubtree", (Consumer<AreaId>) H::withoutSubtree},
                new Object[] {"isAncestorOf(x, known)", (Consumer<AreaId>) id -> H.isAncestorOf(id, LAN)},
                new Object[] {"isAncestorOf(known, x)", (Consumer<AreaId>) id -> H.isAncestorOf(LAN, id)},
                new Object[] {"lowestCommonAncestor(x, known)", (Consumer<AreaId>) id -> H.lowestCommonAncestor(id, LAN)},
                new Object[] {"lowestCommonAncestor(known, x)", (Consumer<AreaId>) id -> H.lowestCommonAncestor(LAN, id)});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookups")
    void unknownIdsAreReportedAsUnknownAreas(String method, Consumer<AreaId> lookup) {
        UnknownReferenceException e = catchThrowableOfType(UnknownReferenceException.class, () -> lookup.accept(UNKNOWN));
        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo("area");
        assertThat(e.id()).isEqualTo("0199");
        assertThat(e).hasMessage("Unknown area '0199' in hierarchy: add it there first, or correct the id");
        assertThatThrownBy(() -> lookup.accept(null)).isInstanceOf(NullPointerException.class);
    }

    // ---------------------------------------------------------------------------------------- derived

    @Test
    void subtreeIsAHierarchyOfItsOwn() {
        AreaHierarchy sub = H.subtree(TATORT);
        assertThat(ids(sub.areas())).containsExactly(TATORT, CENTRUM, TORGET, GRIND);
        assertThat(ids(sub.roots())).containsExactly(TATORT);
        assertThat(sub.get(TATORT).parent()).isEmpty();
        assertThat(sub.get(TATORT).name()).isEqualTo("Norrtälje tätort");
        assertThat(sub.get(TORGET)).isEqualTo(H.get(TORGET));
        assertThat(sub.parentIndices()).containsExactly(-1, 0, 1, 0);
        assertThat(sub.depth(TORGET)).isEqualTo(2);
        assertThat(sub.contains(NORRTALJE)).isFalse();
        assertThat(sub).isEqualTo(AreaHierarchy.of(sub.areas()));
        assertThat(H.subtree(LAN).subtree(LAN)).isEqualTo(H.subtree(LAN));
        assertThat(H.subtree(UPPSALA).size()).isEqualTo(1);
    }

    @Test
    void withAreaAddsOrReplaces() {
        Area skolgarden = Area.of(AreaId.of("0188/rimbo/skolgarden"), "Skolgården", AreaLevel.PLACE, RIMBO);
        AreaHierarchy added = H.withArea(skolgarden);
        assertThat(added.size()).isEqualTo(12);
        assertThat(added.parent(skolgarden.id()).map(Area::id)).contains(RIMBO);
        assertThat(H.contains(skolgarden.id())).isFalse();

        AreaHierarchy moved = H.withArea(Area.of(GRIND, "Grind", AreaLevel.NEIGHBOURHOOD, RIMBO));
        assertThat(moved.size()).isEqualTo(11);
        assertThat(ids(moved.children(RIMBO))).containsExactly(GRIND);
        assertThat(ids(moved.children(TATORT))).containsExactly(CENTRUM);

        assertThatThrownBy(() -> H.withArea(Area.of(NORRTALJE, "Norrtälje", AreaLevel.MUNICIPALITY, TORGET)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("makes a cycle")
                .hasMessageContaining("0188 → 0188/norrtalje/centrum/torget → 0188/norrtalje/centrum → "
                        + "0188/norrtalje → 0188");
        assertThatThrownBy(() -> H.withArea(Area.of(AreaId.of("x"), "X", AreaLevel.PLACE, UNKNOWN)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("areas[11].parent: names unknown area 0199");
    }

    @Test
    void withoutSubtreeRemovesAnAreaAndEverythingWithinIt() {
        AreaHierarchy without = H.withoutSubtree(TATORT);
        assertThat(ids(without.areas())).containsExactly(LAN, STOCKHOLM, DESO, NORRTALJE, HALLSTAVIK, RIMBO, UPPSALA);
        assertThat(without.parentIndices()).containsExactly(-1, 0, 1, 0, 3, 3, -1);
        assertThat(without).isEqualTo(AreaHierarchy.of(without.areas()));
        assertThat(H.withoutSubtree(LAN).withoutSubtree(UPPSALA)).isEqualTo(AreaHierarchy.empty());
    }

    // ---------------------------------------------------------------------------------------- text and value

    @Test
    void rendersATreeForPeople() {
        assertThat(H.tree()).isEqualTo(""
                + "01 Stockholms län (lan)\n"
                + "  0180 Stockholm (kommun)\n"
                + "    0180C1090 Kungsholmen 1090 (deso)\n"
                + "  0188 Norrtälje (kommun)\n"
                + "    0188/hallstavik Hallstavik (tatort)\n"
                + "    0188/norrtalje Norrtälje tätort (tatort)\n"
                + "      0188/norrtalje/centrum Centrum (omrade)\n"
                + "        0188/norrtalje/centrum/torget Stora torget (plats)\n"
                + "      0188/norrtalje/grind Grind (omrade)\n"
                + "    0188/rimbo Rimbo (tatort)\n"
                + "03 Uppsala län (lan)\n");
        assertThat(AreaHierarchy.empty().tree()).isEmpty();
    }

    @Test
    void printsASummary() {
        assertThat(H).hasToString("AreaHierarchy[11 areas: 2 lan, 2 kommun, 1 deso, 3 tatort, 2 omrade, 1 plats; "
                + "roots 01 Stockholms län, 03 Uppsala län]");
        assertThat(H.subtree(UPPSALA)).hasToString("AreaHierarchy[1 area: 1 lan; root 03 Uppsala län]");
        assertThat(AreaHierarchy.empty()).hasToString("AreaHierarchy[empty]");
        List<Area> counties = IntStream.rangeClosed(1, 5)
                .mapToObj(i -> Area.of(AreaId.of("L" + i), "Län " + i, AreaLevel.COUNTY)).collect(Collectors.toList());
        assertThat(AreaHierarchy.of(counties))
                .hasToString("AreaHierarchy[5 areas: 5 lan; roots L1 Län 1, L2 Län 2, L3 Län 3 … (2 more)]");
    }

    @Test
    void equalityIsBySetOfAreas() {
        List<Area> reversed = new ArrayList<>(fixtureAreas());
        Collections.reverse(reversed);
        new EqualsTester()
                .addEqualityGroup(H, AreaHierarchy.of(reversed), AreaHierarchy.builder().addAll(H).build(),
                        AreaHierarchy.of(fixtureAreas().toArray(new Area[0])))
                .addEqualityGroup(H.withoutSubtree(UPPSALA))
                .addEqualityGroup(H.withArea(Area.of(UPPSALA, "Uppsala", AreaLevel.COUNTY)))
                .addEqualityGroup(AreaHierarchy.empty(), AreaHierarchy.of(List.of()), AreaHierarchy.builder().build())
                .testEquals();
    }

    @Test
    void builderCollectsInOrder() {
        AreaHierarchy built = AreaHierarchy.builder()
                .add(Area.of(NORRTALJE, "Norrtälje", AreaLevel.MUNICIPALITY))
                .addAll(List.of(Area.of(RIMBO, "Rimbo", AreaLevel.LOCALITY, NORRTALJE)))
                .build();
        assertThat(ids(built.areas())).containsExactly(NORRTALJE, RIMBO);
        assertThatThrownBy(() -> AreaHierarchy.builder().add(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AreaHierarchy.of((List<Area>) null)).isInstanceOf(NullPointerException.class);
    }

    // ---------------------------------------------------------------------------------------- validation

    /** Zero-padded to five digits; String.format is far too slow for tens of thousands of ids. */
    private static String pad(int i) {
        String digits = Integer.toString(i);
        return "00000".substring(Math.min(5, digits.length())) + digits;
    }

    private static Area area(String id, String parent) {
        return parent == null ? Area.of(AreaId.of(id), "Area " + id, AreaLevel.PLACE)
                : Area.of(AreaId.of(id), "Area " + id, AreaLevel.PLACE, AreaId.of(parent));
    }

    static Stream<Object[]> invalidInputs() {
        return Stream.of(
                new Object[] {"duplicate id",
                        Arrays.asList(area("a", null), area("b", "a"), area("a", null)),
                        List.of("areas[2].id: must be unique, but areas[0] has the same id (was a)")},
                new Object[] {"three of one id",
                        Arrays.asList(area("a", null), area("a", null), area("a", null)),
                        List.of("areas[1].id: must be unique, but areas[0] has the same id (was a)",
                                "areas[2].id: must be unique, but areas[0] has the same id (was a)")},
                new Object[] {"unknown parent",
                        Arrays.asList(area("a", null), area("b", "x")),
                        List.of("areas[1].parent: names unknown area x: add that area too, or correct the parent (was x)")},
                new Object[] {"null area",
                        Arrays.asList(area("a", null), null),
                        List.of("areas[1]: must not be null")},
                new Object[] {"cycle of two",
                        Arrays.asList(area("r", null), area("b", "a"), area("a", "b")),
                        List.of("areas[1].parent: makes a cycle b → a → b: an area cannot lie within itself; "
                                + "make one of these a root or give it another parent (was a)")},
                new Object[] {"cycle of three with a tail hanging from it",
                        Arrays.asList(area("tail", "c"), area("c", "a"), area("a", "b"), area("b", "c")),
                        List.of("areas[1].parent: makes a cycle c → a → b → c: an area cannot lie within itself; "
                                + "make one of these a root or give it another parent (was a)")},
                new Object[] {"two cycles",
                        Arrays.asList(area("x", "y"), area("a", "b"), area("y", "x"), area("b", "a")),
                        List.of("areas[0].parent: makes a cycle x → y → x: an area cannot lie within itself; "
                                        + "make one of these a root or give it another parent (was y)",
                                "areas[1].parent: makes a cycle a → b → a: an area cannot lie within itself; "
                                        + "make one of these a root or give it another parent (was b)")},
                new Object[] {"everything at once",
                        Arrays.asList(area("a", "b"), area("b", "a"), area("c", "zz"), area("c", null), null),
                        List.of("areas[3].id: must be unique, but areas[2] has the same id (was c)",
                                "areas[4]: must not be null",
                                "areas[2].parent: names unknown area zz: add that area too, or correct the parent (was zz)",
                                "areas[0].parent: makes a cycle a → b → a: an area cannot lie within itself; "
                                        + "make one of these a root or give it another parent (was b)")});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    void reportsEveryProblemAtOnce(String name, List<Area> input, List<String> expected) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> AreaHierarchy.of(input));
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(Problem::toString).containsExactlyElementsOf(expected);
        assertThat(e).hasMessageStartingWith("Invalid AreaHierarchy (" + expected.size() + " problem");
        if (!input.contains(null)) {
            ValidationException viaBuilder = catchThrowableOfType(ValidationException.class, () -> AreaHierarchy.builder().addAll(input).build());
            assertThat(viaBuilder.problems()).isEqualTo(e.problems());
        }
    }

    // ---------------------------------------------------------------------------------------- properties

    /** A forest built from random data, with its structure known independently of the class under test. */
    static final class Forest {
        final List<Area> areas;
        final Map<AreaId, AreaId> parentOf = new HashMap<>();
        final long seed;

        Forest(List<Integer> raw, long seed) {
            int n = raw.size();
            this.seed = seed;
            Random random = new Random(seed);
            List<Integer> names = IntStream.range(0, n).boxed().collect(Collectors.toList());
            Collections.shuffle(names, random);
            int[] parent = new int[n];
            int[] depth = new int[n];
            List<Area> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                parent[i] = Math.floorMod(raw.get(i), i + 1) - 1; // -1 … i-1: acyclic by construction
                depth[i] = parent[i] < 0 ? 0 : depth[parent[i]] + 1;
                AreaId id = AreaId.of(String.format("a%02d", names.get(i)));
                Area.Builder b = Area.builder().id(id).name("Area " + names.get(i)).level(AreaLevel.of("d" + depth[i]));
                if (parent[i] >= 0) {
                    b.parent(list.get(parent[i]).id());
                    parentOf.put(id, list.get(parent[i]).id());
                }
                list.add(b.build());
            }
            Collections.shuffle(list, random);
            this.areas = List.copyOf(list);
        }

        /** Ancestors by walking the parent map: nearest first. */
        List<AreaId> ancestors(AreaId id) {
            List<AreaId> result = new ArrayList<>();
            for (AreaId p = parentOf.get(id); p != null; p = parentOf.get(p)) {
                result.add(p);
            }
            return result;
        }

        /** Pre-order computed by recursion over children sorted by id. */
        List<AreaId> preOrder() {
            List<AreaId> result = new ArrayList<>();
            new TreeSet<>(areas.stream().map(Area::id).filter(id -> !parentOf.containsKey(id))
                    .collect(Collectors.toSet())).forEach(root -> visit(root, result));
            return result;
        }

        private void visit(AreaId id, List<AreaId> out) {
            out.add(id);
            parentOf.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).sorted()
                    .forEach(child -> visit(child, out));
        }

        @Override
        public String toString() {
            return areas.stream().map(a -> a.id() + a.parent().map(p -> "⊂" + p).orElse(""))
                    .collect(Collectors.joining(" ", "Forest[", "]"));
        }
    }

    private static Gen<Forest> forests() {
        return lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 30).zip(longs().all(), Forest::new);
    }

    @Test
    void descendantsAndAncestorsMirrorEachOther() {
        qt().withFixedSeed(1L).withExamples(200).forAll(forests()).checkAssert(f -> {
            AreaHierarchy h = AreaHierarchy.of(f.areas);
            for (Area a : f.areas) {
                assertThat(ids(h.ancestors(a.id()))).isEqualTo(f.ancestors(a.id()));
                Set<AreaId> descendants = new HashSet<>(ids(h.descendants(a.id())));
                for (Area b : f.areas) {
                    boolean aAboveB = h.ancestors(b.id()).contains(a);
                    assertThat(descendants.contains(b.id())).isEqualTo(aAboveB);
                    assertThat(h.isAncestorOf(a.id(), b.id())).isEqualTo(aAboveB);
                }
                assertThat(h.depth(a.id())).isEqualTo(f.ancestors(a.id()).size());
            }
        });
    }

    @Test
    void lowestCommonAncestorIsTheDeepestCommonAncestorOrSelf() {
        qt().withFixedSeed(2L).withExamples(120).forAll(forests()).checkAssert(f -> {
            AreaHierarchy h = AreaHierarchy.of(f.areas);
            Map<AreaId, List<AreaId>> selfAndAncestors = new HashMap<>();
            for (Area a : f.areas) {
                List<AreaId> up = new ArrayList<>(List.of(a.id()));
                up.addAll(f.ancestors(a.id()));
                selfAndAncestors.put(a.id(), up);
            }
            for (Area a : f.areas) {
                for (Area b : f.areas) {
                    Set<AreaId> upB = new HashSet<>(selfAndAncestors.get(b.id()));
                    // The list is nearest first, so its first member that is also above b is the deepest common one.
                    Optional<AreaId> expected = selfAndAncestors.get(a.id()).stream().filter(upB::contains).findFirst();
                    assertThat(h.lowestCommonAncestor(a.id(), b.id()).map(Area::id)).isEqualTo(expected);
                    assertThat(h.lowestCommonAncestor(b.id(), a.id())).isEqualTo(h.lowestCommonAncestor(a.id(), b.id()));
                }
            }
        });
    }

    @Test
    void preOrderIndexPutsParentsBeforeChildrenAndSubtreesInRanges() {
        qt().withFixedSeed(3L).withExamples(200).forAll(forests()).checkAssert(f -> {
            AreaHierarchy h = AreaHierarchy.of(f.areas);
            assertThat(ids(h.areas())).isEqualTo(f.preOrder());
            int[] parents = h.parentIndices();
            assertThat(parents).hasSize(f.areas.size());
            for (int i = 0; i < h.size(); i++) {
                assertThat(parents[i]).isLessThan(i).isEqualTo(h.parentIndex(i));
                AreaId parent = f.parentOf.get(h.idAt(i));
                assertThat(parents[i]).isEqualTo(parent == null ? -1 : h.indexOf(parent));
                assertThat(h.areas().subList(i + 1, h.subtreeEnd(i))).isEqualTo(h.descendants(h.idAt(i)));
            }
            List<AreaLevel> depthLevels = IntStream.rangeClosed(0, f.areas.stream().mapToInt(a -> h.depth(a.id())).max().orElseThrow())
                    .mapToObj(d -> AreaLevel.of("d" + d)).collect(Collectors.toList());
            assertThat(h.levels()).isEqualTo(depthLevels);
        });
    }

    @Test
    void orderIsTheSameWhateverTheInputOrder() {
        qt().withFixedSeed(4L).withExamples(120).forAll(forests(), longs().all()).checkAssert((f, seed) -> {
            List<Area> shuffled = new ArrayList<>(f.areas);
            Collections.shuffle(shuffled, new Random(seed));
            AreaHierarchy h = AreaHierarchy.of(f.areas);
            AreaHierarchy other = AreaHierarchy.builder().addAll(shuffled).build();
            assertThat(other).isEqualTo(h).hasSameHashCodeAs(h).hasToString(h.toString());
            assertThat(other.areas()).isEqualTo(h.areas());
            assertThat(other.parentIndices()).isEqualTo(h.parentIndices());
            assertThat(other.tree()).isEqualTo(h.tree());
        });
    }

    @Test
    void subtreesAndRemovalsAgreeWithBuildingFromScratch() {
        qt().withFixedSeed(5L).withExamples(150).forAll(forests(), integers().between(0, 1000)).checkAssert((f, pick) -> {
            AreaHierarchy h = AreaHierarchy.of(f.areas);
            AreaId id = h.idAt(pick % h.size());
            List<Area> within = new ArrayList<>(List.of(Area.builder().from(h.get(id)).parent(Optional.empty()).build()));
            within.addAll(h.descendants(id));
            assertThat(h.subtree(id)).isEqualTo(AreaHierarchy.of(within));
            assertThat(h.subtree(id).parentIndices()).isEqualTo(AreaHierarchy.of(within).parentIndices());
            List<Area> rest = new ArrayList<>(h.areas());
            rest.removeIf(a -> a.id().equals(id) || h.isAncestorOf(id, a.id()));
            assertThat(h.withoutSubtree(id)).isEqualTo(AreaHierarchy.of(rest));
            assertThat(h.withoutSubtree(id).parentIndices()).isEqualTo(AreaHierarchy.of(rest).parentIndices());
            assertThat(h.withoutSubtree(id).levels()).isEqualTo(AreaHierarchy.of(rest).levels());
        });
    }

    /** Random parents, any of them possibly making a cycle: input i has parent -1 (none) or any other index. */
    private static List<Area> randomParents(List<Integer> raw) {
        int n = raw.size();
        List<Area> areas = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int v = Math.floorMod(raw.get(i), n);
            int parent = v == 0 ? -1 : (v - 1 < i ? v - 1 : v);
            areas.add(area("n" + i, parent < 0 ? null : "n" + parent));
        }
        return areas;
    }

    /** The cycles, each as the set of its ids, found by walking n steps up from every area. */
    private static Set<Set<String>> cyclesByOracle(List<Area> areas) {
        Map<String, String> parentOf = new HashMap<>();
        areas.forEach(a -> a.parent().ifPresent(p -> parentOf.put(a.id().value(), p.value())));
        Set<Set<String>> cycles = new HashSet<>();
        for (Area a : areas) {
            String x = a.id().value();
            for (int step = 0; step < areas.size() && x != null; step++) {
                x = parentOf.get(x);
            }
            if (x != null) { // still going after n steps: x is on a cycle
                Set<String> cycle = new TreeSet<>();
                for (String y = x; cycle.add(y); y = parentOf.get(y)) {
                    // collects the cycle through x
                }
                cycles.add(cycle);
            }
        }
        return cycles;
    }

    @Test
    void buildersNeverAcceptWhatValidationRejects() {
        Gen<List<Integer>> parents = lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 12);
        qt().withFixedSeed(6L).withExamples(200).forAll(parents).checkAssert(raw -> {
            List<Area> areas = randomParents(raw);
            Set<Set<String>> cycles = cyclesByOracle(areas);
            ValidationException viaOf = catchThrowableOfType(ValidationException.class, () -> AreaHierarchy.of(areas));
            ValidationException viaBuilder = catchThrowableOfType(ValidationException.class, () -> AreaHierarchy.builder().addAll(areas).build());
            if (cycles.isEmpty()) {
                assertThat(viaOf).isNull();
                assertThat(viaBuilder).isNull();
                assertThat(AreaHierarchy.of(areas).size()).isEqualTo(areas.size());
            } else {
                assertThat(viaOf).isNotNull();
                assertThat(viaBuilder).isNotNull();
                assertThat(viaBuilder.problems()).isEqualTo(viaOf.problems());
                assertThat(viaOf.problems()).hasSize(cycles.size())
                        .allSatisfy(p -> assertThat(p.message()).contains("makes a cycle"));
                Set<Set<String>> reported = viaOf.problems().stream()
                        .map(p -> p.message().substring("makes a cycle ".length(), p.message().indexOf(':')))
                        .map(text -> new TreeSet<>(Arrays.asList(text.split(" → "))))
                        .collect(Collectors.toSet());
                assertThat(reported).isEqualTo(cycles);
            }
        });
    }

    // ---------------------------------------------------------------------------------------- scale

    /** A four-digit municipality code: county (01–21) and number (00–13). */
    private static String kommun(int m) {
        return pad(m % 21 + 1).substring(3) + pad(m / 21).substring(3);
    }

    @Test
    void buildsSwedenSizedHierarchiesQuickly() {
        // 21 counties, 290 municipalities, 5,984 DeSO areas and two places in each: 18,263 areas.
        List<Area> areas = new ArrayList<>();
        for (int c = 1; c <= 21; c++) {
            areas.add(Area.of(AreaId.of(pad(c).substring(3)), "Län " + c, AreaLevel.COUNTY));
        }
        for (int m = 0; m < 290; m++) {
            areas.add(Area.of(AreaId.of(kommun(m)), "Kommun " + m, AreaLevel.MUNICIPALITY,
                    AreaId.of(kommun(m).substring(0, 2))));
        }
        for (int d = 0; d < 5984; d++) {
            int m = d % 290;
            String kommun = kommun(m);
            String deso = kommun + "C" + pad(d).substring(1);
            areas.add(Area.of(AreaId.of(deso), "DeSO " + d, AreaLevel.DESO, AreaId.of(kommun)));
            areas.add(Area.of(AreaId.of(deso + "/p1"), "Plats 1", AreaLevel.PLACE, AreaId.of(deso)));
            areas.add(Area.of(AreaId.of(deso + "/p2"), "Plats 2", AreaLevel.PLACE, AreaId.of(deso)));
        }
        Collections.shuffle(areas, new Random(7));
        AreaHierarchy h = assertTimeout(Duration.ofSeconds(10), () -> AreaHierarchy.of(areas));
        assertThat(h.size()).isEqualTo(18_263);
        assertThat(h.roots()).hasSize(21);
        assertThat(h.levels()).containsExactly(AreaLevel.COUNTY, AreaLevel.MUNICIPALITY, AreaLevel.DESO, AreaLevel.PLACE);
        assertThat(h).hasToString("AreaHierarchy[18263 areas: 21 lan, 290 kommun, 5984 deso, 11968 plats; "
                + "roots 01 Län 1, 02 Län 2, 03 Län 3 … (18 more)]");
        for (int i = 1; i < h.size(); i++) {
            assertThat(h.parentIndex(i) < i).isTrue();
        }
    }

    @Test
    void handlesDeepChainsInLinearTime() {
        int n = 20_000;
        List<Area> chain = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            chain.add(i == 0 ? area("c00000", null) : area("c" + pad(i), "c" + pad(i - 1)));
        }
        Collections.reverse(chain);
        AreaHierarchy h = assertTimeout(Duration.ofSeconds(10), () -> AreaHierarchy.of(chain));
        AreaId leaf = AreaId.of("c" + pad(n - 1));
        assertThat(h.depth(leaf)).isEqualTo(n - 1);
        assertThat(h.ancestors(leaf)).hasSize(n - 1);
        assertThat(h.descendants(AreaId.of("c00000"))).hasSize(n - 1);
        assertThat(h.lowestCommonAncestor(leaf, AreaId.of("c00001")).map(Area::id)).contains(AreaId.of("c00001"));
        assertThat(h.subtree(AreaId.of("c10000")).size()).isEqualTo(10_000);

        List<Area> loop = new ArrayList<>(chain);
        loop.set(n - 1, area("c00000", "c" + pad(n - 1))); // the root (last after reversal) closes the loop
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> AreaHierarchy.of(loop));
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("makes a cycle c19999 → c19998"));
    }

    @Test
    void sortsByIdNotByName() {
        AreaHierarchy h = AreaHierarchy.of(area("b", null), area("a", null), area("b/2", "b"), area("b/10", "b"));
        assertThat(h.areas().stream().map(a -> a.id().value())).containsExactly("a", "b", "b/10", "b/2");
        assertThat(h.roots().stream().map(Area::id).sorted(Comparator.reverseOrder()).map(AreaId::value))
                .containsExactly("b", "a");
    }
}

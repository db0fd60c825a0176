package org.est4j.core.area;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.est4j.core.Problems;
import org.est4j.core.UnknownReferenceException;

/**
 * An immutable tree of {@link Area areas}, or a forest of several trees: a county with its municipalities, a
 * municipality with its localities, neighbourhoods and places, or all of SCB's DeSO areas under their
 * municipalities.
 *
 * <pre>{@code
 * AreaHierarchy h = AreaHierarchy.builder()
 *     .add(Area.of(AreaId.of("0188"), "Norrtälje", AreaLevel.MUNICIPALITY))
 *     .add(Area.of(AreaId.of("rimbo"), "Rimbo", AreaLevel.LOCALITY, AreaId.of("0188")))
 *     .add(Area.of(AreaId.of("rimbo/torget"), "Torget", AreaLevel.PLACE, AreaId.of("rimbo")))
 *     .build();
 * h.ancestors(AreaId.of("rimbo/torget"));   // [Area[rimbo Rimbo (tatort) ⊂ 0188], Area[0188 Norrtälje (kommun)]]
 * System.out.println(h.tree());
 * }</pre>
 *
 * <h2>Validation</h2>
 * Building checks the areas together and reports <em>every</em> problem in one
 * {@link org.est4j.core.ValidationException}, each with the path of the offending input, such as
 * {@code areas[3].parent}: a null area, an id used twice ({@code areas[i].id}), a parent that is not among the
 * areas ({@code areas[i].parent}, naming the unknown id) and parents that go round in a cycle (reported once
 * per cycle on its first area in input order, naming every id in it). Each area's own attributes were already
 * checked when it was built.
 *
 * <h2>Order</h2>
 * Every list this class returns is in one deterministic <em>pre-order</em>, whatever the order of the input:
 * roots sorted by id, each area followed by its subtree, children sorted by id. Two hierarchies built from the
 * same areas in any order are equal and print the same.
 *
 * <h2>Dense index</h2>
 * For engines that roll figures up the tree (the picture compiler), each area also has a dense index
 * {@code 0 … size()-1} in that pre-order: {@link #indexOf(AreaId)}, {@link #idAt(int)}, {@link #areaAt(int)},
 * {@link #parentIndex(int)} and {@link #parentIndices()}. A parent's index is always smaller than its
 * children's, and the subtree of index {@code i} is exactly the range {@code i … subtreeEnd(i)-1}, so
 * <pre>{@code
 * for (int i = h.size() - 1; i > 0; i--) if (h.parentIndex(i) >= 0) total[h.parentIndex(i)] += total[i];
 * }</pre>
 * sums every area's figures into all its ancestors in one pass.
 *
 * <h2>Cost</h2>
 * Building sorts once: O(n log n) for n areas. Lookups by id are hash lookups; {@link #ancestors(AreaId)},
 * {@link #depth(AreaId)} and {@link #lowestCommonAncestor(AreaId, AreaId)} walk up the tree, O(depth);
 * {@link #isAncestorOf(AreaId, AreaId)} and {@link #descendants(AreaId)} are O(1) (the latter returns a view).
 *
 * <p>Methods that take an id of an area that is not in the hierarchy throw {@link UnknownReferenceException}
 * (kind {@code "area"}), except {@link #find(AreaId)}, {@link #contains(AreaId)} and
 * {@link #indexOf(AreaId)}, which answer empty, false and -1.
 *
 * <p>Implementation requirements: this class is immutable and thread-safe.
 */
public final class AreaHierarchy {
    private static final String SUBJECT = "AreaHierarchy";
    private static final AreaHierarchy EMPTY = new AreaHierarchy(new Area[0], new int[0]);
    /** How many roots {@link #toString()} names before it abbreviates. */
    private static final int ROOTS_SHOWN = 3;

    /** The areas in pre-order. */
    private final Area[] areas;
    /** The pre-order index of each area's parent, -1 for a root. */
    private final int[] parent;
    /** The pre-order index just after each area's subtree. */
    private final int[] end;
    /** The depth of each area, 0 for a root. */
    private final int[] depth;
    private final Map<AreaId, Integer> index;
    private final List<Area> areaList;
    private final List<AreaLevel> levels;

    /**
     * Creates a hierarchy from areas already in pre-order with valid parent indices (parent before child,
     * children sorted by id, roots sorted by id). Computes the derived arrays in O(n).
     */
    private AreaHierarchy(Area[] areas, int[] parent) {
        int n = areas.length;
        this.areas = areas;
        this.parent = parent;
        this.end = new int[n];
        this.depth = new int[n];
        this.index = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
        for (int i = n - 1; i >= 0; i--) {
            end[i] = Math.max(end[i], i + 1);
            if (parent[i] >= 0) {
                end[parent[i]] = Math.max(end[parent[i]], end[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            depth[i] = parent[i] < 0 ? 0 : depth[parent[i]] + 1;
            index.put(areas[i].id(), i);
        }
        this.areaList = Collections.unmodifiableList(Arrays.asList(areas));
        this.levels = levelsByDepth(areas, depth);
    }

    /** Levels in order of first appearance, breadth first: by depth, then by pre-order. */
    private static List<AreaLevel> levelsByDepth(Area[] areas, int[] depth) {
        int maxDepth = 0;
        for (int d : depth) {
            maxDepth = Math.max(maxDepth, d);
        }
        List<List<Area>> byDepth = new ArrayList<>();
        for (int d = 0; d <= maxDepth; d++) {
            byDepth.add(new ArrayList<>());
        }
        for (int i = 0; i < areas.length; i++) {
            byDepth.get(depth[i]).add(areas[i]);
        }
        Map<AreaLevel, Boolean> seen = new LinkedHashMap<>();
        byDepth.forEach(list -> list.forEach(a -> seen.putIfAbsent(a.level(), Boolean.TRUE)));
        return List.copyOf(seen.keySet());
    }

    // ---------------------------------------------------------------------------------------- factories

    /**
     * Returns the hierarchy with no areas.
     *
     * @return the empty hierarchy
     */
    public static AreaHierarchy empty() {
        return EMPTY;
    }

    /**
     * Returns the hierarchy of some areas, in any order.
     *
     * @param areas the areas; each names its parent, which must be one of them
     * @return the hierarchy
     * @throws org.est4j.core.ValidationException listing every problem: null areas, duplicate ids, unknown
     *     parents and cycles, with paths such as {@code areas[3].parent} that index the collection's iteration
     *     order
     */
    public static AreaHierarchy of(Collection<? extends Area> areas) {
        List<Area> input = new ArrayList<>(requireNonNull(areas, "areas"));
        int n = input.size();
        Problems problems = Problems.of(SUBJECT);
        Map<AreaId, Integer> first = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
        for (int i = 0; i < n; i++) {
            Area area = input.get(i);
            if (area == null) {
                problems.add("areas[" + i + "]", "must not be null", null);
                continue;
            }
            Integer earlier = first.putIfAbsent(area.id(), i);
            if (earlier != null) {
                problems.add("areas[" + i + "].id", "must be unique, but areas[" + earlier + "] has the same id",
                        area.id());
            }
        }
        // The parent of each area that is kept (first of its id), as an input index; -1 for none or unknown.
        int[] parentOf = new int[n];
        boolean[] kept = new boolean[n];
        for (int i = 0; i < n; i++) {
            Area area = input.get(i);
            parentOf[i] = -1;
            if (area == null) {
                continue;
            }
            kept[i] = first.get(area.id()) == i;
            if (area.parent().isPresent()) {
                Integer p = first.get(area.parent().get());
                if (p == null) {
                    problems.add("areas[" + i + "].parent", "names unknown area " + area.parent().get()
                            + ": add that area too, or correct the parent", area.parent().get());
                } else {
                    parentOf[i] = p;
                }
            }
        }
        reportCycles(input, parentOf, kept, problems);
        problems.throwIfAny();
        return inPreOrder(input, parentOf);
    }

    /**
     * Returns the hierarchy of some areas, in any order.
     *
     * @param areas the areas; each names its parent, which must be one of them
     * @return the hierarchy
     * @throws org.est4j.core.ValidationException listing every problem, as {@link #of(Collection)} does
     */
    public static AreaHierarchy of(Area... areas) {
        return of(Arrays.asList(requireNonNull(areas, "areas")));
    }

    /**
     * Finds every cycle of the parent relation among the kept areas. Each area has at most one parent, so
     * walking up from every unvisited area finds each cycle exactly once, in O(n) overall.
     */
    private static void reportCycles(List<Area> input, int[] parentOf, boolean[] kept, Problems problems) {
        int n = input.size();
        byte[] state = new byte[n]; // 0 unvisited, 1 on the current walk, 2 finished
        int[] walk = new int[n];
        int[] positionInWalk = new int[n];
        for (int start = 0; start < n; start++) {
            if (!kept[start] || state[start] != 0) {
                continue;
            }
            int length = 0;
            int j = start;
            while (j >= 0 && state[j] == 0) {
                state[j] = 1;
                positionInWalk[j] = length;
                walk[length++] = j;
                j = parentOf[j];
            }
            if (j >= 0 && state[j] == 1) {
                reportCycle(input, parentOf, Arrays.copyOfRange(walk, positionInWalk[j], length), problems);
            }
            for (int k = 0; k < length; k++) {
                state[walk[k]] = 2;
            }
        }
    }

    private static void reportCycle(List<Area> input, int[] parentOf, int[] members, Problems problems) {
        int firstInInput = Arrays.stream(members).min().orElseThrow();
        StringJoiner text = new StringJoiner(" → ");
        int j = firstInInput;
        do {
            text.add(input.get(j).id().value());
            j = parentOf[j];
        } while (j != firstInInput);
        text.add(input.get(firstInInput).id().value());
        problems.add("areas[" + firstInInput + "].parent", "makes a cycle " + text
                + ": an area cannot lie within itself; make one of these a root or give it another parent",
                input.get(firstInInput).parent().orElse(null));
    }

    /** Orders valid input in pre-order: roots by id, children by id. */
    private static AreaHierarchy inPreOrder(List<Area> input, int[] parentOf) {
        int n = input.size();
        Integer[] byId = new Integer[n];
        for (int i = 0; i < n; i++) {
            byId[i] = i;
        }
        Arrays.sort(byId, Comparator.comparing(i -> input.get(i).id()));
        // Children of each input index, in id order, as ranges of one array (compressed rows).
        int[] childStart = new int[n + 1];
        int rootCount = 0;
        for (int i = 0; i < n; i++) {
            if (parentOf[i] >= 0) {
                childStart[parentOf[i] + 1]++;
            } else {
                rootCount++;
            }
        }
        for (int i = 0; i < n; i++) {
            childStart[i + 1] += childStart[i];
        }
        int[] fill = Arrays.copyOf(childStart, n);
        int[] children = new int[n - rootCount];
        int[] roots = new int[rootCount];
        int r = 0;
        for (Integer i : byId) {
            if (parentOf[i] >= 0) {
                children[fill[parentOf[i]]++] = i;
            } else {
                roots[r++] = i;
            }
        }
        // Iterative depth-first walk: no recursion, so a chain of 100,000 areas is as fine as a bush.
        Area[] ordered = new Area[n];
        int[] parentIndex = new int[n];
        int[] preIndexOf = new int[n];
        int[] stack = new int[n];
        int top = 0;
        for (int k = rootCount - 1; k >= 0; k--) {
            stack[top++] = roots[k];
        }
        int next = 0;
        while (top > 0) {
            int i = stack[--top];
            preIndexOf[i] = next;
            ordered[next] = input.get(i);
            parentIndex[next] = parentOf[i] < 0 ? -1 : preIndexOf[parentOf[i]];
            next++;
            for (int c = childStart[i + 1] - 1; c >= childStart[i]; c--) {
                stack[top++] = children[c];
            }
        }
        return new AreaHierarchy(ordered, parentIndex);
    }

    /**
     * Starts building a hierarchy area by area.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects areas for an {@link AreaHierarchy}; {@link #build()} validates them all together, exactly as
     * {@link AreaHierarchy#of(Collection)} does, and reports all problems.
     *
     * <p>Implementation requirements: this class is mutable and not thread-safe.
     */
    public static final class Builder {
        private final List<Area> areas = new ArrayList<>();

        Builder() {}

        /**
         * Adds an area.
         *
         * @param area the area
         * @return this builder
         */
        public Builder add(Area area) {
            areas.add(requireNonNull(area, "area"));
            return this;
        }

        /**
         * Adds areas, in the collection's iteration order.
         *
         * @param areas the areas
         * @return this builder
         */
        public Builder addAll(Collection<? extends Area> areas) {
            this.areas.addAll(requireNonNull(areas, "areas"));
            return this;
        }

        /**
         * Adds every area of a hierarchy.
         *
         * @param hierarchy the hierarchy
         * @return this builder
         */
        public Builder addAll(AreaHierarchy hierarchy) {
            return addAll(requireNonNull(hierarchy, "hierarchy").areas());
        }

        /**
         * Builds the hierarchy.
         *
         * @return the hierarchy of the areas added
         * @throws org.est4j.core.ValidationException listing every problem, with {@code areas[i]} counting the
         *     areas in the order they were added
         */
        public AreaHierarchy build() {
            return of(areas);
        }
    }

    // ---------------------------------------------------------------------------------------- lookup

    private int require(AreaId id) {
        Integer i = index.get(requireNonNull(id, "id"));
        if (i == null) {
            throw new UnknownReferenceException("area", id.value(), "hierarchy");
        }
        return i;
    }

    /**
     * Returns an area.
     *
     * @param id its id
     * @return the area
     * @throws UnknownReferenceException when no area has that id
     */
    public Area get(AreaId id) {
        return areas[require(id)];
    }

    /**
     * Looks an area up.
     *
     * @param id its id
     * @return the area, or empty when no area has that id
     */
    public Optional<Area> find(AreaId id) {
        Integer i = index.get(requireNonNull(id, "id"));
        return i == null ? Optional.empty() : Optional.of(areas[i]);
    }

    /**
     * Tells whether an area is in the hierarchy.
     *
     * @param id its id
     * @return true when an area has that id
     */
    public boolean contains(AreaId id) {
        return index.containsKey(requireNonNull(id, "id"));
    }

    /**
     * Returns the number of areas.
     *
     * @return the number of areas, 0 for the empty hierarchy
     */
    public int size() {
        return areas.length;
    }

    /**
     * Tells whether the hierarchy has no areas.
     *
     * @return true when {@link #size()} is 0
     */
    public boolean isEmpty() {
        return areas.length == 0;
    }

    /**
     * Returns every area in pre-order: roots sorted by id, each followed by its subtree, children sorted by id.
     * The position of an area in this list is its {@linkplain #indexOf(AreaId) dense index}.
     *
     * @return an unmodifiable list
     */
    public List<Area> areas() {
        return areaList;
    }

    /**
     * Returns the areas of one level, in pre-order. This scans every area: O(n).
     *
     * @param level the level
     * @return an unmodifiable list, empty when no area has that level
     */
    public List<Area> areas(AreaLevel level) {
        requireNonNull(level, "level");
        List<Area> result = new ArrayList<>();
        for (Area a : areas) {
            if (a.level().equals(level)) {
                result.add(a);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Returns the levels that occur, from the top down: breadth first, in order of first appearance (by depth,
     * then in pre-order). For kommun → tätort → område → plats that is exactly that list.
     *
     * @return an unmodifiable list without repetitions
     */
    public List<AreaLevel> levels() {
        return levels;
    }

    /**
     * Returns the roots, the areas without a parent, sorted by id.
     *
     * @return an unmodifiable list
     */
    public List<Area> roots() {
        List<Area> result = new ArrayList<>();
        for (int i = 0; i < areas.length; i = end[i]) {
            result.add(areas[i]);
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Returns the areas directly within an area, sorted by id.
     *
     * @param id the area
     * @return an unmodifiable list, empty for a leaf
     * @throws UnknownReferenceException when no area has that id
     */
    public List<Area> children(AreaId id) {
        int i = require(id);
        List<Area> result = new ArrayList<>();
        for (int c = i + 1; c < end[i]; c = end[c]) {
            result.add(areas[c]);
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * Returns the area an area lies directly within.
     *
     * @param id the area
     * @return its parent, or empty for a root
     * @throws UnknownReferenceException when no area has that id
     */
    public Optional<Area> parent(AreaId id) {
        int p = parent[require(id)];
        return p < 0 ? Optional.empty() : Optional.of(areas[p]);
    }

    /**
     * Returns the areas an area lies within, nearest first: its parent, its parent's parent, …, its root.
     *
     * @param id the area
     * @return an unmodifiable list, empty for a root; the area itself is not included
     * @throws UnknownReferenceException when no area has that id
     */
    public List<Area> ancestors(AreaId id) {
        int i = require(id);
        Area[] result = new Area[depth[i]];
        int k = 0;
        for (int p = parent[i]; p >= 0; p = parent[p]) {
            result[k++] = areas[p];
        }
        return Collections.unmodifiableList(Arrays.asList(result));
    }

    /**
     * Returns every area within an area, at any depth, in pre-order.
     *
     * @param id the area
     * @return an unmodifiable view, empty for a leaf; the area itself is not included
     * @throws UnknownReferenceException when no area has that id
     */
    public List<Area> descendants(AreaId id) {
        int i = require(id);
        return areaList.subList(i + 1, end[i]);
    }

    /**
     * Tells whether one area lies within another, at any depth. An area is not its own ancestor.
     *
     * @param ancestor the supposed ancestor
     * @param descendant the supposed descendant
     * @return true when {@code descendant} lies within {@code ancestor} and is not the same area
     * @throws UnknownReferenceException when either id is not in the hierarchy
     */
    public boolean isAncestorOf(AreaId ancestor, AreaId descendant) {
        int a = require(ancestor);
        int d = require(descendant);
        return a < d && d < end[a];
    }

    /**
     * Returns the deepest area that both areas lie within or are: the area itself when both ids are the same,
     * {@code a} when {@code b} lies within it.
     *
     * @param a one area
     * @param b another area
     * @return the lowest common ancestor-or-self, or empty when the areas are in different trees of the forest
     * @throws UnknownReferenceException when either id is not in the hierarchy
     */
    public Optional<Area> lowestCommonAncestor(AreaId a, AreaId b) {
        int i = require(a);
        int j = require(b);
        while (depth[i] > depth[j]) {
            i = parent[i];
        }
        while (depth[j] > depth[i]) {
            j = parent[j];
        }
        while (i != j && i >= 0) {
            i = parent[i];
            j = parent[j];
        }
        return i < 0 ? Optional.empty() : Optional.of(areas[i]);
    }

    /**
     * Returns how deep an area lies.
     *
     * @param id the area
     * @return 0 for a root, 1 for its children, and so on
     * @throws UnknownReferenceException when no area has that id
     */
    public int depth(AreaId id) {
        return depth[require(id)];
    }

    // ---------------------------------------------------------------------------------------- dense index

    /**
     * Returns the dense index of an area: its position in {@link #areas()}.
     *
     * @param id the area
     * @return 0 to {@code size()-1}, or -1 when no area has that id (this method does not throw)
     */
    public int indexOf(AreaId id) {
        Integer i = index.get(requireNonNull(id, "id"));
        return i == null ? -1 : i;
    }

    /**
     * Returns the id of the area at a dense index.
     *
     * @param index 0 to {@code size()-1}
     * @return the id
     * @throws IndexOutOfBoundsException when the index is out of range
     */
    public AreaId idAt(int index) {
        return areaAt(index).id();
    }

    /**
     * Returns the area at a dense index.
     *
     * @param index 0 to {@code size()-1}
     * @return the area
     * @throws IndexOutOfBoundsException when the index is out of range
     */
    public Area areaAt(int index) {
        return areas[checkIndex(index)];
    }

    /**
     * Returns the dense index of the parent of the area at a dense index.
     *
     * @param index 0 to {@code size()-1}
     * @return the parent's index, always less than {@code index}, or -1 for a root
     * @throws IndexOutOfBoundsException when the index is out of range
     */
    public int parentIndex(int index) {
        return parent[checkIndex(index)];
    }

    /**
     * Returns the dense index just after the subtree of the area at a dense index: its descendants are exactly
     * the indices {@code index+1 … subtreeEnd(index)-1}.
     *
     * @param index 0 to {@code size()-1}
     * @return an index from {@code index+1} to {@code size()}
     * @throws IndexOutOfBoundsException when the index is out of range
     */
    public int subtreeEnd(int index) {
        return end[checkIndex(index)];
    }

    /**
     * Returns the depth of the area at a dense index.
     *
     * @param index 0 to {@code size()-1}
     * @return 0 for a root
     * @throws IndexOutOfBoundsException when the index is out of range
     */
    public int depthAt(int index) {
        return depth[checkIndex(index)];
    }

    /**
     * Returns the parent index of every area, by dense index: element {@code i} is {@link #parentIndex(int)
     * parentIndex(i)}.
     *
     * @return a new array of length {@code size()}, which the caller may change
     */
    public int[] parentIndices() {
        return parent.clone();
    }

    private int checkIndex(int index) {
        if (index < 0 || index >= areas.length) {
            throw new IndexOutOfBoundsException("Area index " + index + " is out of range 0 to " + (areas.length - 1));
        }
        return index;
    }

    // ---------------------------------------------------------------------------------------- derived hierarchies

    /**
     * Returns the subtree of an area as a hierarchy of its own, with that area as its only root. The root is
     * returned without its parent (a hierarchy cannot name an area outside it); every other area is unchanged.
     * O(size of the subtree).
     *
     * @param id the new root
     * @return the area and everything within it
     * @throws UnknownReferenceException when no area has that id
     */
    public AreaHierarchy subtree(AreaId id) {
        int i = require(id);
        int size = end[i] - i;
        Area[] sub = Arrays.copyOfRange(areas, i, end[i]);
        int[] subParent = new int[size];
        if (sub[0].parent().isPresent()) {
            sub[0] = Area.builder().from(sub[0]).parent(Optional.empty()).build();
        }
        subParent[0] = -1;
        for (int k = 1; k < size; k++) {
            subParent[k] = parent[i + k] - i;
        }
        return new AreaHierarchy(sub, subParent);
    }

    /**
     * Returns the hierarchy with one area added, or replacing the area with the same id. The result is
     * validated like a new hierarchy: the problem paths {@code areas[i]} count {@link #areas()} with the area
     * replaced in place, or added at the end.
     *
     * @param area the area to add or replace
     * @return a new hierarchy
     * @throws org.est4j.core.ValidationException when the parent is unknown or the change makes a cycle
     */
    public AreaHierarchy withArea(Area area) {
        requireNonNull(area, "area");
        List<Area> changed = new ArrayList<>(areaList);
        int i = indexOf(area.id());
        if (i >= 0) {
            changed.set(i, area);
        } else {
            changed.add(area);
        }
        return of(changed);
    }

    /**
     * Returns the hierarchy without an area and everything within it. O(n).
     *
     * @param id the area to remove with its subtree
     * @return a new hierarchy
     * @throws UnknownReferenceException when no area has that id
     */
    public AreaHierarchy withoutSubtree(AreaId id) {
        int i = require(id);
        int removed = end[i] - i;
        int n = areas.length - removed;
        Area[] kept = new Area[n];
        int[] keptParent = new int[n];
        System.arraycopy(areas, 0, kept, 0, i);
        System.arraycopy(parent, 0, keptParent, 0, i);
        System.arraycopy(areas, end[i], kept, i, areas.length - end[i]);
        for (int k = i; k < n; k++) {
            int p = parent[k + removed];
            keptParent[k] = p >= end[i] ? p - removed : p;
        }
        return new AreaHierarchy(kept, keptParent);
    }

    // ---------------------------------------------------------------------------------------- text and value

    /**
     * Returns the hierarchy as indented text, one area per line, in pre-order: two spaces per level of depth,
     * then {@code id name (level)}. Lines end with {@code \n}.
     *
     * @return the text, empty for the empty hierarchy
     */
    public String tree() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < areas.length; i++) {
            text.append("  ".repeat(depth[i]))
                    .append(areas[i].id()).append(' ').append(areas[i].name())
                    .append(" (").append(areas[i].level()).append(")\n");
        }
        return text.toString();
    }

    /**
     * Returns a summary: the number of areas, the count per level from the top down, and the roots, such as
     * {@code AreaHierarchy[12 areas: 1 kommun, 3 tatort, 8 omrade; root 0188 Norrtälje]}.
     */
    @Override
    public String toString() {
        if (areas.length == 0) {
            return "AreaHierarchy[empty]";
        }
        Map<AreaLevel, Integer> counts = new LinkedHashMap<>();
        levels.forEach(level -> counts.put(level, 0));
        for (Area a : areas) {
            counts.merge(a.level(), 1, Integer::sum);
        }
        StringJoiner perLevel = new StringJoiner(", ");
        counts.forEach((level, count) -> perLevel.add(count + " " + level));
        List<Area> roots = roots();
        StringJoiner rootNames = new StringJoiner(", ");
        roots.stream().limit(ROOTS_SHOWN).forEach(r -> rootNames.add(r.id() + " " + r.name()));
        String more = roots.size() > ROOTS_SHOWN ? " … (" + (roots.size() - ROOTS_SHOWN) + " more)" : "";
        return "AreaHierarchy[" + areas.length + (areas.length == 1 ? " area: " : " areas: ") + perLevel
                + (roots.size() == 1 ? "; root " : "; roots ") + rootNames + more + "]";
    }

    /**
     * Tells whether another object is a hierarchy of the same areas. Since the order is canonical, that is
     * the same as having equal {@link #areas()}.
     *
     * @param other the object to compare with
     * @return true when it is an equal hierarchy
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof AreaHierarchy && Arrays.equals(((AreaHierarchy) other).areas, areas);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(areas);
    }
}

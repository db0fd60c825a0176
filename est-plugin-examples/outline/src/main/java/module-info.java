/**
 * An example plugin: the area hierarchy provider {@code outline}, areas from an indented text outline, found by
 * est4j on the module path (by the {@code provides} below) and on the class path (by {@code META-INF/services}).
 */
module org.est4j.example.outline {
    requires org.est4j.core;

    provides org.est4j.core.spi.AreaHierarchyProvider with org.est4j.example.outline.OutlineAreasProvider;
}

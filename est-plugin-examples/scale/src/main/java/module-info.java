/**
 * An example plugin: a school's own four-level safety scale, found by est4j through {@code ServiceLoader} on the
 * module path (by the {@code provides} below) and on the class path (by {@code META-INF/services}).
 */
module org.est4j.example.scale {
    requires org.est4j.core;

    provides org.est4j.core.spi.ScaleProvider with org.est4j.example.scale.SchoolScaleProvider;
}

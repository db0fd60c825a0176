package org.est4j.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of est4j, so that every value type reads the same.
 *
 * <p>A value type is an abstract class annotated {@code @Value.Immutable} in a package (or type) annotated
 * {@code @EstStyle}. The generated {@code ImmutableX} stays package-private; the abstract class exposes
 * {@code builder()} and a public {@code Builder} that extends the generated one, so users only ever see
 * {@code X}. Generated code uses the JDK only (no Guava types leak into signatures) and carries no
 * annotation but {@code org.immutables.value.Generated}. Mandatory attributes are checked in each type's
 * {@code @Value.Check} method, which collects <em>all</em> problems into one {@link ValidationException}
 * rather than stopping at the first.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        jdkOnly = true,
        allowedClasspathAnnotations = {org.immutables.value.Generated.class},
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        validationMethod = Value.Style.ValidationMethod.NONE,
        defaults = @Value.Immutable(copy = false))
public @interface EstStyle {}

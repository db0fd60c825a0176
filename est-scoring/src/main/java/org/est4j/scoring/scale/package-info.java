/**
 * The built-in assessment scales ({@link org.est4j.scoring.scale.Scales}): the five-grade EST scale
 * {@code est-5}, the traffic light {@code traffic-light-3} and the police's area classification
 * {@code police-area-4}.
 *
 * <p>The same scales are plugins: est-scoring declares one {@link org.est4j.core.spi.ScaleProvider} for each (in
 * a package that is not exported), so that {@code EstPlugins.global().get(ScaleProvider.class, "est-5")} finds
 * them on the module path and on the class path, and a host can override one by giving its own provider the same
 * id and a higher priority. Code that wants exactly est4j's built-in scale, whatever the host registered, uses
 * this package; code that wants the scale the host chose for an id asks the registry.
 */
package org.est4j.scoring.scale;

/**
 * est-scoring's built-in plugin providers. Not exported: they are found through {@code provides} in
 * {@code module-info.java} and through {@code META-INF/services}, and used through their SPI interfaces only.
 */
package org.est4j.scoring.internal;

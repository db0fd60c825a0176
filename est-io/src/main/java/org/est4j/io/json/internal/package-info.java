/**
 * The codecs behind {@link org.est4j.io.json}: one hand-written writer and reader per est4j type, and the Jackson
 * adapters that install them. This package is internal and not exported; its API may change without notice.
 */
package org.est4j.io.json.internal;

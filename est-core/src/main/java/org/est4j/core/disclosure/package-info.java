/**
 * Feedback and disclosure: visibility of material, audiences, and the policy that decides what each audience may
 * see (visibility filter, small-count suppression, redaction of personal data in free text).
 */
@EstStyle
package org.est4j.core.disclosure;

import org.est4j.core.EstStyle;

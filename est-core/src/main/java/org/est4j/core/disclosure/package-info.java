/**
 * Feedback and disclosure: visibility of material, audiences, and the policy that decides what each audience may
 * see (visibility filter, small-count suppression, redaction of personal data in free text), with the engines that
 * apply it.
 *
 * <ul>
 *   <li>{@link org.est4j.core.disclosure.Disclosure} applies a
 *       {@link org.est4j.core.disclosure.DisclosurePolicy}: {@code allows}, {@code visible}, {@code redact},
 *       {@code suppress}.
 *   <li>{@link org.est4j.core.disclosure.Redactor} replaces personal identity numbers, phone numbers and e-mail
 *       addresses in free text with tokens, and says how many of each it replaced
 *       ({@link org.est4j.core.disclosure.Redaction}), never what. It does not find names.
 *   <li>{@link org.est4j.core.disclosure.CountTable} holds counts by row and column, each possibly a hierarchy,
 *       with every total; {@link org.est4j.core.disclosure.CountTable#suppress(int)} gives the
 *       {@link org.est4j.core.disclosure.SuppressedTable} that may be published: small counts and the cells that
 *       would give them away hidden, checked against an attacker who combines the table's relations;
 *       {@link org.est4j.core.disclosure.SuppressedTable#builder(int)} makes one again from what it publishes (read
 *       from a document, say), refusing small shown counts, cells that do not add up and patterns that attacker
 *       breaks. A table's equality is that of what it publishes, not of the reasons its cells are suppressed.
 * </ul>
 *
 * <p>Decisions where the method is silent: redaction prefers redacting to leaking (a number written like a
 * personnummer with a valid date but a wrong check digit is redacted); zeros are always shown; every suppressed
 * cell carries the same mark, so that the mark does not tell small counts from their complements.
 */
@EstStyle
package org.est4j.core.disclosure;

import org.est4j.core.EstStyle;

/**
 * The EST cycle as one object: {@link org.est4j.core.cycle.EstCycle} holds an EST group's state — areas,
 * categories, actors, reporters, rounds, observations, assessments, measures and follow-ups — and answers the
 * question of each phase, so that a host or a JShell user goes from data to a published report in a few calls.
 */
package org.est4j.core.cycle;

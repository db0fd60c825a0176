package org.est4j.core.mapping;

/**
 * How precisely the one who reported an {@link Observation} knew when it happened. Reporters often know only "in
 * the evening" or only the day; analysis of hours and parts of the day must then leave the observation out rather
 * than count a guess.
 *
 * <table>
 *   <caption>What an observation's time means</caption>
 *   <tr><th>precision</th><th>{@code occurredAt}</th><th>{@code timeOfDay}</th></tr>
 *   <tr><td>{@link #EXACT}</td><td>the time</td><td>the band of that time</td></tr>
 *   <tr><td>{@link #PART_OF_DAY}</td><td>the day; the time is a stand-in</td><td>the band the reporter gave</td></tr>
 *   <tr><td>{@link #DATE}</td><td>the day; the time is a stand-in</td><td>not known; ignore it</td></tr>
 * </table>
 */
public enum TimePrecision {
    /** The time is known (to about the hour). */
    EXACT,
    /** Only the day and the part of the day (night, morning, afternoon, evening) are known. */
    PART_OF_DAY,
    /** Only the day is known. */
    DATE
}

package dev.congkit.widgets.schedule;

import java.time.LocalTime;

/**
 * Part of the day an entry belongs to: Sáng (morning), Chiều (afternoon), Tối (evening).
 *
 * <p>Example:
 * <pre>{@code
 * Session.of(LocalTime.of(14, 0));   // CHIEU (afternoon); SANG before noon, TOI from the evening
 * }</pre>
 */
public enum Session {
    SANG, CHIEU, TOI;

    /** The session a start time falls in: before 12:00 morning, before 18:00 afternoon, else evening. */
    public static Session of(LocalTime start) {
        if (start.isBefore(LocalTime.NOON)) {
            return SANG;
        }
        return start.isBefore(LocalTime.of(18, 0)) ? CHIEU : TOI;
    }
}

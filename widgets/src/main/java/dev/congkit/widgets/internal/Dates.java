package dev.congkit.widgets.internal;

import dev.congkit.core.render.Labels;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese pages write them: "23/11/2026", "Thứ Hai, 23/11/2026", "22:00 ngày 12/12/2026". Internal. */
public final class Dates {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Dates() {
    }

    public static String day(LocalDate date) {
        return date.format(DAY);
    }

    /** "22:00 ngày 12/12/2026" with {@code on} ("ngày", "on"), "22:00 12/12/2026" when it is {@code null}. */
    public static String at(java.time.LocalDateTime time, String on) {
        return time.format(TIME) + " " + (on == null ? "" : on + " ") + day(time.toLocalDate());
    }

    public static String weekday(LocalDate date, Labels labels) {
        return labels.get("day." + date.getDayOfWeek().name()) + ", " + day(date);
    }
}

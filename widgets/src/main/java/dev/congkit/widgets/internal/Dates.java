package dev.congkit.widgets.internal;

import dev.congkit.core.render.Labels;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese pages write them: "23/11/2026", "Thứ Hai, 23/11/2026". Internal. */
public final class Dates {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    public static String day(LocalDate date) {
        return date.format(DAY);
    }

    public static String weekday(LocalDate date, Labels labels) {
        return labels.get("day." + date.getDayOfWeek().name()) + ", " + day(date);
    }
}

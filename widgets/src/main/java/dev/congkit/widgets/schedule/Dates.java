package dev.congkit.widgets.schedule;

import dev.congkit.core.render.Labels;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese schedules write them: "Thứ Hai, 23/11/2026". */
final class Dates {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    static String day(LocalDate date) {
        return date.format(DAY);
    }

    static String weekday(LocalDate date, Labels labels) {
        return labels.get("day." + date.getDayOfWeek().name()) + ", " + day(date);
    }
}

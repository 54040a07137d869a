package dev.congkit.feedback.internal;

import dev.congkit.core.render.RenderContext;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Times as the feedback pages write them: {@code 14:05 ngày 02/12/2026} in Vietnam's time, and ISO for {@code datetime}. */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Dates() {
    }

    public static String text(Instant instant, boolean english) {
        var local = instant.atZone(RenderContext.VIETNAM);
        return TIME.format(local) + (english ? " on " : " ngày ") + DAY.format(local);
    }

    public static String day(Instant instant) {
        return DAY.format(instant.atZone(RenderContext.VIETNAM));
    }

    public static String iso(Instant instant) {
        return instant.atZone(RenderContext.VIETNAM).toOffsetDateTime().withNano(0).toString();
    }
}

package dev.congkit.widgets.schedule;

import dev.congkit.widgets.internal.Dates;
import dev.congkit.core.model.Official;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.widgets.internal.Text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/**
 * The citizen reception schedule ({@code reception-schedule}): sessions from the current month on.
 *
 * <p>Example:
 * <pre>{@code
 * String html = renderer.render(ReceptionScheduleWidget.ID, RenderContext.of(site));
 * // place, regular hours, a table of sessions by month and a link to the .ics file
 * }</pre>
 */
public final class ReceptionScheduleWidget implements Widget {

    public static final String ID = "reception-schedule";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("SCHEDULE-RECEPTION");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        ReceptionSchedule schedule = context.site().section(ReceptionSchedule.SECTION).orElse(null);
        if (schedule == null) {
            return null;
        }
        boolean en = context.isEnglish();
        LocalDate firstOfMonth = context.today().withDayOfMonth(1);
        List<Row> rows = schedule.sessions().stream().filter(s -> !s.date().isBefore(firstOfMonth))
                .sorted(Comparator.comparing(ReceptionSession::date).thenComparing(ReceptionSession::start))
                .map(s -> row(s, context.site(), en, labels, schedule)).toList();
        return new View(en ? Text.first(schedule.placeEn(), schedule.place()) : schedule.place(),
                en ? Text.first(schedule.regularHoursEn(), schedule.regularHours()) : schedule.regularHours(),
                rows, !rows.isEmpty(), schedule.icsPath().value());
    }

    private static Row row(ReceptionSession s, SiteConfig site, boolean en, Labels labels, ReceptionSchedule schedule) {
        String[] who = receiver(s, site, en);
        String time = s.start().format(TIME) + (s.end() == null ? "" : "–" + s.end().format(TIME));
        return new Row(s.date().format(MONTH), who[0], who[1], s.date().toString(), Dates.weekday(s.date(), labels), time,
                s.kind() == ReceptionKind.AD_HOC, s.place() != null, s.place() == null ? "" : s.place(),
                s.note() != null, s.note() == null ? "" : s.note());
    }

    /** The receiving person's name and title. */
    static String[] receiver(ReceptionSession s, SiteConfig site, boolean en) {
        if (s.official() != null) {
            Official o = site.official(s.official()).orElseThrow();
            return new String[] {o.fullName(), en ? Text.first(o.positionEn(), o.position()) : o.position()};
        }
        return new String[] {s.name(), s.title()};
    }

    /**
     * What the template reads.
     *
     * <p>Example:
     * <pre>{@code
     * <p>{{place}}</p><p>{{hours}}</p>{{#hasRows}}<table>{{#rows}}...{{/rows}}</table>{{/hasRows}}<a href="{{icsUrl}}">iCalendar</a>
     * }</pre>
     */
    public record View(String place, String hours, List<Row> rows, boolean hasRows, String icsUrl) {
    }

    /**
     * One session.
     *
     * <p>Example:
     * <pre>{@code
     * {{#rows}}<tr><td><time datetime="{{dateIso}}">{{dateText}}</time> {{time}}</td><td>{{name}}, {{position}}</td></tr>{{/rows}}
     * }</pre>
     */
    public record Row(String month, String name, String position, String dateIso, String dateText, String time,
                      boolean adHoc, boolean hasPlace, String place, boolean hasNote, String note) {
    }
}

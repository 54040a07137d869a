package dev.congkit.widgets.schedule;

import dev.congkit.core.model.Official;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.widgets.internal.ContentLines;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * iCalendar (RFC 5545) files for the schedules: a VTIMEZONE for Asia/Ho_Chi_Minh, local times with
 * TZID, stable UIDs, DTSTAMP from the schedule's update time, SEQUENCE and STATUS:CANCELLED,
 * escaped and folded content lines, CRLF. Calendar applications can subscribe to them.
 *
 * <p>Example:
 * <pre>{@code
 * response.setContentType(ICalendars.MEDIA_TYPE);
 * Labels labels = renderer.labels(LeaderScheduleWidget.ID, RenderContext.VIETNAMESE);
 * String week = ICalendars.leaderSchedule(site, labels, "2026-W48", null);   // BEGIN:VCALENDAR ... VEVENT ...
 * String reception = ICalendars.reception(site, labels);
 * }</pre>
 */
public final class ICalendars {

    public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";
    private static final String TZID = "Asia/Ho_Chi_Minh";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private ICalendars() {
    }

    /** The leaders' schedule: one week ({@code isoWeek}) or all weeks, for all leaders or one. */
    public static String leaderSchedule(SiteConfig site, Labels labels, String isoWeek, String leaderId) {
        LeaderSchedule schedule = site.section(LeaderSchedule.SECTION).orElse(new LeaderSchedule(null, null, null));
        String name = leaderId != null && site.official(leaderId).isPresent()
                ? labels.format("schedule.leaderCalendarName", site.official(leaderId).get().fullName(), site.agency().displayShortName())
                : labels.format("schedule.calendarName", site.agency().displayShortName());
        ContentLines lines = begin(site, name);
        for (ScheduleWeek week : schedule.weeks()) {
            if (isoWeek != null && !week.week().equals(isoWeek)) {
                continue;
            }
            LocalDateTime stamp = week.updated() != null ? week.updated() : week.monday().atStartOfDay();
            Map<String, Integer> slots = new HashMap<>();
            for (ScheduleEntry e : week.entries()) {
                String slot = e.date() + "T" + e.start().format(DateTimeFormatter.ofPattern("HHmm"));
                int ordinal = slots.merge(slot, 1, Integer::sum);
                if (leaderId != null && !leaderId.equals(e.leader())) {
                    continue;
                }
                String uid = (e.id() != null ? e.id() : "lich-lam-viec-" + slot + "-" + ordinal) + "@" + host(site);
                event(lines, site, uid, stamp, e.date(), e.start(), e.end(), e.content(), e.location(), description(e, site, labels),
                        e.sequence(), e.cancelled());
            }
        }
        return lines.raw("END", "VCALENDAR").toString();
    }

    /** The citizen reception schedule. */
    public static String reception(SiteConfig site, Labels labels) {
        ContentLines lines = begin(site, labels.format("reception.calendarName", site.agency().displayShortName()));
        ReceptionSchedule schedule = site.section(ReceptionSchedule.SECTION).orElse(null);
        if (schedule != null) {
            Map<LocalDate, Integer> perDay = new HashMap<>();
            for (ReceptionSession s : schedule.sessions()) {
                int ordinal = perDay.merge(s.date(), 1, Integer::sum);
                String[] who = ReceptionScheduleWidget.receiver(s, site, false);
                String uid = "tiep-cong-dan-" + s.date() + "-" + ordinal + "@" + host(site);
                List<String> details = new ArrayList<>();
                details.add(labels.get("reception.official") + ": " + who[0] + ", " + who[1]);
                if (s.note() != null) {
                    details.add(s.note());
                }
                event(lines, site, uid, s.published().atStartOfDay(), s.date(), s.start(), s.end(), labels.format("reception.eventSummary", who[0]),
                        s.place() != null ? s.place() : schedule.place(), String.join("\n", details), 0, false);
            }
        }
        return lines.raw("END", "VCALENDAR").toString();
    }

    private static ContentLines begin(SiteConfig site, String name) {
        return new ContentLines().raw("BEGIN", "VCALENDAR").raw("VERSION", "2.0")
                .raw("PRODID", "-//CổngKit//CổngKit//VI").raw("CALSCALE", "GREGORIAN").raw("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", name).text("NAME", name).raw("X-WR-TIMEZONE", TZID)
                .raw("REFRESH-INTERVAL;VALUE=DURATION", "PT1H").raw("X-PUBLISHED-TTL", "PT1H")
                .raw("BEGIN", "VTIMEZONE").raw("TZID", TZID)
                .raw("BEGIN", "STANDARD").raw("DTSTART", "19700101T000000").raw("TZOFFSETFROM", "+0700")
                .raw("TZOFFSETTO", "+0700").raw("TZNAME", "+07").raw("END", "STANDARD").raw("END", "VTIMEZONE");
    }

    private static void event(ContentLines lines, SiteConfig site, String uid, LocalDateTime stampLocal, LocalDate date, LocalTime start, LocalTime end,
                              String summary, String location, String description, int sequence, boolean cancelled) {
        lines.raw("BEGIN", "VEVENT").text("UID", uid)
                .raw("DTSTAMP", stampLocal.atZone(RenderContext.VIETNAM).withZoneSameInstant(ZoneOffset.UTC).format(UTC))
                .raw("DTSTART;TZID=" + TZID, date.atTime(start).format(LOCAL))
                // METHOD:PUBLISH (RFC 5546) names the publisher: the agency
                .raw("ORGANIZER;CN=" + ContentLines.quoteParam(site.agency().fullName()), site.agency().email().mailto());
        if (end != null) {
            lines.raw("DTEND;TZID=" + TZID, date.atTime(end).format(LOCAL));
        }
        lines.text("SUMMARY", summary).text("LOCATION", location).text("DESCRIPTION", description.isEmpty() ? null : description)
                .raw("SEQUENCE", String.valueOf(sequence)).raw("STATUS", cancelled ? "CANCELLED" : "CONFIRMED")
                .raw("TRANSP", "OPAQUE").raw("END", "VEVENT");
    }

    private static String description(ScheduleEntry e, SiteConfig site, Labels labels) {
        List<String> parts = new ArrayList<>();
        String chair = e.chair();
        if (e.leader() != null) {
            Official leader = site.official(e.leader()).orElseThrow();
            chair = leader.fullName() + ", " + leader.position();
        }
        add(parts, labels.get("schedule.chair"), chair);
        add(parts, labels.get("schedule.participants"), e.participants());
        add(parts, labels.get("schedule.preparedBy"), e.preparedBy());
        add(parts, labels.get("schedule.notes"), e.notes());
        return String.join("\n", parts);
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null) {
            parts.add(label + ": " + value);
        }
    }

    private static String host(SiteConfig site) {
        String host = site.agency().baseUrl().host();
        return host == null ? "congkit.invalid" : host;
    }
}

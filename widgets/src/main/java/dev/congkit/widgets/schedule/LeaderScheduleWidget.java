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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The leaders' weekly work schedule ({@code leader-schedule}). Parameters: {@code tuan} (ISO week,
 * default the current one) and {@code lanh-dao} (an official's id, to show one leader's entries).
 *
 * <p>Example:
 * <pre>{@code
 * String thisWeek = renderer.render(LeaderScheduleWidget.ID, RenderContext.of(site));
 * String oneLeader = renderer.render(LeaderScheduleWidget.ID, RenderContext.of(site)
 *         .withParam(LeaderScheduleWidget.WEEK_PARAM, "2026-W48")
 *         .withParam(LeaderScheduleWidget.LEADER_PARAM, "nguyen-van-thanh"));
 * }</pre>
 */
public final class LeaderScheduleWidget implements Widget {

    public static final String ID = "leader-schedule";
    public static final String WEEK_PARAM = "tuan";
    public static final String LEADER_PARAM = "lanh-dao";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("SCHEDULE-LEADER", "UPDATE-ON-CHANGE");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        SiteConfig site = context.site();
        LeaderSchedule schedule = site.section(LeaderSchedule.SECTION).orElse(new LeaderSchedule(null, null, null));
        LocalDate today = context.today();
        String isoWeek = context.param(WEEK_PARAM);
        LocalDate monday = isoWeek == null ? null : ScheduleWeek.monday(isoWeek);
        if (monday == null) {
            isoWeek = ScheduleWeek.isoWeek(today);
            monday = ScheduleWeek.monday(isoWeek);
        }
        String leader = context.param(LEADER_PARAM);
        if (leader != null && site.official(leader).isEmpty()) {
            leader = null;
        }
        ScheduleWeek week = schedule.week(isoWeek).orElse(null);
        List<ScheduleEntry> entries = week == null ? List.of() : week.entries();
        String page = schedule.pagePath().value();
        String leaderQuery = leader == null ? "" : "&" + LEADER_PARAM + "=" + leader;
        String previous = ScheduleWeek.isoWeek(monday.minusWeeks(1));
        String next = ScheduleWeek.isoWeek(monday.plusWeeks(1));
        String ics = schedule.icsPath().value();
        return new View(monday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                monday.toString(), Dates.day(monday), monday.plusDays(6).toString(), Dates.day(monday.plusDays(6)),
                week != null && week.note() != null, week == null || week.note() == null ? "" : week.note(),
                week != null && week.approvedBy() != null, week == null || week.approvedBy() == null ? "" : week.approvedBy(),
                week != null && week.updated() != null, week == null || week.updated() == null ? "" : week.updated().toString(),
                week == null || week.updated() == null ? "" : Dates.at(week.updated(), labels.get("schedule.on")),
                page + "?" + WEEK_PARAM + "=" + previous + leaderQuery, page + "?" + WEEK_PARAM + "=" + next + leaderQuery,
                filters(site, entries, page, isoWeek, leader, labels),
                days(entries, leader, site, today, labels, context),
                ics + "?" + WEEK_PARAM + "=" + isoWeek + leaderQuery,
                leader == null ? ics : ics + "?" + LEADER_PARAM + "=" + leader);
    }

    private static List<FilterLink> filters(SiteConfig site, List<ScheduleEntry> entries, String page, String week, String leader, Labels labels) {
        Set<String> leaders = new LinkedHashSet<>();
        entries.stream().map(ScheduleEntry::leader).filter(java.util.Objects::nonNull).forEach(leaders::add);
        List<FilterLink> links = new ArrayList<>();
        if (leaders.isEmpty()) {
            return links;
        }
        links.add(new FilterLink(labels.get("schedule.allLeaders"), page + "?" + WEEK_PARAM + "=" + week, leader == null));
        for (String id : leaders) {
            Official official = site.official(id).orElseThrow();
            links.add(new FilterLink(official.fullName(), page + "?" + WEEK_PARAM + "=" + week + "&" + LEADER_PARAM + "=" + id, id.equals(leader)));
        }
        return links;
    }

    private static List<DayView> days(List<ScheduleEntry> entries, String leader, SiteConfig site, LocalDate today, Labels labels,
                                      RenderContext context) {
        Map<LocalDate, List<ScheduleEntry>> byDay = new TreeMap<>();
        entries.stream().filter(e -> leader == null || leader.equals(e.leader()))
                .sorted(Comparator.comparing(ScheduleEntry::date).thenComparing(ScheduleEntry::start))
                .forEach(e -> byDay.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e));
        List<DayView> days = new ArrayList<>();
        byDay.forEach((date, list) -> days.add(new DayView(date.toString(), Dates.weekday(date, labels), date.equals(today),
                list.stream().map(e -> entry(e, site, labels, context)).toList())));
        return days;
    }

    private static EntryView entry(ScheduleEntry e, SiteConfig site, Labels labels, RenderContext context) {
        String chair = e.chair();
        if (e.leader() != null) {
            Official official = site.official(e.leader()).orElseThrow();
            String position = context.isEnglish() ? Text.first(official.positionEn(), official.position()) : official.position();
            chair = official.fullName() + ", " + position;
        }
        String time = e.start().format(TIME) + (e.end() == null ? "" : "–" + e.end().format(TIME));
        return new EntryView(labels.get("session." + e.session().name()), e.date() + "T" + e.start().format(TIME), time,
                e.content(), e.cancelled(), e.changed() && !e.cancelled(), nonNull(chair), nonNull(e.participants()),
                nonNull(e.location()), nonNull(e.preparedBy()), nonNull(e.notes()));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    /**
     * What the template reads.
     *
     * <p>Example:
     * <pre>{@code
     * <h2>{{msg.schedule.title}} {{number}}: <time datetime="{{fromIso}}">{{fromText}}</time> – <time datetime="{{toIso}}">{{toText}}</time></h2>
     * }</pre>
     */
    public record View(int number, String fromIso, String fromText, String toIso, String toText,
                       boolean hasNote, String note, boolean hasApproved, String approvedBy,
                       boolean hasUpdated, String updatedIso, String updatedText,
                       String previousUrl, String nextUrl, List<FilterLink> leaders, List<DayView> days,
                       String icsWeekUrl, String icsFeedUrl) {

        public boolean hasLeaders() {
            return !leaders.isEmpty();
        }

        public boolean hasDays() {
            return !days.isEmpty();
        }
    }

    /**
     * A leader filter link.
     *
     * <p>Example:
     * <pre>{@code
     * {{#leaders}}<a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/leaders}}
     * }</pre>
     */
    public record FilterLink(String label, String url, boolean current) {
    }

    /**
     * The entries of one day.
     *
     * <p>Example:
     * <pre>{@code
     * {{#days}}<h3><time datetime="{{iso}}">{{text}}</time></h3>{{#entries}}...{{/entries}}{{/days}}
     * }</pre>
     */
    public record DayView(String iso, String text, boolean today, List<EntryView> entries) {
    }

    /**
     * One row.
     *
     * <p>Example:
     * <pre>{@code
     * {{#entries}}<tr><td><time datetime="{{startIso}}">{{time}}</time></td><td>{{content}}</td></tr>{{/entries}}
     * }</pre>
     */
    public record EntryView(String session, String startIso, String time, String content, boolean cancelled, boolean changed,
                            String chair, String participants, String location, String preparedBy, String notes) {
    }
}

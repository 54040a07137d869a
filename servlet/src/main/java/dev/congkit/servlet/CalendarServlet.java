package dev.congkit.servlet;

import dev.congkit.core.source.SiteData;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.Labels;
import dev.congkit.core.render.Locales;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.servlet.internal.ContextSetup;
import dev.congkit.servlet.internal.Fragment;
import dev.congkit.servlet.internal.Responses;
import dev.congkit.widgets.schedule.ICalendars;
import dev.congkit.widgets.schedule.LeaderScheduleWidget;
import dev.congkit.widgets.schedule.ReceptionScheduleWidget;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Serves the schedules as iCalendar files that calendar applications can subscribe to:
 * {@link #leaders} at {@code /lich-lam-viec.ics} ({@code ?tuan=2026-W48} for one week,
 * {@code ?lanh-dao=ID} for one leader) and {@link #reception} at {@code /lich-tiep-cong-dan.ics}.
 *
 * <p>Example:
 * <pre>{@code
 * // in a ServletContextListener or an initializer (servlet is a jakarta.servlet.ServletContext)
 * servlet.addServlet("leader-ics", CalendarServlet.leaders(resolver, renderer)).addMapping("/lich-lam-viec.ics");
 * servlet.addServlet("reception-ics", CalendarServlet.reception(resolver, renderer)).addMapping("/lich-tiep-cong-dan.ics");
 * // GET /lich-lam-viec.ics?tuan=2026-W48&lanh-dao=nguyen-van-thanh gives one leader's week
 * }</pre>
 */
public class CalendarServlet extends SiteServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern WEEK = Pattern.compile("[0-9]{4}-W[0-9]{2}");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Init parameter choosing the calendar when the servlet is declared in web.xml: {@code leaders} or {@code reception}. */
    public static final String CALENDAR_PARAM = "congkit.calendar";

    private transient WidgetRenderer renderer;
    private boolean leaderSchedule;

    /**
     * For web.xml: the calendar comes from the {@value #CALENDAR_PARAM} init parameter, the site from
     * the {@code congkit.site} init parameter, else the context parameter.
     */
    public CalendarServlet() {
        this(null, null, true);
    }

    private CalendarServlet(SiteResolver resolver, WidgetRenderer renderer, boolean leaderSchedule) {
        super(resolver);
        this.renderer = renderer;
        this.leaderSchedule = leaderSchedule;
    }

    /** The leaders' work schedule. */
    public static CalendarServlet leaders(SiteResolver resolver, WidgetRenderer renderer) {
        return new CalendarServlet(resolver, renderer, true);
    }

    /** The citizen reception schedule. */
    public static CalendarServlet reception(SiteResolver resolver, WidgetRenderer renderer) {
        return new CalendarServlet(resolver, renderer, false);
    }

    @Override
    public void init() throws ServletException {
        if (renderer != null) {
            return;
        }
        leaderSchedule = initChoice(CALENDAR_PARAM, "leaders", "reception");
        renderer = ContextSetup.renderer(getServletContext());
        super.init();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteData data = site(request, response);
        if (data == null) {
            return;
        }
        SiteConfig site = data.site();
        String week = request.getParameter(LeaderScheduleWidget.WEEK_PARAM);
        String leader = request.getParameter(LeaderScheduleWidget.LEADER_PARAM);
        if (week != null && !WEEK.matcher(week).matches()) {
            Responses.plain(response, HttpServletResponse.SC_NOT_FOUND, LeaderScheduleWidget.WEEK_PARAM + ": must be an ISO week such as 2026-W48");
            return;
        }
        if (leader != null && (!ID.matcher(leader).matches() || site.official(leader).isEmpty())) {
            Responses.plain(response, HttpServletResponse.SC_NOT_FOUND, LeaderScheduleWidget.LEADER_PARAM + ": must be the id of one of the officials");
            return;
        }
        String widget = leaderSchedule ? LeaderScheduleWidget.ID : ReceptionScheduleWidget.ID;
        Labels labels = renderer.labels(widget, Locales.fromTag(request.getParameter("lang")));
        String body = leaderSchedule ? ICalendars.leaderSchedule(site, labels, week, leader) : ICalendars.reception(site, labels);
        response.setHeader("Content-Disposition", "inline; filename=\"" + (leaderSchedule ? "lich-lam-viec.ics" : "lich-tiep-cong-dan.ics") + "\"");
        Responses.send(request, response, Fragment.of(body), ICalendars.MEDIA_TYPE, "public, max-age=300");
    }
}

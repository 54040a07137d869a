package dev.congkit.feedback;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.Pagination;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.core.source.SiteData;
import dev.congkit.servlet.CsrfTokens;
import dev.congkit.feedback.internal.Dates;
import dev.congkit.feedback.internal.Hosts;
import dev.congkit.feedback.internal.Pages;
import dev.congkit.feedback.internal.Requests;
import dev.congkit.servlet.SiteResolver;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The staff's side, minimal but real, behind a {@link FeedbackAuthorizer}: the list of received
 * messages, one message with its personal data and file, a form to set its status with the answer
 * (or the reason, or the body it went to), publishing an answered one in the public Q&amp;A under a
 * question reworded without personal data, and the ratings report by month (HTML and CSV).
 * Mapped below the form, e.g. {@code /lien-he-gop-y/quan-ly/*}; every change needs the session's
 * CSRF token; nothing here is cached.
 *
 * <p>Example:
 * <pre>{@code
 * FeedbackStaffServlet staff = new FeedbackStaffServlet(resolver, messages, ratings,
 *         request -> request.isUserInRole("tiep-nhan-phan-anh"), PageLayout.standalone(), clock);
 * context.addServlet("feedback-staff", staff).addMapping("/lien-he-gop-y/quan-ly/*");
 * }</pre>
 */
public class FeedbackStaffServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;
    private static final String REPORT = "/danh-gia";

    private final transient SiteResolver sites;
    private final transient FeedbackStore store;
    private final transient RatingStore ratings;
    private final transient FeedbackAuthorizer authorizer;
    private final transient Clock clock;
    private final transient Pages pages;

    /** @param ratings the ratings for the report, or {@code null} for none */
    public FeedbackStaffServlet(SiteResolver sites, FeedbackStore store, RatingStore ratings, FeedbackAuthorizer authorizer, PageLayout layout,
                                Clock clock) {
        this.sites = Objects.requireNonNull(sites, "sites");
        this.store = Objects.requireNonNull(store, "store");
        this.ratings = ratings;
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pages = new Pages(WidgetRenderer.builder().widgets(List.of(Widget.of("feedback-inbox", "dev/congkit/feedback/", "dev.congkit.feedback.messages", this::inbox),
                Widget.of("feedback-message", "dev/congkit/feedback/", "dev.congkit.feedback.messages", this::message), Widget.of("rating-report", "dev/congkit/feedback/", "dev.congkit.feedback.messages", this::report))).build(),
                Objects.requireNonNull(layout, "layout"));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteData data = allowed(request, response);
        if (data == null) {
            return;
        }
        String below = Requests.below(request);
        RenderContext context = Requests.context(request, data, clock);
        Map<String, String> params = new TreeMap<>();
        if (below.isEmpty()) {
            Requests.copy(request, params, "trang", 6);
            pages.write(request, response, HttpServletResponse.SC_OK, context.withParams(params), "staff.inbox", "feedback-inbox");
        } else if (below.equals(REPORT) || below.equals(REPORT + ".csv")) {
            YearMonth month = month(request.getParameter("thang"));
            if (below.endsWith(".csv") && ratings != null) {
                csv(response, Hosts.of(data.site()), month);
                return;
            }
            params.put("thang", month.toString());
            pages.write(request, response, HttpServletResponse.SC_OK, context.withPath(Requests.base(request) + REPORT).withParams(params), "staff.report",
                    "rating-report");
        } else {
            Optional<TrackingCode> code = TrackingCode.parse(below.substring(1).replaceFirst("/tep$", ""));
            Optional<FeedbackMessage> message = code.flatMap(c -> store.message(Hosts.of(data.site()), c));
            if (message.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else if (below.endsWith("/tep")) {
                file(response, Hosts.of(data.site()), code.get());
            } else {
                params.put("ma", code.get().value());
                params.put("csrf", CsrfTokens.token(request));
                Requests.copy(request, params, "da-luu", 1);
                Requests.copy(request, params, "loi", 16);
                pages.write(request, response, HttpServletResponse.SC_OK, context.withParams(params), "staff.inbox", "feedback-message");
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SiteData data = allowed(request, response);
        if (data == null) {
            return;
        }
        String below = Requests.below(request);
        String list = request.getContextPath() + Requests.base(request);
        if (below.isEmpty()) {
            redirect(response, list);   // a log-in form posts here; the authoriser has let it in
            return;
        }
        Optional<TrackingCode> code = TrackingCode.parse(below.substring(1));
        String host = Hosts.of(data.site());
        if (code.isEmpty() || store.message(host, code.get()).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!CsrfTokens.valid(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Biểu mẫu đã hết hạn (CSRF token): xin tải lại trang rồi lưu lại.\n");
            return;
        }
        String page = list + "/" + code.get().value();
        if ("dang".equals(request.getParameter("viec"))) {
            store.publish(host, code.get(), request.getParameter("cau-hoi"));
            redirect(response, page + "?da-luu=1");
            return;
        }
        FeedbackStatus status;
        try {
            status = FeedbackStatus.valueOf(String.valueOf(request.getParameter("trang-thai")));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            store.update(host, code.get(), status, request.getParameter("ghi-chu"));
            redirect(response, page + "?da-luu=1");
        } catch (IllegalArgumentException noNote) {
            redirect(response, page + "?loi=ghi-chu&trang-thai=" + status.name());
        }
    }

    private SiteData allowed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteData data = sites.resolve(request);
        if (data == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return null;
        }
        if (!authorizer.mayManage(request)) {
            pages.message(request, response, HttpServletResponse.SC_FORBIDDEN, Requests.context(request, data, clock), "staff.inbox", "staff.forbidden", null, null);
            return null;
        }
        return data;
    }

    private Object inbox(RenderContext context, Labels labels) {
        String host = Hosts.of(context.site());
        int total = store.count(host);
        Pagination pagination = Pagination.of(total, PAGE_SIZE, number(context.param("trang")),
                n -> n == 1 ? context.path() : context.path() + "?trang=" + n);
        List<Row> rows = store.received(host, (pagination.current() - 1) * PAGE_SIZE, PAGE_SIZE).stream().map(m -> new Row(m.code().value(),
                context.path() + "/" + m.code().value(), Dates.iso(m.receivedAt()), Dates.text(m.receivedAt(), context.isEnglish()),
                sender(m.submission()), m.submission().subject(), labels.get(m.status().labelKey()), m.published())).toList();
        return new InboxView(labels.format("staff.count", total), rows, pagination,
                ratings == null ? null : context.path() + REPORT);
    }

    private Object message(RenderContext context, Labels labels) {
        String host = Hosts.of(context.site());
        FeedbackMessage m = store.message(host, new TrackingCode(context.param("ma"))).orElseThrow();
        String list = context.path();
        List<StatusChoice> choices = Arrays.stream(FeedbackStatus.values())
                .map(s -> new StatusChoice(s.name(), labels.get(s.labelKey()), s == m.status())).toList();
        return new MessageView(m, list, list + "/" + m.code().value(), m.fileName() == null ? null : list + "/" + m.code().value() + "/tep",
                Dates.text(m.receivedAt(), context.isEnglish()), Dates.iso(m.receivedAt()), labels.get(m.status().labelKey()),
                List.of(m.submission().message().split("\n")), choices, context.param("csrf"), "1".equals(context.param("da-luu")),
                "ghi-chu".equals(context.param("loi")), m.status() == FeedbackStatus.ANSWERED,
                m.publicQuestion() != null ? m.publicQuestion() : m.submission().message());
    }

    private Object report(RenderContext context, Labels labels) {
        YearMonth month = YearMonth.parse(context.param("thang"));
        List<RatingSummary> summaries = ratings == null ? List.of() : ratings.summaries(Hosts.of(context.site()), month);
        int count = summaries.stream().mapToInt(RatingSummary::count).sum();
        double sum = summaries.stream().mapToDouble(s -> s.average() * s.count()).sum();
        String average = String.format(Locale.ROOT, "%.1f", count == 0 ? 0 : sum / count);
        String monthText = String.format("%02d/%d", month.getMonthValue(), month.getYear());
        return new ReportView(context.path(), month.toString(), summaries.stream().map(s -> new ReportRow(s.path(), s.count(),
                context.isEnglish() ? s.averageText().replace(',', '.') : s.averageText(), s.byScore(), s.comments())).toList(),
                labels.format("staff.reportNone", monthText), labels.format("staff.reportTotal", count, summaries.size(),
                context.isEnglish() ? average : average.replace('.', ',')), context.path() + ".csv?thang=" + month);
    }

    private void csv(HttpServletResponse response, String host, YearMonth month) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"danh-gia-" + month + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.write('\uFEFF');   // Excel reads UTF-8 only with the byte-order mark
        out.write("thang,trang,so_danh_gia,diem_trung_binh,diem_1,diem_2,diem_3,diem_4,diem_5,so_gop_y\r\n");
        for (RatingSummary s : ratings.summaries(host, month)) {
            out.write(month + "," + csvCell(s.path()) + "," + s.count() + "," + String.format(Locale.ROOT, "%.2f", s.average()));
            for (int n : s.byScore()) {
                out.write("," + n);
            }
            out.write("," + s.comments() + "\r\n");
        }
    }

    private void file(HttpServletResponse response, String host, TrackingCode code) throws IOException {
        Optional<FeedbackFile> file = store.file(host, code);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.get().contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.get().fileName().replaceAll("[^A-Za-z0-9.-]", "_") + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setContentLength(file.get().size());
        response.getOutputStream().write(file.get().bytes());
    }

    private YearMonth month(String text) {
        try {
            return text != null && text.matches("\\d{4}-\\d{2}") ? YearMonth.parse(text) : YearMonth.now(clock.withZone(RenderContext.VIETNAM));
        } catch (DateTimeParseException e) {
            return YearMonth.now(clock.withZone(RenderContext.VIETNAM));
        }
    }

    private static String sender(FeedbackSubmission s) {
        return String.join(" · ", java.util.stream.Stream.of(s.name(), s.phone(), s.email()).filter(t -> !t.isEmpty()).toList());
    }

    private static String csvCell(String text) {
        String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }




    private static int number(String text) {
        return text != null && text.matches("[0-9]{1,6}") ? Integer.parseInt(text) : 1;
    }


    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }

    /**
     * The list of messages.
     *
     * <p>Example:
     * <pre>{@code
     * {{#rows}}<tr><td><a href="{{url}}">{{code}}</a></td><td>{{subject}}</td><td>{{status}}</td></tr>{{/rows}}
     * }</pre>
     */
    public record InboxView(String count, List<Row> rows, Pagination pagination, String reportPath) {
        public boolean hasRows() {
            return !rows.isEmpty();
        }
    }

    /**
     * One message in the list.
     *
     * <p>Example:
     * <pre>{@code
     * <a href="{{url}}">{{code}}</a> {{sender}} {{subject}} {{status}}
     * }</pre>
     */
    public record Row(String code, String url, String receivedIso, String receivedText, String sender, String subject, String status,
                      boolean published) {
    }

    /**
     * One message and its forms.
     *
     * <p>Example:
     * <pre>{@code
     * {{#message.submission}}{{name}} {{phone}} {{email}}{{/message.submission}}
     * }</pre>
     */
    public record MessageView(FeedbackMessage message, String listPath, String action, String filePath, String receivedText, String receivedIso,
                              String status, List<String> messageLines, List<StatusChoice> statuses, String csrf, boolean saved,
                              boolean noteMissing, boolean answered, String publicQuestionDraft) {
    }

    /**
     * A status to choose in the staff's form.
     *
     * <p>Example:
     * <pre>{@code
     * {{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}
     * }</pre>
     */
    public record StatusChoice(String value, String label, boolean selected) {
    }

    /**
     * The ratings report of a month.
     *
     * <p>Example:
     * <pre>{@code
     * {{#rows}}<tr><td>{{path}}</td><td>{{count}}</td><td>{{average}}</td></tr>{{/rows}}
     * }</pre>
     */
    public record ReportView(String action, String month, List<ReportRow> rows, String none, String total, String csvPath) {
        public boolean hasRows() {
            return !rows.isEmpty();
        }
    }

    /**
     * One page's ratings in the report.
     *
     * <p>Example:
     * <pre>{@code
     * {{#byScore}}<td>{{.}}</td>{{/byScore}}
     * }</pre>
     */
    public record ReportRow(String path, int count, String average, List<Integer> byScore, int comments) {
    }

    /** The address of a month's report below {@code staffPath}, e.g. {@code /lien-he-gop-y/quan-ly/danh-gia?thang=2026-12}. */
    public static String reportPath(String staffPath, YearMonth month) {
        return staffPath + REPORT + "?thang=" + URLEncoder.encode(month.toString(), StandardCharsets.UTF_8);
    }
}

package dev.congkit.feedback;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.Locales;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.core.source.SiteData;
import dev.congkit.feedback.internal.Attachments;
import dev.congkit.servlet.CsrfTokens;
import dev.congkit.feedback.internal.Dates;
import dev.congkit.feedback.internal.Hosts;
import dev.congkit.feedback.internal.Pages;
import dev.congkit.feedback.internal.Requests;
import dev.congkit.image.ImageResizer;
import dev.congkit.servlet.SiteResolver;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The citizens' side of "Liên hệ – góp ý" (FEEDBACK-FUNCTION), mapped at a page and below it
 * ({@code /lien-he-gop-y} and {@code /lien-he-gop-y/*}): the form (GET), taking a message (POST), the
 * status page by tracking code ({@code /tra-cuu?ma=PA-…}) and the public questions and answers
 * ({@code /hoi-dap}). A post is refused with 429 past the per-address limit, with 403 without the
 * session's CSRF token, silently when the honeypot is filled; a form with problems comes back with
 * each next to its field and everything typed kept (400); a taken message leads to its status page
 * with the code ({@code Mã phản ánh: PA-7K3M9Q}). Personal data goes to the sink and nowhere else:
 * not into a URL, a log line or a cache.
 *
 * <p>Example:
 * <pre>{@code
 * FeedbackStore messages = FeedbackStore.on(siteStore);
 * FeedbackServlet feedback = new FeedbackServlet(resolver, messages, messages, PageLayout.standalone(), FeedbackOptions.defaults(), clock);
 * ServletRegistration.Dynamic registration = context.addServlet("feedback", feedback);
 * registration.setMultipartConfig(FeedbackServlet.multipartConfig(FeedbackOptions.defaults()));
 * registration.addMapping("/lien-he-gop-y", "/lien-he-gop-y/*");
 * }</pre>
 */
public class FeedbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The status page, below the form's path. */
    public static final String STATUS = "/tra-cuu";
    /** The public questions and answers, below the form's path. */
    public static final String QUESTIONS = "/hoi-dap";
    private static final long PURGE_EVERY = Duration.ofHours(1).toMillis();

    private final transient SiteResolver sites;
    private final transient FeedbackSink sink;
    private final transient FeedbackStore store;
    private final transient FeedbackOptions options;
    private final transient Clock clock;
    private final transient RateLimiter posts;
    private final transient RateLimiter lookups;
    private final transient Attachments attachments;
    private final transient Pages pages;
    private final transient AtomicLong nextPurge = new AtomicLong();

    /**
     * @param sink   where messages go and where the status page asks
     * @param store  the public questions and the retention clean-up, or {@code null} when the sink is elsewhere (no Q&amp;A page then)
     * @param layout the portal's page around the form
     */
    public FeedbackServlet(SiteResolver sites, FeedbackSink sink, FeedbackStore store, PageLayout layout, FeedbackOptions options, Clock clock) {
        this.sites = Objects.requireNonNull(sites, "sites");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.store = store;
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.posts = new RateLimiter(options.postsPerMinute(), Duration.ofMinutes(1), clock);
        this.lookups = new RateLimiter(options.lookupsPerMinute(), Duration.ofMinutes(1), clock);
        this.attachments = new Attachments(ImageResizer.create(), options.maxFileBytes());
        this.pages = new Pages(WidgetRenderer.builder().widgets(List.of(new FeedbackFormWidget(),
                Widget.of("feedback-status", "dev/congkit/feedback/", "dev.congkit.feedback.messages", this::status), Widget.of("feedback-questions", "dev/congkit/feedback/", "dev.congkit.feedback.messages", this::questions))).build(),
                Objects.requireNonNull(layout, "layout"));
    }

    /**
     * The multipart limits to register the servlet with. A file up to four times the allowed size is
     * still read, so that the form can say it is too large and keep what was typed; a larger request
     * is cut off by the container.
     */
    public static MultipartConfigElement multipartConfig(FeedbackOptions options) {
        long file = Math.min(options.maxFileBytes() * 4, 64L << 20);
        return new MultipartConfigElement(null, file, file + (1L << 20), 256 * 1024);
    }

    /** The session's CSRF token, for a vendor who renders {@link FeedbackFormWidget} in a page of their own. */
    public static String csrfToken(HttpServletRequest request) {
        return CsrfTokens.token(request);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteData data = sites.resolve(request);
        if (data == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        purgeNowAndThen();
        RenderContext context = Requests.context(request, data, clock);
        try {
            show(request, response, context);
        } catch (FeedbackException e) {
            log("feedback: " + e.getMessage());
            pages.message(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, context, "feedback.pageTitle", "feedback.error.unavailable",
                    null, null);
        }
    }

    private void show(HttpServletRequest request, HttpServletResponse response, RenderContext context) throws IOException {
        String below = Requests.below(request);
        if (below.isEmpty()) {
            form(request, response, context, Map.of(), HttpServletResponse.SC_OK);
        } else if (below.equals(STATUS)) {
            if (request.getParameter("ma") != null && !lookups.allow(request.getRemoteAddr())) {
                tooMany(request, response, context);
                return;
            }
            Map<String, String> params = new TreeMap<>();
            Requests.copy(request, params, "ma", 32);
            Requests.copy(request, params, "moi", 1);
            pages.write(request, response, HttpServletResponse.SC_OK, context.withPath(Requests.base(request) + STATUS).withParams(params),
                    "feedback.lookup", "feedback-status");
        } else if (below.equals(QUESTIONS) && store != null) {
            pages.write(request, response, HttpServletResponse.SC_OK, context.withPath(Requests.base(request) + QUESTIONS), "feedback.questions",
                    "feedback-questions");
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // browsers send a form's fields in the page's encoding without naming it: UTF-8 on every CổngKit page
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SiteData data = sites.resolve(request);
        if (data == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!Requests.below(request).isEmpty()) {
            response.setHeader("Allow", "GET");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        // the limit and the size come before the body is read: the language from the address alone (the form posts to ?lang=en)
        RenderContext plain = RenderContext.of(data.site()).withClock(clock).withPath(Requests.base(request))
                .withLocale(Locales.fromTag(englishAddress(request) ? "en" : "vi"));
        if (!posts.allow(request.getRemoteAddr())) {
            tooMany(request, response, plain);
            return;
        }
        Part file;
        try {
            file = multipart(request) ? request.getPart(FeedbackField.FILE.param()) : null;
        } catch (IllegalStateException | ServletException tooLarge) {
            pages.message(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, plain, "feedback.title",
                    "feedback.error.tooLarge", formPath(request, plain), "feedback.backToForm");
            return;
        }
        RenderContext context = Requests.context(request, data, clock);   // now that the body is read, its lang field counts
        if (!CsrfTokens.valid(request)) {
            pages.message(request, response, HttpServletResponse.SC_FORBIDDEN, context, "feedback.title", "feedback.forbidden",
                    formPath(request, context), "feedback.backToForm");
            return;
        }
        String trap = request.getParameter(FeedbackFormWidget.HONEYPOT);
        if (trap != null && !trap.isEmpty()) {
            // a robot filled the field people never see: it is thanked, and nothing is kept
            pages.message(request, response, HttpServletResponse.SC_OK, context, "feedback.sent", "feedback.thanks", formPath(request, context),
                    "feedback.backToForm");
            return;
        }
        FeedbackSubmission submission = FeedbackSubmission.from(request::getParameter);
        boolean fileSent = file != null && (file.getSize() > 0 || (file.getSubmittedFileName() != null && !file.getSubmittedFileName().isEmpty()));
        FeedbackFile checked = null;
        String fileProblem = null;
        if (fileSent && file.getSize() > options.maxFileBytes()) {
            fileProblem = "size";
        } else if (fileSent && submission.problems().isEmpty()) {
            try (InputStream in = file.getInputStream()) {
                checked = attachments.check(file.getSubmittedFileName(), in.readAllBytes());
            } catch (Attachments.Refused refused) {
                fileProblem = refused.reason();
            }
        }
        if (!submission.problems().isEmpty() || fileProblem != null) {
            Map<String, String> params = refill(submission);
            params.put("kiem-tra", "1");
            if (fileProblem != null || fileSent) {
                params.put("loi-tep", fileProblem != null ? fileProblem : "again");
            }
            form(request, response, context, params, HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        TrackingCode code;
        try {
            code = sink.submit(Hosts.of(data.site()), submission, checked);
        } catch (FeedbackException e) {
            log("feedback: a message could not be kept: " + e.getMessage());
            Map<String, String> params = refill(submission);
            params.put("loi", "unavailable");
            form(request, response, context, params, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + Requests.base(request) + STATUS + "?ma=" + code.value() + "&moi=1"
                + (context.isEnglish() ? "&lang=en" : ""));
    }

    private void form(HttpServletRequest request, HttpServletResponse response, RenderContext context, Map<String, String> values, int status)
            throws IOException {
        Map<String, String> params = new TreeMap<>(values);
        params.put("csrf", CsrfTokens.token(request));
        params.put("action", request.getContextPath() + Requests.base(request) + (context.isEnglish() ? "?lang=en" : ""));
        params.put("tep-mb", String.valueOf(options.maxFileMegabytes()));
        params.put("luu-ngay", String.valueOf(options.retention().toDays()));
        params.put("khieu-nai", request.getContextPath() + options.complaintsPath());
        pages.write(request, response, status, context.withParams(params), "feedback.pageTitle", FeedbackFormWidget.ID, "feedback-status");
    }

    private void tooMany(HttpServletRequest request, HttpServletResponse response, RenderContext context) throws IOException {
        response.setHeader("Retry-After", "60");
        pages.message(request, response, 429, context, "feedback.tooManyTitle", "feedback.tooMany", formPath(request, context), "feedback.backToForm");
    }

    /** The form's address, in the page's language, for the link back from a refusal. */
    private static String formPath(HttpServletRequest request, RenderContext context) {
        return request.getContextPath() + Requests.base(request) + (context.isEnglish() ? "?lang=en" : "");
    }

    /** The status block: the look-up form, and the message's progress when a code is given. */
    private Object status(RenderContext context, Labels labels) {
        String given = context.param("ma");
        String path = context.path().endsWith(STATUS) ? context.path() : context.path() + STATUS;
        Optional<TrackingCode> code = TrackingCode.parse(given);
        Progress found = null;
        if (code.isPresent()) {
            found = sink.progress(Hosts.of(context.site()), code.get()).map(p -> progress(p, context, labels)).orElse(null);
        }
        String problem = given == null || given.isBlank() ? null : code.isEmpty() ? labels.get("feedback.lookupBadCode")
                : found == null ? labels.format("feedback.lookupNotFound", code.get().value()) : null;
        boolean fresh = found != null && "1".equals(context.param("moi"));
        String base = path.substring(0, path.length() - STATUS.length());
        return new StatusView(path, code.map(TrackingCode::value).orElse(given == null ? "" : given), context.isEnglish(), fresh, found, problem,
                store != null ? base + QUESTIONS + (context.isEnglish() ? "?lang=en" : "") : null,
                base.isEmpty() ? "/" : base + (context.isEnglish() ? "?lang=en" : ""), context.path().endsWith(STATUS));
    }

    private static Progress progress(FeedbackProgress p, RenderContext context, Labels labels) {
        String noteLabel = p.note() == null ? null : switch (p.status()) {
            case ANSWERED -> labels.get("feedback.answer");
            case NOT_ACCEPTED -> labels.get("feedback.reason");
            case FORWARDED -> labels.get("feedback.forwardedTo");
            default -> null;
        };
        return new Progress(p.code().value(), Dates.iso(p.receivedAt()), Dates.text(p.receivedAt(), context.isEnglish()),
                labels.get(p.status().labelKey()), p.status().name().toLowerCase(Locale.ROOT).replace('_', '-'), noteLabel,
                p.note() == null ? null : List.of(p.note().split("\n")), Dates.iso(p.updatedAt()), Dates.text(p.updatedAt(), context.isEnglish()));
    }

    private Object questions(RenderContext context, Labels labels) {
        List<Question> items = store.questions(Hosts.of(context.site())).stream()
                .map(q -> new Question(List.of(q.question().split("\n")), List.of(q.answer().split("\n")), Dates.iso(q.answeredAt()), Dates.day(q.answeredAt())))
                .toList();
        return new QuestionsView(items);
    }

    /**
     * The status block as its template reads it.
     *
     * <p>Example:
     * <pre>{@code
     * {{#found}}<p>Mã phản ánh: <strong>{{code}}</strong></p><p>{{statusLabel}}</p>{{/found}}
     * }</pre>
     */
    public record StatusView(String action, String given, boolean english, boolean fresh, Progress found, String problem, String questionsPath,
                             String formPath, boolean onStatusPage) {
    }

    /**
     * A message's progress as shown: its code, times, status and note in lines.
     *
     * <p>Example:
     * <pre>{@code
     * <dd class="ck-feedback-status__status--{{statusKey}}">{{statusLabel}}</dd>
     * }</pre>
     */
    public record Progress(String code, String receivedIso, String receivedText, String statusLabel, String statusKey, String noteLabel,
                           List<String> noteLines, String updatedIso, String updatedText) {
    }

    /**
     * The published questions and answers.
     *
     * <p>Example:
     * <pre>{@code
     * {{#items}}<article>{{#questionLines}}<p>{{.}}</p>{{/questionLines}}</article>{{/items}}
     * }</pre>
     */
    public record QuestionsView(List<Question> items) {
        public boolean isEmpty() {
            return items.isEmpty();
        }
    }

    /**
     * One published question, its answer and the day it was answered.
     *
     * <p>Example:
     * <pre>{@code
     * <time datetime="{{answeredIso}}">{{answeredText}}</time>
     * }</pre>
     */
    public record Question(List<String> questionLines, List<String> answerLines, String answeredIso, String answeredText) {
    }

    private static Map<String, String> refill(FeedbackSubmission submission) {
        Map<String, String> params = new TreeMap<>();
        params.put(FeedbackField.NAME.param(), submission.name());
        params.put(FeedbackField.PHONE.param(), submission.phone());
        params.put(FeedbackField.EMAIL.param(), submission.email());
        params.put(FeedbackField.SUBJECT.param(), submission.subject());
        params.put(FeedbackField.MESSAGE.param(), submission.message());
        if (submission.consent()) {
            params.put(FeedbackField.CONSENT.param(), "1");
        }
        return params;
    }

    private void purgeNowAndThen() {
        long now = clock.millis();
        long due = nextPurge.get();
        if (store != null && now >= due && nextPurge.compareAndSet(due, now + PURGE_EVERY)) {
            try {
                store.purge(options.retention());
            } catch (FeedbackException e) {
                log("feedback: " + e.getMessage());
            }
        }
    }




    private static boolean englishAddress(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && ("&" + query + "&").contains("&lang=en&");
    }

    private static boolean multipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }


    /** The address of the status page of {@code code}, for a confirmation e-mail or a vendor's own page. */
    public static String statusPath(String formPath, TrackingCode code) {
        return formPath + STATUS + "?ma=" + URLEncoder.encode(code.value(), StandardCharsets.UTF_8);
    }
}

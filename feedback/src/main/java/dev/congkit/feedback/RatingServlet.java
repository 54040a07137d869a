package dev.congkit.feedback;

import dev.congkit.core.render.Locales;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.source.SiteData;
import dev.congkit.feedback.internal.Hosts;
import dev.congkit.servlet.SiteResolver;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import java.time.YearMonth;

import java.util.Objects;

/**
 * Takes the ratings of {@link RatingWidget} (SATISFACTION-RATING): a POST of {@code trang} (the
 * page), {@code diem} (1–5) and optionally {@code y-kien}, kept by {@link RatingStore} under the
 * month in Vietnam's time, then a 303 back to the page ({@code #danh-gia}) to thank. No session,
 * no cookie and no address is kept; a post from another site (by {@code Origin} or
 * {@code Sec-Fetch-Site}) is refused with 403, one past the per-address limit with 429.
 *
 * <p>Example:
 * <pre>{@code
 * context.addServlet("rating", new RatingServlet(resolver, RatingStore.on(siteStore), RateLimiter.perMinute(5), clock))
 *        .addMapping(RatingWidget.ACTION);
 * }</pre>
 */
public class RatingServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient SiteResolver sites;
    private final transient RatingStore ratings;
    private final transient RateLimiter limiter;
    private final transient Clock clock;

    public RatingServlet(SiteResolver sites, RatingStore ratings, RateLimiter limiter, Clock clock) {
        this.sites = Objects.requireNonNull(sites, "sites");
        this.ratings = Objects.requireNonNull(ratings, "ratings");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SiteData data = sites.resolve(request);
        if (data == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean english = "en".equals(Locales.fromTag(request.getParameter("lang")).getLanguage());
        if (crossSite(request)) {
            plain(response, HttpServletResponse.SC_FORBIDDEN, english ? "A rating is taken only from this portal's own pages."
                    : "Chỉ nhận đánh giá gửi từ chính các trang của Cổng thông tin này.");
            return;
        }
        if (!limiter.allow(request.getRemoteAddr())) {
            response.setHeader("Retry-After", "60");
            plain(response, 429, english ? "You have sent too many ratings in one minute. Please wait a minute and send again."
                    : "Bạn đã gửi quá nhiều đánh giá trong một phút. Xin đợi một phút rồi gửi lại.");
            return;
        }
        String page = request.getParameter("trang");
        if (!RatingStore.isPagePath(page)) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, english ? "trang: the page rated must be a path of this portal, such as /tin-tuc/hoi-nghi."
                    : "trang: trang được đánh giá phải là một đường dẫn của Cổng này, ví dụ /tin-tuc/hoi-nghi.");
            return;
        }
        String score = request.getParameter("diem");
        String back = page + (english ? "?lang=en&" : "?");
        if (score == null || !score.matches("[1-5]")) {
            redirect(request, response, back + "danh-gia=thieu#danh-gia");
            return;
        }
        String comment = request.getParameter("y-kien");
        if (comment != null && comment.length() > RatingStore.MAX_COMMENT * 2) {
            comment = comment.substring(0, RatingStore.MAX_COMMENT * 2);
        }
        String text = comment == null ? "" : FeedbackSubmission.text(comment);
        if (text.codePointCount(0, text.length()) > RatingStore.MAX_COMMENT) {
            text = text.substring(0, text.offsetByCodePoints(0, RatingStore.MAX_COMMENT));
        }
        try {
            ratings.rate(Hosts.of(data.site()), page, YearMonth.now(clock.withZone(RenderContext.VIETNAM)), Integer.parseInt(score), text);
        } catch (FeedbackException e) {
            log("rating: " + e.getMessage());
            plain(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, english ? "The rating could not be kept just now. Please try again later."
                    : "Chưa ghi nhận được đánh giá. Xin thử lại sau.");
            return;
        }
        redirect(request, response, back + "da-danh-gia=1#danh-gia");
    }

    /** A browser's post from another origin: by {@code Sec-Fetch-Site}, else by {@code Origin} against the request's host. */
    static boolean crossSite(HttpServletRequest request) {
        String fetch = request.getHeader("Sec-Fetch-Site");
        if (fetch != null) {
            return fetch.equals("cross-site");
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return origin != null;
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getServerName();
            return uri.getHost() == null || !uri.getHost().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + location);
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        dev.congkit.servlet.PlainText.send(response, status, message);
    }

}

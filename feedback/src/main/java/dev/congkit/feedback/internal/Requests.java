package dev.congkit.feedback.internal;

import dev.congkit.core.render.Locales;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.source.SiteData;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Clock;
import java.util.Map;

/** What the feedback servlets read from a request the same way: their own path, what lies below it, the page's context. */
public final class Requests {

    private Requests() {
    }

    /** The servlet's own path, e.g. {@code /lien-he-gop-y}. */
    public static String base(HttpServletRequest request) {
        return request.getServletPath();
    }

    /** The path below the servlet's own, e.g. {@code /tra-cuu}; empty for the servlet's page itself. */
    public static String below(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null || info.equals("/") ? "" : info;
    }

    /** The site's page at the servlet's path, in the language of the {@code lang} parameter. */
    public static RenderContext context(HttpServletRequest request, SiteData data, Clock clock) {
        return RenderContext.of(data.site()).withClock(clock).withLocale(Locales.fromTag(request.getParameter("lang"))).withPath(base(request));
    }

    /** Copies the parameter {@code name} into {@code params} when it is there and at most {@code max} characters. */
    public static void copy(HttpServletRequest request, Map<String, String> params, String name, int max) {
        String value = request.getParameter(name);
        if (value != null && value.length() <= max) {
            params.put(name, value);
        }
    }
}

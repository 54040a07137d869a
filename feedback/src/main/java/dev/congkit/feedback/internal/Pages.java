package dev.congkit.feedback.internal;

import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.feedback.PageLayout;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Writes a feedback page: its status, no caching (it may hold a token or personal data), its title as h1, then the widgets. */
public final class Pages {

    private final WidgetRenderer renderer;
    private final PageLayout layout;

    public Pages(WidgetRenderer renderer, PageLayout layout) {
        this.renderer = renderer;
        this.layout = layout;
    }

    public WidgetRenderer renderer() {
        return renderer;
    }

    public String label(String key, RenderContext context) {
        return renderer.labels(renderer.widgetIds().iterator().next(), context.locale()).get(key);
    }

    /** The page {@code titleKey} names, with the widgets {@code ids} rendered in order under its h1. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, RenderContext context, String titleKey,
                      String... ids) throws IOException {
        String title = label(titleKey, context);
        StringBuilder main = new StringBuilder("<h1>").append(Html.escape(title)).append("</h1>\n");
        for (String id : ids) {
            main.append(renderer.render(id, context));
        }
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        layout.write(request, response, context, title, main.toString());
    }

    /** A short page with one message and a link, for refusals (403, 429) and the honeypot's silent thanks. */
    public void message(HttpServletRequest request, HttpServletResponse response, int status, RenderContext context, String titleKey,
                        String messageKey, String linkPath, String linkKey) throws IOException {
        String title = label(titleKey, context);
        String main = "<h1>" + Html.escape(title) + "</h1>\n<p class=\"ck-feedback__message\">" + Html.escape(label(messageKey, context)) + "</p>\n"
                + (linkPath == null ? "" : "<p><a href=\"" + Html.escape(linkPath) + "\">" + Html.escape(label(linkKey, context)) + "</a></p>\n");
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        layout.write(request, response, context, title, main);
    }
}

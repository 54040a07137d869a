package dev.congkit.spring;

import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.Locales;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.servlet.SiteResolver;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.util.Map;

/**
 * The bean named {@code congkit}, also in every Spring MVC model under that name: renders a widget for
 * the request being served (its path, its {@code lang} parameter, its site), as the JSP tags and
 * {@code WidgetServlet} do. The widget escapes what it shows, so a template writes its HTML unescaped.
 *
 * <p>Example (a Thymeleaf template; {@code th:remove="tag"} keeps only the widget's own element):
 * <pre>{@code
 * <div th:utext="${congkit.render('header')}" th:remove="tag"></div>
 * <div th:utext="${congkit.render('menu')}" th:remove="tag"></div>
 * <div th:utext="${congkit.render('banners', {'slot': 'right'})}" th:remove="tag"></div>
 * }</pre>
 */
public final class CongKitWidgets {

    private final WidgetRenderer renderer;
    private final SiteResolver sites;
    private final Clock clock;

    public CongKitWidgets(WidgetRenderer renderer, SiteResolver sites, Clock clock) {
        this.renderer = renderer;
        this.sites = sites;
        this.clock = clock;
    }

    /** The widget {@code widgetId} for the current request. */
    public String render(String widgetId) {
        return render(widgetId, Map.of());
    }

    /** The widget {@code widgetId} for the current request, with widget parameters (e.g. {@code slot}). */
    public String render(String widgetId, Map<String, ?> params) {
        if (!renderer.has(widgetId)) {
            throw new IllegalArgumentException("CổngKit: không có thành phần '" + widgetId + "' (unknown widget; known: "
                    + String.join(", ", renderer.widgetIds()) + ")");
        }
        HttpServletRequest request = currentRequest();
        var data = sites.resolve(request);
        if (data == null) {
            throw new IllegalStateException("CổngKit: không có site nào cho máy chủ '" + request.getServerName()
                    + "' (no site for this host name)");
        }
        SiteConfig site = data.site();
        Map<String, String> values = new java.util.TreeMap<>();
        params.forEach((name, value) -> {
            if (value != null) {
                values.put(name, String.valueOf(value));
            }
        });
        RenderContext context = RenderContext.of(site)
                .withLocale(Locales.fromTag(request.getParameter("lang")))
                .withPath(request.getRequestURI().substring(request.getContextPath().length()))
                .withClock(clock)
                .withParams(values);
        return renderer.render(widgetId, context);
    }

    private static HttpServletRequest currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest();
        }
        throw new IllegalStateException("CổngKit: congkit.render(...) chỉ dùng khi đang trả lời một yêu cầu HTTP"
                + " (widgets are rendered for a request being served; outside one, use WidgetRenderer with a RenderContext)");
    }
}

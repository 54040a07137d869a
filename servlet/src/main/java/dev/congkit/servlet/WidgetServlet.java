package dev.congkit.servlet;

import dev.congkit.core.render.Locales;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.core.source.SiteData;
import dev.congkit.servlet.internal.ContextSetup;
import dev.congkit.servlet.internal.Fragment;
import dev.congkit.servlet.internal.FragmentCache;
import dev.congkit.servlet.internal.Responses;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Serves widgets as HTML fragments: {@code GET {mount}/{widget-id}?lang=en&path=/current/page}.
 * Responses carry a strong {@code ETag} and answer {@code If-None-Match} with 304; rendered
 * fragments are cached on everything they depend on (the site's data version, not its instance, so a
 * source that builds the site per request still hits the cache). Other query parameters (at most 8, short
 * names and values) are passed to the widget.
 *
 * <pre>{@code
 * var servlet = new WidgetServlet(WidgetRenderer.create(), SiteResolver.single(site));
 * context.addServlet("congkit", servlet).addMapping("/widgets/*");
 * }</pre>
 * From {@code web.xml}, the no-argument constructor reads the site from the init parameter
 * {@value #SITE_PARAM} (a file path).
 */
public class WidgetServlet extends SiteServlet {

    private static final long serialVersionUID = 1L;

    /** Init (or context) parameter naming the {@code site.json} file when the servlet is declared in web.xml. */
    public static final String SITE_PARAM = ContextSetup.SITE_PARAM;

    private static final Pattern WIDGET_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PARAM_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final int MAX_PARAMS = 8;
    private static final int MAX_VALUE = 200;

    private transient WidgetRenderer renderer;
    private transient Clock clock = Clock.system(RenderContext.VIETNAM);
    private final transient FragmentCache cache = new FragmentCache(4096);

    /** For web.xml: the site comes from the {@value #SITE_PARAM} init parameter, else the context parameter. */
    public WidgetServlet() {
        super(null);
    }

    public WidgetServlet(WidgetRenderer renderer, SiteResolver resolver) {
        super(resolver);
        this.renderer = renderer;
    }

    /** Uses {@code clock} for "today" (banner windows, freshness); for tests and previews. */
    public WidgetServlet withClock(Clock newClock) {
        this.clock = newClock;
        return this;
    }

    @Override
    public void init() throws ServletException {
        if (renderer == null) {
            renderer = ContextSetup.renderer(getServletContext());
        }
        super.init();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String pathInfo = request.getPathInfo();
        String widgetId = pathInfo == null ? "" : pathInfo.substring(1);
        if (!WIDGET_ID.matcher(widgetId).matches() || !renderer.has(widgetId)) {
            // echo the id only when it has the shape of one: nothing else of the request is reflected
            Responses.plain(response, HttpServletResponse.SC_NOT_FOUND,
                    WIDGET_ID.matcher(widgetId).matches() && widgetId.length() <= 64 ? "Unknown widget: " + widgetId : "Unknown widget");
            return;
        }
        String bad = badParameter(request);
        if (bad != null) {
            Responses.plain(response, HttpServletResponse.SC_BAD_REQUEST, bad);
            return;
        }
        Map<String, String> params = widgetParams(request);
        SiteData data = site(request, response);
        if (data == null) {
            return;
        }
        RenderContext context = RenderContext.of(data.site()).withLocale(Locales.fromTag(request.getParameter("lang")))
                .withPath(request.getParameter("path")).withClock(clock).withParams(params);
        Fragment fragment;
        boolean shared = renderer.cacheable(widgetId);
        try {
            // a form shows the visitor's own input and session token: rendered for this request only, kept nowhere
            fragment = shared ? cache.get(List.of(data.cacheKey(), widgetId, context.lang(), context.path(), context.today(), context.params()),
                    () -> Fragment.of(renderer.render(widgetId, context))) : Fragment.of(renderer.render(widgetId, context));
        } catch (IllegalArgumentException e) {
            // a widget refuses parameters it cannot render with, naming the parameter
            Responses.plain(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        } catch (RuntimeException e) {
            log("widget " + widgetId + " failed to render", e);
            Responses.plain(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "The widget could not be rendered.");
            return;
        }
        Responses.send(request, response, fragment, "text/html;charset=UTF-8", shared ? "public, max-age=60" : "no-store");
    }

    /** What is wrong with the query's widget parameters, naming the parameter, or {@code null}. */
    private static String badParameter(HttpServletRequest request) {
        int count = 0;
        Enumeration<String> names = request.getParameterNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            String value = request.getParameter(name);
            int limit = name.equals("path") ? 2 * MAX_VALUE : MAX_VALUE;
            if (value.length() > limit) {
                return "Bad widget parameter " + printable(name) + ": at most " + limit + " characters, but was " + value.length();
            }
            if (name.equals("lang") || name.equals("path")) {
                continue;
            }
            if (!PARAM_NAME.matcher(name).matches()) {
                return "Bad widget parameter name " + printable(name) + ": lower-case letters, digits and hyphens, at most 32";
            }
            if (++count > MAX_PARAMS) {
                return "Too many widget parameters: at most " + MAX_PARAMS;
            }
        }
        return null;
    }

    private static Map<String, String> widgetParams(HttpServletRequest request) {
        Map<String, String> params = new TreeMap<>();
        request.getParameterNames().asIterator().forEachRemaining(name -> {
            if (!name.equals("lang") && !name.equals("path")) {
                params.put(name, request.getParameter(name));
            }
        });
        return params;
    }

    /** A request value quoted for a plain-text message: short, without control characters. */
    private static String printable(String value) {
        String cut = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return "'" + cut.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?") + "'";
    }
}

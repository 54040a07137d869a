package dev.congkit.servlet.jsp;

import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.servlet.SiteResolver;
import dev.congkit.servlet.internal.ContextSetup;
import jakarta.servlet.ServletContext;

/**
 * What the JSP tags render with, kept in the servlet context: the renderer and the site resolver.
 * A vendor either installs them from code ({@link #install}) or names {@code site.json} in the
 * context parameter {@value #SITE_PARAM} of {@code web.xml}:
 * <pre>{@code
 * <context-param><param-name>congkit.site</param-name><param-value>/etc/congkit/site.json</param-value></context-param>
 * }</pre>
 */
public final class CongKitWeb {

    /** Context parameter naming the {@code site.json} file. */
    public static final String SITE_PARAM = ContextSetup.SITE_PARAM;

    private CongKitWeb() {
    }

    /**
     * Makes the tags, and the servlets declared in {@code web.xml} without their own site, render with
     * {@code renderer} for the sites {@code resolver} gives.
     */
    public static void install(ServletContext context, WidgetRenderer renderer, SiteResolver resolver) {
        ContextSetup.install(context, renderer, resolver);
    }

    static WidgetRenderer renderer(ServletContext context) {
        return ContextSetup.renderer(context);
    }

    static SiteResolver resolver(ServletContext context) {
        return ContextSetup.resolver(context);
    }
}

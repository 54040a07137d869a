package dev.congkit.servlet.jsp;

import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.servlet.SiteResolver;
import jakarta.servlet.ServletContext;

import java.nio.file.Path;

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
    public static final String SITE_PARAM = "congkit.site";

    static final String RENDERER = CongKitWeb.class.getName() + ".renderer";
    static final String RESOLVER = CongKitWeb.class.getName() + ".resolver";

    private CongKitWeb() {
    }

    /** Makes the tags of {@code context} render with {@code renderer} for the sites {@code resolver} gives. */
    public static void install(ServletContext context, WidgetRenderer renderer, SiteResolver resolver) {
        context.setAttribute(RENDERER, renderer);
        context.setAttribute(RESOLVER, resolver);
    }

    static WidgetRenderer renderer(ServletContext context) {
        ensure(context);
        return (WidgetRenderer) context.getAttribute(RENDERER);
    }

    static SiteResolver resolver(ServletContext context) {
        ensure(context);
        return (SiteResolver) context.getAttribute(RESOLVER);
    }

    private static void ensure(ServletContext context) {
        if (context.getAttribute(RESOLVER) != null) {
            return;
        }
        synchronized (context) {
            if (context.getAttribute(RESOLVER) != null) {
                return;
            }
            String file = context.getInitParameter(SITE_PARAM);
            if (file == null) {
                throw new IllegalStateException("CổngKit tags need the context parameter " + SITE_PARAM
                        + " (path of site.json) or CongKitWeb.install(...) at start-up");
            }
            try {
                install(context, WidgetRenderer.create(), SiteResolver.single(SiteConfigLoader.withRegisteredSections().load(Path.of(file))));
            } catch (ConfigException e) {
                throw new IllegalStateException("CổngKit cannot start:\n" + e.getMessage(), e);
            }
        }
    }
}

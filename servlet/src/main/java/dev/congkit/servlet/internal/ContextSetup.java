package dev.congkit.servlet.internal;

import dev.congkit.core.config.ConfigException;
import dev.congkit.core.source.FileSiteSource;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.servlet.SiteResolver;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;

import java.nio.file.Path;

/**
 * What the servlets declared in {@code web.xml} and the JSP tags share, kept in the servlet context:
 * one renderer and one site, installed from code or loaded once from the {@value #SITE_PARAM}
 * context parameter. Internal.
 */
public final class ContextSetup {

    /** Context (or servlet init) parameter naming the {@code site.json} file. */
    public static final String SITE_PARAM = "congkit.site";

    private static final String RENDERER = "dev.congkit.servlet.renderer";
    private static final String RESOLVER = "dev.congkit.servlet.resolver";

    private ContextSetup() {
    }

    public static void install(ServletContext context, WidgetRenderer renderer, SiteResolver resolver) {
        context.setAttribute(RENDERER, renderer);
        context.setAttribute(RESOLVER, resolver);
    }

    /** The context's renderer, created on first use (it needs no site). */
    public static WidgetRenderer renderer(ServletContext context) {
        // the JSP tags ask on every render: lock only until the first one is there
        Object known = context.getAttribute(RENDERER);
        if (known != null) {
            return (WidgetRenderer) known;
        }
        synchronized (context) {
            if (context.getAttribute(RENDERER) == null) {
                context.setAttribute(RENDERER, WidgetRenderer.create());
            }
            return (WidgetRenderer) context.getAttribute(RENDERER);
        }
    }

    /** The context's site resolver: installed, or loaded from the context parameter; else a clear error. */
    public static SiteResolver resolver(ServletContext context) {
        Object known = context.getAttribute(RESOLVER);
        if (known != null) {
            return (SiteResolver) known;
        }
        synchronized (context) {
            if (context.getAttribute(RESOLVER) == null) {
                String file = context.getInitParameter(SITE_PARAM);
                if (file == null) {
                    throw new IllegalStateException("CổngKit needs the context parameter " + SITE_PARAM
                            + " (path of site.json) in web.xml, or CongKitWeb.install(...) at start-up");
                }
                context.setAttribute(RESOLVER, load(file, context));
            }
            return (SiteResolver) context.getAttribute(RESOLVER);
        }
    }

    /** For a servlet declared in web.xml: the site its own init parameter names, else the context's. */
    public static SiteResolver resolver(ServletConfig config) throws ServletException {
        String own = config.getInitParameter(SITE_PARAM);
        try {
            return own != null ? load(own, config.getServletContext()) : resolver(config.getServletContext());
        } catch (IllegalStateException e) {
            throw new ServletException(config.getServletName() + ": " + e.getMessage());
        }
    }

    /** The file, watched: the commune's edits are served without a restart, a bad edit keeps the last good one. */
    private static SiteResolver load(String file, ServletContext context) {
        try {
            return SiteResolver.of(FileSiteSource.watch(Path.of(file), context::log));
        } catch (ConfigException e) {
            throw new IllegalStateException("CổngKit cannot start:\n" + e.getMessage(), e);
        }
    }
}

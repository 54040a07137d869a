package dev.congkit.it.javax;

import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.Locales;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;

// INTEGRATION.md shows this class as written (JavaxServletExampleTest compares them)
public class CongKitFragments extends HttpServlet {
    private final transient WidgetRenderer renderer = WidgetRenderer.create();
    private transient SiteConfig site;

    @Override
    public void init() throws ServletException {
        try {
            site = SiteConfigLoader.withRegisteredSections().load(Path.of(getServletContext().getInitParameter("congkit.site")));
        } catch (ConfigException e) {
            throw new ServletException("CổngKit cannot start:\n" + e.getMessage());
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String widget = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!renderer.has(widget)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        RenderContext context = RenderContext.of(site)
                .withLocale(Locales.fromTag(request.getParameter("lang")))
                .withPath(request.getParameter("path"));
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(widget, context, response.getWriter());
    }
}

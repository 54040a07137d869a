package dev.congkit.servlet;

import dev.congkit.core.source.SiteData;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.RenderContext;
import dev.congkit.servlet.internal.Fragment;
import dev.congkit.servlet.internal.Responses;
import dev.congkit.widgets.sitemap.SitemapXml;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Serves {@code sitemap.xml} (sitemaps.org 0.9) built from the site's menus (SITEMAP). Map it to
 * {@code /sitemap.xml}.
 *
 * <p>Example:
 * <pre>{@code
 * context.addServlet("sitemap-xml", new SitemapXmlServlet(resolver)).addMapping("/sitemap.xml");
 * }</pre>
 */
public class SitemapXmlServlet extends SiteServlet {

    private static final long serialVersionUID = 1L;

    private final transient Clock clock;

    /** For web.xml: the site comes from the {@code congkit.site} init parameter, else the context parameter. */
    public SitemapXmlServlet() {
        this(null);
    }

    public SitemapXmlServlet(SiteResolver resolver) {
        this(resolver, Clock.system(RenderContext.VIETNAM));
    }

    public SitemapXmlServlet(SiteResolver resolver, Clock clock) {
        super(resolver);
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteData data = site(request, response);
        if (data == null) {
            return;
        }
        SiteConfig site = data.site();
        Fragment xml = Fragment.of(SitemapXml.of(site, LocalDate.now(clock.withZone(RenderContext.VIETNAM))));
        Responses.send(request, response, xml, "application/xml;charset=UTF-8", "public, max-age=3600");
    }
}

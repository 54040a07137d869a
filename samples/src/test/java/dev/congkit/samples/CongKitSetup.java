package dev.congkit.samples;

import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.servlet.CalendarServlet;
import dev.congkit.servlet.SiteResolver;
import dev.congkit.servlet.SitemapXmlServlet;
import dev.congkit.servlet.StaticResourceServlet;
import dev.congkit.servlet.VCardServlet;
import dev.congkit.servlet.WidgetServlet;
import dev.congkit.servlet.jsp.CongKitWeb;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;

import java.nio.file.Path;
import java.util.Set;

// INTEGRATION.md shows this class as written (ServletSetupExampleTest compares them)
public final class CongKitSetup implements ServletContainerInitializer {
    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext ctx) throws ServletException {
        SiteConfig site;
        try {
            site = SiteConfigLoader.withRegisteredSections().load(Path.of(ctx.getInitParameter("congkit.site")));
        } catch (ConfigException e) {
            throw new ServletException("CổngKit cannot start:\n" + e.getMessage());
        }
        WidgetRenderer renderer = WidgetRenderer.create();
        SiteResolver resolver = SiteResolver.single(site);  // or SiteResolver.of(source), or byHost(sites)
        ctx.addServlet("congkit-widgets", new WidgetServlet(renderer, resolver)).addMapping("/widgets/*");
        ctx.addServlet("congkit-static", new StaticResourceServlet()).addMapping("/congkit/*");
        ctx.addServlet("congkit-sitemap", new SitemapXmlServlet(resolver)).addMapping("/sitemap.xml");
        ctx.addServlet("congkit-vcards", new VCardServlet(resolver)).addMapping("*.vcf");
        ctx.addServlet("congkit-leaders", CalendarServlet.leaders(resolver, renderer)).addMapping("/lich-lam-viec.ics");
        ctx.addServlet("congkit-reception", CalendarServlet.reception(resolver, renderer)).addMapping("/lich-tiep-cong-dan.ics");
        CongKitWeb.install(ctx, renderer, resolver);        // for the JSP tags below
    }
}

package dev.congkit.it.springboot;

import dev.congkit.core.config.ConfigException;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.core.source.FileSiteSource;
import dev.congkit.core.source.SiteSource;
import dev.congkit.servlet.CalendarServlet;
import dev.congkit.servlet.SiteResolver;
import dev.congkit.servlet.SitemapXmlServlet;
import dev.congkit.servlet.StaticResourceServlet;
import dev.congkit.servlet.VCardServlet;
import dev.congkit.servlet.WidgetServlet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

// INTEGRATION.md shows this class as written (SpringBootExampleTest compares them)
@Configuration
class CongKitConfig {
    @Bean
    SiteSource congkitSite(@Value("${congkit.site}") Path file) throws ConfigException {
        return FileSiteSource.watch(file, message -> System.err.println(message));  // edits served without a restart
    }

    @Bean
    SiteResolver congkitResolver(SiteSource source) {
        return SiteResolver.of(source);
    }

    @Bean
    WidgetRenderer congkitRenderer() {
        return WidgetRenderer.create();
    }

    @Bean
    ServletRegistrationBean<WidgetServlet> congkitWidgets(WidgetRenderer renderer, SiteResolver sites) {
        return new ServletRegistrationBean<>(new WidgetServlet(renderer, sites), "/widgets/*");
    }

    @Bean
    ServletRegistrationBean<StaticResourceServlet> congkitStatic() {
        return new ServletRegistrationBean<>(new StaticResourceServlet(), "/congkit/*");
    }

    @Bean
    ServletRegistrationBean<SitemapXmlServlet> congkitSitemap(SiteResolver sites) {
        return new ServletRegistrationBean<>(new SitemapXmlServlet(sites), "/sitemap.xml");
    }

    @Bean
    ServletRegistrationBean<VCardServlet> congkitVCards(SiteResolver sites) {
        return new ServletRegistrationBean<>(new VCardServlet(sites), "*.vcf");
    }

    @Bean
    ServletRegistrationBean<CalendarServlet> congkitLeaderCalendar(WidgetRenderer renderer, SiteResolver sites) {
        return new ServletRegistrationBean<>(CalendarServlet.leaders(sites, renderer), "/lich-lam-viec.ics");
    }
}

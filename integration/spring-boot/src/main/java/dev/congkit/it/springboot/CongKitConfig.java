package dev.congkit.it.springboot;

import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.servlet.CalendarServlet;
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
    SiteConfig congkitSite(@Value("${congkit.site}") Path file) throws ConfigException {
        return SiteConfigLoader.withRegisteredSections().load(file);
    }

    @Bean
    WidgetRenderer congkitRenderer() {
        return WidgetRenderer.create();
    }

    @Bean
    ServletRegistrationBean<WidgetServlet> congkitWidgets(WidgetRenderer renderer, SiteConfig site) {
        return new ServletRegistrationBean<>(new WidgetServlet(renderer, request -> site), "/widgets/*");
    }

    @Bean
    ServletRegistrationBean<StaticResourceServlet> congkitStatic() {
        return new ServletRegistrationBean<>(new StaticResourceServlet(), "/congkit/*");
    }

    @Bean
    ServletRegistrationBean<SitemapXmlServlet> congkitSitemap(SiteConfig site) {
        return new ServletRegistrationBean<>(new SitemapXmlServlet(request -> site), "/sitemap.xml");
    }

    @Bean
    ServletRegistrationBean<VCardServlet> congkitVCards(SiteConfig site) {
        return new ServletRegistrationBean<>(new VCardServlet(request -> site), "*.vcf");
    }

    @Bean
    ServletRegistrationBean<CalendarServlet> congkitLeaderCalendar(WidgetRenderer renderer, SiteConfig site) {
        return new ServletRegistrationBean<>(CalendarServlet.leaders(request -> site, renderer), "/lich-lam-viec.ics");
    }
}

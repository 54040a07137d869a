package dev.congkit.spring;

import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.core.source.FileSiteSource;
import dev.congkit.core.source.SiteSource;
import dev.congkit.servlet.CalendarServlet;
import dev.congkit.servlet.FeedServlet;
import dev.congkit.servlet.SiteResolver;
import dev.congkit.servlet.SitemapXmlServlet;
import dev.congkit.servlet.StaticResourceServlet;
import dev.congkit.servlet.VCardServlet;
import dev.congkit.servlet.WidgetServlet;
import dev.congkit.servlet.jsp.CongKitWeb;
import dev.congkit.spring.internal.SiteNotConfiguredException;
import dev.congkit.spring.internal.WidgetsModelAttribute;
import jakarta.servlet.Servlet;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Spring Boot auto-configuration for CổngKit, on when {@code congkit-spring-boot-starter} is on the
 * class path of a servlet web application (and {@code congkit.enabled} is not {@code false}). Any
 * bean declared by the application ({@code SiteSource}, {@code SiteResolver}, {@code WidgetRenderer})
 * is used instead of the starter's.
 *
 * <p>Example (the whole configuration of a vendor's portal):
 * <pre>{@code
 * // application.properties: congkit.site=/etc/congkit/site.json
 * @SpringBootApplication
 * public class PortalApplication {
 *     public static void main(String[] args) {
 *         SpringApplication.run(PortalApplication.class, args);   // /widgets/menu, /sitemap.xml, … are served
 *     }
 * }
 * }</pre>
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "congkit", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(CongKitProperties.class)
public class CongKitAutoConfiguration {

    private static final Log LOG = LogFactory.getLog(CongKitAutoConfiguration.class);

    /** The site read from {@code congkit.site}, watched for edits unless {@code congkit.watch=false}. */
    @Bean
    @ConditionalOnMissingBean
    public SiteSource congkitSiteSource(CongKitProperties properties) throws ConfigException {
        if (properties.site() == null) {
            throw new SiteNotConfiguredException();
        }
        if (properties.watch()) {
            return FileSiteSource.watch(properties.site(), LOG::warn);
        }
        var site = SiteConfigLoader.withRegisteredSections().load(properties.site());
        return SiteSource.fixed(site);
    }

    @Bean
    @ConditionalOnMissingBean
    public SiteResolver congkitSiteResolver(SiteSource source) {
        return SiteResolver.of(source);
    }

    @Bean
    @ConditionalOnMissingBean
    public WidgetRenderer congkitWidgetRenderer() {
        return WidgetRenderer.create();
    }

    /** What templates call: {@code ${congkit.render('menu')}}. */
    @Bean(name = "congkit")
    @ConditionalOnMissingBean
    public CongKitWidgets congkit(WidgetRenderer renderer, SiteResolver sites) {
        return new CongKitWidgets(renderer, sites, Clock.system(RenderContext.VIETNAM));
    }

    /** The {@code congkit} bean in every controller's model, where {@code th:utext} may call it. */
    @Bean
    @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
    public WidgetsModelAttribute congkitModelAttribute(CongKitWidgets widgets) {
        return new WidgetsModelAttribute(widgets);
    }

    /** The JSP tags ({@code <ck:menu/>}) find the same renderer and site. */
    @Bean
    public ServletContextInitializer congkitJspTags(WidgetRenderer renderer, SiteResolver sites) {
        return servletContext -> CongKitWeb.install(servletContext, renderer, sites);
    }

    @Bean
    public ServletContextInitializer congkitServlets(CongKitProperties properties, WidgetRenderer renderer, SiteResolver sites) {
        List<ServletRegistrationBean<? extends Servlet>> servlets = new ArrayList<>();
        add(servlets, "congkit-widgets", properties.widgets(), () -> new WidgetServlet(renderer, sites));
        add(servlets, "congkit-static", properties.staticFiles(), StaticResourceServlet::new);
        add(servlets, "congkit-sitemap", properties.sitemap(), () -> new SitemapXmlServlet(sites));
        add(servlets, "congkit-vcards", properties.vcards(), () -> new VCardServlet(sites));
        add(servlets, "congkit-leader-calendar", properties.leaderCalendar(), () -> CalendarServlet.leaders(sites, renderer));
        add(servlets, "congkit-reception-calendar", properties.receptionCalendar(), () -> CalendarServlet.reception(sites, renderer));
        add(servlets, "congkit-documents-feed", properties.documentsFeed(), () -> FeedServlet.documents(sites, renderer));
        add(servlets, "congkit-news-feed", properties.newsFeed(), () -> FeedServlet.news(sites, renderer));
        return servletContext -> {
            for (ServletRegistrationBean<? extends Servlet> servlet : servlets) {
                servlet.onStartup(servletContext);
            }
        };
    }

    private static void add(List<ServletRegistrationBean<? extends Servlet>> servlets, String name, String mapping,
                            java.util.function.Supplier<? extends Servlet> servlet) {
        if (CongKitProperties.wanted(mapping)) {
            ServletRegistrationBean<Servlet> registration = new ServletRegistrationBean<>(servlet.get(), mapping);
            registration.setName(name);
            servlets.add(registration);
        }
    }
}

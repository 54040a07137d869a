package dev.congkit.it.springboot;

import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * INTEGRATION.md's Spring Boot example, run: a Spring Boot 3.5 application (embedded Tomcat 10.1,
 * Spring MVC, Spring's own Jackson) registers CổngKit's servlets as beans, on 127.0.0.1.
 */
class SpringBootExampleTest {

    private static final Path SITE = Path.of("../../samples/src/main/resources/site.json").toAbsolutePath().normalize();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static ConfigurableApplicationContext application;
    private static int port;

    @BeforeAll
    static void start() {
        application = new SpringApplicationBuilder(PortalApplication.class)
                .properties("server.address=127.0.0.1", "server.port=0", "congkit.site=" + SITE,
                        "spring.main.banner-mode=off", "logging.level.root=warn")
                .run();
        port = ((ServletWebServerApplicationContext) application).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    @Test
    void theServletBeansServeFragmentsAndFiles() throws Exception {
        SiteConfig site = SiteConfigLoader.withRegisteredSections().load(SITE);
        HttpResponse<String> menu = get("/widgets/menu?path=/tin-tuc&lang=en");
        assertEquals(200, menu.statusCode(), menu.body());
        assertEquals(WidgetRenderer.create().render("menu", RenderContext.of(site).withPath("/tin-tuc")
                .withLocale(java.util.Locale.ENGLISH)), menu.body());
        assertTrue(menu.headers().firstValue("ETag").isPresent());

        assertEquals(200, get("/congkit/congkit.css").statusCode());
        assertTrue(get("/sitemap.xml").body().contains("<urlset"));
        assertTrue(get("/danh-ba.vcf").body().startsWith("BEGIN:VCARD"));
        assertTrue(get("/lich-lam-viec.ics").body().startsWith("BEGIN:VCALENDAR"));
    }

    @Test
    void aControllerRendersWidgetsInPlace() throws Exception {
        HttpResponse<String> page = get("/gioi-thieu");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<header class=\"ck-header\""), page.body());
        assertTrue(page.body().contains("Ủy ban nhân dân xã Mẫu Sơn"));
        assertTrue(page.body().contains("<footer class=\"ck-footer\""));
    }

    @Test
    void theGuideShowsTheConfigurationThisTestRuns() throws Exception {
        String source = Files.readString(Path.of("src/main/java/dev/congkit/it/springboot/CongKitConfig.java"), StandardCharsets.UTF_8);
        String guide = Files.readString(Path.of("../../INTEGRATION.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("<!-- tested: spring-boot -->\\s*```java\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        assertTrue(block.find(), "INTEGRATION.md has a block marked 'tested: spring-boot'");
        assertEquals(source.substring(source.indexOf("@Configuration")).strip(), block.group(1).strip());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

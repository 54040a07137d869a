package dev.congkit.it.starter;

import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.core.source.SiteSource;
import dev.congkit.it.starter.app.PortalApplication;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The starter in a Spring Boot application that declares nothing of CổngKit: servlets from
 * {@code congkit.*} properties, the application's own {@code SiteSource} bean preferred, widgets in a
 * Thymeleaf template, and start-up failures reported in words. Run on Boot 3.5 and on Boot 4 (two
 * modules, these sources).
 */
class StarterTest {

    private static final Path SITE = Path.of("../../samples/src/main/resources/site.json").toAbsolutePath().normalize();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void propertiesAloneServeEveryFile() throws Exception {
        try (var app = start("congkit.site=" + SITE)) {
            SiteConfig site = SiteConfigLoader.withRegisteredSections().load(SITE);
            HttpResponse<String> menu = get(app, "/widgets/menu?path=/tin-tuc&lang=en");
            assertEquals(200, menu.statusCode(), menu.body());
            assertEquals(WidgetRenderer.create().render("menu", RenderContext.of(site).withPath("/tin-tuc").withLocale(Locale.ENGLISH)),
                    menu.body());
            assertEquals(200, get(app, "/congkit/congkit.css").statusCode());
            assertTrue(get(app, "/sitemap.xml").body().contains("<urlset"));
            assertTrue(get(app, "/danh-ba.vcf").body().startsWith("BEGIN:VCARD"));
            assertTrue(get(app, "/lich-lam-viec.ics").body().startsWith("BEGIN:VCALENDAR"));
            assertTrue(get(app, "/lich-tiep-cong-dan.ics").body().startsWith("BEGIN:VCALENDAR"));
            assertTrue(get(app, "/van-ban/xa.atom").body().contains("<feed"));
            assertTrue(get(app, "/tin-tuc.atom").body().contains("<feed"));
        }
    }

    @Test
    void aThymeleafTemplateRendersWidgetsForItsRequest() throws Exception {
        try (var app = start("congkit.site=" + SITE)) {
            HttpResponse<String> page = get(app, "/gioi-thieu");
            assertEquals(200, page.statusCode(), page.body());
            SiteConfig site = SiteConfigLoader.withRegisteredSections().load(SITE);
            RenderContext context = RenderContext.of(site).withPath("/gioi-thieu");
            // each widget exactly as the Java API renders it for this path, not escaped into text
            for (String widget : List.of("header", "menu", "footer")) {
                assertTrue(page.body().contains(WidgetRenderer.create().render(widget, context)), widget + " in " + page.body());
            }
            String banners = WidgetRenderer.create().render("banners", context.withParams(java.util.Map.of("slot", "right")));
            assertTrue(banners.contains("ck-banner") && page.body().contains(banners), page.body());
            Document html = Jsoup.parse(page.body());
            assertEquals("Ủy ban nhân dân xã Mẫu Sơn", html.selectFirst("header.ck-header .ck-header__name").text());
            Document english = Jsoup.parse(get(app, "/gioi-thieu?lang=en").body());
            assertEquals("en", english.selectFirst("header.ck-header").attr("lang"), english.html());
        }
    }

    @Test
    void anEmptyMappingLeavesItsServletOut() throws Exception {
        try (var app = start("congkit.site=" + SITE, "congkit.sitemap=", "congkit.vcards=")) {
            assertEquals(404, get(app, "/sitemap.xml").statusCode());
            assertEquals(404, get(app, "/danh-ba.vcf").statusCode());
            assertEquals(200, get(app, "/widgets/footer").statusCode());
        }
    }

    @Test
    void theApplicationsOwnSiteSourceIsUsed() throws Exception {
        try (var app = start(List.of(PortalApplication.class, OwnSite.class))) {
            HttpResponse<String> header = get(app, "/widgets/header");
            assertEquals(200, header.statusCode(), header.body());
            assertTrue(header.body().contains("Ủy ban nhân dân phường Hạc Thành"), header.body());
        }
    }

    @Test
    void noSiteIsReportedInWordsNotAStackTrace() {
        String report = failedStart("spring.main.banner-mode=off");
        assertTrue(report.contains("APPLICATION FAILED TO START"), report);
        assertTrue(report.contains("chưa khai báo congkit.site"), report);
        assertTrue(report.contains("congkit.site=/duong-dan/site.json"), report);
    }

    @Test
    void aBadSiteFileIsReportedProblemByProblem() throws Exception {
        Path bad = Files.createTempFile("site", ".json");
        Files.writeString(bad, Files.readString(SITE).replace("\"level\": \"XA\"", "\"level\": \"THON\""));
        try {
            String report = failedStart("congkit.site=" + bad);
            assertTrue(report.contains("CổngKit không nạp được site.json"), report);
            assertTrue(report.contains("agency.level"), report);
            assertTrue(report.contains("THON"), report);
        } finally {
            Files.delete(bad);
        }
    }

    @Test
    void aMalformedMappingIsRefusedByName() {
        String report = failedStart("congkit.site=" + SITE, "congkit.widgets=widgets");
        assertTrue(report.contains("congkit.widgets"), report);
        assertTrue(report.contains("/duong-dan/*"), report);
    }

    @Test
    void runsOnTheBootLineThisModuleIsFor() {
        String expected = System.getProperty("congkit.it.boot", "");
        assertTrue(SpringBootVersion.getVersion().startsWith(expected), SpringBootVersion.getVersion() + " is not " + expected);
    }

    /** Not scanned: only the test that names it has it. */
    @Configuration
    static class OwnSite {
        @Bean
        SiteSource site() throws Exception {
            String json = """
                    {"agency": {"fullName": "Ủy ban nhân dân phường Hạc Thành", "level": "PHUONG",
                      "address": "Số 1 Hạc Thành, tỉnh Thanh Hóa", "phone": "0237 3 852 000",
                      "email": "hacthanh@thanhhoa.gov.vn", "baseUrl": "https://hacthanh.thanhhoa.gov.vn"},
                     "footer": {"responsiblePerson": {"fullName": "Nguyễn Thị Hường", "position": "Chủ tịch UBND phường"}}}
                    """;
            return SiteSource.fixed(SiteConfigLoader.withRegisteredSections().load("own-site", json.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static ConfigurableApplicationContext start(String... properties) {
        return start(List.of(PortalApplication.class), properties);
    }

    private static ConfigurableApplicationContext start(List<Class<?>> sources, String... properties) {
        List<String> all = new ArrayList<>(List.of("server.address=127.0.0.1", "server.port=0", "spring.main.banner-mode=off",
                "logging.level.root=warn"));
        all.addAll(List.of(properties));
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).properties(all.toArray(String[]::new)).run();
    }

    // what Boot prints when the application cannot start, as the developer sees it on the console
    private static String failedStart(String... properties) {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThrows(RuntimeException.class, () -> start(properties).close());
        } finally {
            System.setOut(console);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext app, String path) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

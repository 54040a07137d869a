package dev.congkit.samples;

import dev.congkit.core.config.ConfigException;
import dev.congkit.core.model.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo portal in-process on 127.0.0.1: a complete Vietnamese page and the stylesheet. LANDMARKS. */
class DemoPortalTest extends DemoServer {

    @Test
    void homeIsACompleteVietnamesePageWithOneOfEachLandmark() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        Document doc = Jsoup.parse(home.body());
        assertEquals("vi", doc.select("html").attr("lang"));
        assertEquals(1, doc.select("header").size());
        assertEquals(1, doc.select("main").size());
        assertEquals(1, doc.select("footer").size());
        assertEquals("#noi-dung", doc.select("a.ck-skip-link").attr("href"));
        assertEquals("noi-dung", doc.select("main").attr("id"));
        assertEquals("ck-skip-link", doc.body().select("a[href]").first().className(), "the skip link comes first");
        assertTrue(doc.title().contains("dữ liệu mẫu"), doc.title());
        assertTrue(doc.select("footer").text().contains("Người chịu trách nhiệm"));
        assertEquals("/congkit/congkit.css", doc.select("link[rel=stylesheet]").first().attr("href"));
        assertEquals(0, doc.select("[style], style, script:not([type=application/ld+json]):not([src])").size(), "no inline style or script");
    }

    @Test
    void everyResponseCarriesAStrictContentSecurityPolicy() throws Exception {
        for (String path : java.util.List.of("/", "/congkit/congkit.css", "/widgets/menu", "/sitemap.xml", "/khong-co")) {
            HttpResponse<String> response = get(path);
            assertEquals("default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
                    response.headers().firstValue("Content-Security-Policy").orElseThrow(), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow(), path);
            assertTrue(response.headers().firstValue("Referrer-Policy").isPresent(), path);
        }
    }

    @Test
    void englishPageAndNotFound() throws Exception {
        Document en = Jsoup.parse(get("/?lang=en").body());
        assertEquals("en", en.select("html").attr("lang"));
        assertTrue(en.select("footer").text().contains("Responsible for content"));
        HttpResponse<String> missing = get("/khong-co");
        assertEquals(404, missing.statusCode());
        assertTrue(Jsoup.parse(missing.body()).select("h1").text().contains("Không tìm thấy trang"));
    }

    @Test
    void searchEchoesTheQueryEscaped() throws Exception {
        Document doc = Jsoup.parse(get("/tim-kiem?q=%3Cscript%3Ealert(1)%3C/script%3E").body());
        assertEquals("<script>alert(1)</script>", doc.select("main strong").text());
        assertEquals(0, doc.select("main script").size());
    }

    @Test
    void everyLinkIntoTheSiteAnswers() throws Exception {
        Document doc = Jsoup.parse(get("/").body());
        for (String href : doc.select("a[href^=/]").eachAttr("href")) {
            assertEquals(200, get(href).statusCode(), href);
        }
    }

    @Test
    void servesTheStylesheetAndWidgets() throws Exception {
        HttpResponse<String> css = get("/congkit/congkit.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.body().contains(".ck-footer"));
        assertEquals(200, get("/widgets/footer").statusCode());
        assertEquals(404, get("/widgets/nope").statusCode());
    }

    @Test
    void sampleDatesAreShiftedToThisWeek() throws ConfigException {
        SiteConfig site = SampleSite.load(LocalDate.of(2027, 3, 10));
        assertEquals(LocalDate.of(2027, 3, 8), site.updated(), "Monday of the week of 10/03/2027");
    }

    @Test
    void theSampleHasNoErrorFinding() throws ConfigException {
        Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        DemoPortal.report(SampleSite.load(LocalDate.now(clock)), clock, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(java.util.List.of(), err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("error")).toList());
    }

    @Test
    void optionsAreParsed() {
        DemoPortal portal = DemoPortal.parse("--port", "18080", "--site", "my-site.json");
        assertEquals(18080, portal.port);
        assertEquals("my-site.json", portal.siteFile.toString());
        assertEquals("127.0.0.1", DemoPortal.parse().host);
    }
}

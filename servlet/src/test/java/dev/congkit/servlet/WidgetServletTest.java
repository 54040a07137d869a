package dev.congkit.servlet;

import dev.congkit.core.TestSites;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.widgets.footer.Footer;
import dev.congkit.widgets.footer.ResponsiblePerson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WidgetServletTest {

    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        var site = TestSites.minimal().withSection("footer", new Footer(null, null, null, null,
                new ResponsiblePerson("Nguyễn Thị Hường", "Phó Chủ tịch UBND xã", null), null, null, null, null, null));
        Map<String, jakarta.servlet.http.HttpServlet> servlets = new LinkedHashMap<>();
        servlets.put("/widgets/*", new WidgetServlet(WidgetRenderer.create(), SiteResolver.single(site)).withClock(TestSites.MONDAY_23_11_2026));
        servlets.put("/congkit/*", new StaticResourceServlet());
        servlets.put("/sitemap.xml", new SitemapXmlServlet(SiteResolver.single(site), TestSites.MONDAY_23_11_2026));
        server = new TestServer(servlets);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void servesAFragmentWithEtagAndAnswers304() {
        HttpResponse<String> first = server.get("/widgets/footer?path=/");
        assertEquals(200, first.statusCode());
        assertEquals("text/html;charset=UTF-8", first.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(first.body().startsWith("<footer class=\"ck-footer\" lang=\"vi\">"), first.body());
        assertTrue(first.body().contains("Nguyễn Thị Hường"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElseThrow().contains("max-age"));
        HttpResponse<String> again = server.get("/widgets/footer?path=/", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    void englishAndPathChangeTheFragment() {
        HttpResponse<String> en = server.get("/widgets/footer?lang=en");
        assertTrue(en.body().contains("Responsible for content"), en.body());
        assertFalse(en.headers().firstValue("ETag").equals(server.get("/widgets/footer").headers().firstValue("ETag")));
    }

    @Test
    void unknownWidgetIsAPlain404() {
        HttpResponse<String> missing = server.get("/widgets/carousel");
        assertEquals(404, missing.statusCode());
        assertEquals("text/plain;charset=UTF-8", missing.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("Unknown widget: carousel\n", missing.body());
        assertEquals(404, server.get("/widgets/").statusCode());
        assertEquals(404, server.get("/widgets/%3Cscript%3E").statusCode());
        assertFalse(server.get("/widgets/%3Cscript%3E").body().contains("<script>"));
    }

    @Test
    void badParametersAreA400() {
        assertEquals(400, server.get("/widgets/footer?Bad%20Name=1").statusCode());
        assertEquals(400, server.get("/widgets/footer?a=" + "x".repeat(300)).statusCode());
    }

    @Test
    void servesTheStylesheetFromTheClassPath() {
        HttpResponse<String> css = server.get("/congkit/congkit.css");
        assertEquals(200, css.statusCode());
        assertEquals("text/css;charset=UTF-8", css.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(css.body().contains("--ck-red"));
        assertEquals(404, server.get("/congkit/../WEB-INF/web.xml").statusCode());
        assertEquals(404, server.get("/congkit/%2e%2e/x.css").statusCode());
        assertEquals(404, server.get("/congkit/missing.css").statusCode());
    }

    @Test
    void servesSitemapXml() {
        HttpResponse<String> xml = server.get("/sitemap.xml");
        assertEquals(200, xml.statusCode());
        assertEquals("application/xml;charset=UTF-8", xml.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(xml.body().contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"), xml.body());
        assertTrue(xml.body().contains("<loc>https://mauson.thanhhoa.gov.vn/lien-he-gop-y</loc>"), xml.body());
        assertEquals(304, server.get("/sitemap.xml", "If-None-Match", xml.headers().firstValue("ETag").orElseThrow()).statusCode());
    }
}

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
        var base = new dev.congkit.core.model.SiteConfig(null, null, TestSites.mauSon(), java.util.List.of(new dev.congkit.core.model.Official(
                "nguyen-thi-huong", "Nguyễn Thị Hường", "Phó Chủ tịch UBND xã", null, "UBND xã", null,
                dev.congkit.core.model.PhoneNumber.of("0900000002"), null, null, null, null, null, null, null, null)), null, null, null);
        var site = base.withSection("footer", new Footer(null, null, null, null,
                new ResponsiblePerson("Nguyễn Thị Hường", "Phó Chủ tịch UBND xã", null), null, null, null, null, null));
        Map<String, jakarta.servlet.http.HttpServlet> servlets = new LinkedHashMap<>();
        servlets.put("/widgets/*", new WidgetServlet(WidgetRenderer.create(), SiteResolver.single(site)).withClock(TestSites.MONDAY_23_11_2026));
        servlets.put("/congkit/*", new StaticResourceServlet());
        servlets.put("*.vcf", new VCardServlet(SiteResolver.single(site)));
        servlets.put("/lich-lam-viec.ics", CalendarServlet.leaders(SiteResolver.single(site), WidgetRenderer.create()));
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
        assertEquals("Bad widget parameter name 'Bad Name': lower-case letters, digits and hyphens, at most 32\n",
                server.get("/widgets/footer?Bad%20Name=1").body());
        assertEquals("Bad widget parameter 'a': at most 200 characters, but was 300\n", server.get("/widgets/footer?a=" + "x".repeat(300)).body());
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

    @Test
    void servesVCardsAndCalendars() {
        HttpResponse<String> all = server.get("/danh-ba.vcf");
        assertEquals(200, all.statusCode());
        assertEquals("text/vcard;charset=UTF-8", all.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(all.body().contains("FN:Nguyễn Thị Hường\r\n"), all.body());
        assertTrue(server.get("/danh-ba/nguyen-thi-huong.vcf").body().startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
        assertEquals(404, server.get("/danh-ba/khong-co.vcf").statusCode());
        assertEquals(404, server.get("/khac.vcf").statusCode());
        HttpResponse<String> ics = server.get("/lich-lam-viec.ics");
        assertEquals(200, ics.statusCode());
        assertEquals("text/calendar;charset=UTF-8", ics.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(ics.body().startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertEquals(404, server.get("/lich-lam-viec.ics?lanh-dao=khong-co").statusCode());
        assertEquals(404, server.get("/lich-lam-viec.ics?tuan=tuan-nay").statusCode());
    }
}

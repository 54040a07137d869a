package dev.congkit.samples;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page chrome on the demo: menus, footer, sitemap page and sitemap.xml (MENU-MAIN, MENU-TOP, SITEMAP, FOOTER-RESPONSIBLE). */
class DemoChromeTest extends DemoServer {

    private static final List<String> MAIN = List.of("Tổng quan", "Hệ thống chính trị", "Lịch tiếp công dân", "Thủ tục hành chính",
            "Văn bản pháp quy", "Tin tức sự kiện", "Du lịch - lễ hội", "Tuyên truyền phổ biến giáo dục pháp luật", "Chuyển đổi số",
            "Thư viện", "Liên hệ – góp ý");
    private static final List<String> TOP = List.of("Trang chủ", "Giới thiệu", "Danh bạ cơ quan chức năng", "Sơ đồ trang", "Email", "Đăng nhập");

    @Test
    void homeShowsEveryDirectiveMenuLabelAsLinkTextAndMarksHome() throws Exception {
        Document doc = Jsoup.parse(get("/").body());
        List<String> mainLinks = doc.select("nav.ck-menu--main a").eachText();
        List<String> topLinks = doc.select("nav.ck-menu--top a").eachText();
        for (String label : MAIN) {
            assertTrue(mainLinks.contains(label), label + " in " + mainLinks);
        }
        for (String label : TOP) {
            assertTrue(topLinks.contains(label), label + " in " + topLinks);
        }
        assertTrue(topLinks.contains("Dịch vụ công trực tuyến"));
        assertEquals(List.of("Trang chủ"), doc.select("[aria-current=page]").eachText());
        assertEquals("/", doc.select("[aria-current=page]").attr("href"));
    }

    @Test
    void footerShowsAddressResponsiblePersonPhoneAndEmail() throws Exception {
        Document doc = Jsoup.parse(get("/").body());
        assertTrue(doc.select("footer dt:containsOwn(Địa chỉ) + dd").text().contains("xã Mẫu Sơn"));
        assertEquals("Nguyễn Văn Thành, Chủ tịch UBND xã", doc.select("footer dt:containsOwn(Người chịu trách nhiệm) + dd").text());
        assertTrue(doc.select("footer a[href^=tel:]").size() > 0);
        assertTrue(doc.select("footer a[href^=mailto:]").size() > 0);
    }

    @Test
    void sitemapXmlListsEverySameSiteMenuPage() throws Exception {
        HttpResponse<String> response = get("/sitemap.xml");
        assertEquals(200, response.statusCode());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", xml.getDocumentElement().getNamespaceURI());
        NodeList locs = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        Set<String> listed = new LinkedHashSet<>();
        for (int i = 0; i < locs.getLength(); i++) {
            listed.add(locs.item(i).getTextContent());
        }
        Document home = Jsoup.parse(get("/").body());
        for (String href : home.select("nav.ck-menu a[href^=/]").eachAttr("href")) {
            assertTrue(listed.contains("https://mauson.thanhhoa.gov.vn" + href), href + " in sitemap.xml");
        }
    }

    @Test
    void sitemapPageListsEveryMenuEntryAndEveryMenuLinkAnswers() throws Exception {
        Document home = Jsoup.parse(get("/").body());
        Document sitemap = Jsoup.parse(get("/so-do-trang").body());
        List<String> entries = sitemap.select(".ck-sitemap li > a, .ck-sitemap li > span").eachText();
        List<String> missing = new ArrayList<>();
        for (String label : home.select("nav.ck-menu a, nav.ck-menu summary").eachText()) {
            if (!entries.contains(label)) {
                missing.add(label);
            }
        }
        assertEquals(List.of(), missing);
        for (String href : home.select("nav.ck-menu a[href^=/]").eachAttr("href")) {
            assertEquals(200, get(href).statusCode(), href);
        }
    }
}

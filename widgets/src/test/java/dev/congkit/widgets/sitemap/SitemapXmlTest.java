package dev.congkit.widgets.sitemap;

import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.render.RenderContext;
import dev.congkit.widgets.Fixture;
import dev.congkit.widgets.menu.Menu;
import dev.congkit.widgets.menu.MenuItem;
import dev.congkit.widgets.menu.MenuOverride;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SITEMAP: sitemap.xml parsed by the JDK's XML parser; the HTML page lists every entry. */
class SitemapXmlTest {

    private static SiteConfig site() {
        Menu menu = new Menu(null, null, Map.of("tin-tuc", new MenuOverride(null, null, null, null, null, null, null, null, LocalDate.of(2026, 11, 20), null)),
                List.of(MenuItem.of("tim", "Tìm & hỏi", null, "/hỏi-đáp?a=1&b=2#phan"), MenuItem.of("ngoai", "Ngoài", null, "https://thanhhoa.gov.vn/x"),
                        MenuItem.of("cung-host", "Cùng máy chủ", null, "https://mauson.thanhhoa.gov.vn/tu-tuyet-doi")), null);
        return dev.congkit.widgets.menu.MenuFixturesAccess.directive(menu);
    }

    static List<String[]> parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(SitemapXml.NAMESPACE, doc.getDocumentElement().getNamespaceURI());
        assertEquals("urlset", doc.getDocumentElement().getLocalName());
        NodeList urls = doc.getElementsByTagNameNS(SitemapXml.NAMESPACE, "url");
        List<String[]> entries = new ArrayList<>();
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            NodeList lastmod = url.getElementsByTagNameNS(SitemapXml.NAMESPACE, "lastmod");
            entries.add(new String[] {url.getElementsByTagNameNS(SitemapXml.NAMESPACE, "loc").item(0).getTextContent(),
                    lastmod.getLength() == 0 ? null : lastmod.item(0).getTextContent()});
        }
        return entries;
    }

    @Test
    void listsEverySameSitePageAsAnAbsoluteEscapedUrl() throws Exception {
        List<String[]> entries = parse(SitemapXml.of(site(), LocalDate.of(2026, 11, 23)));
        List<String> locs = entries.stream().map(e -> e[0]).toList();
        assertEquals("https://mauson.thanhhoa.gov.vn/", locs.get(0));
        assertTrue(locs.contains("https://mauson.thanhhoa.gov.vn/h%E1%BB%8Fi-%C4%91%C3%A1p?a=1&b=2"), locs.toString());
        assertTrue(locs.contains("https://mauson.thanhhoa.gov.vn/tu-tuyet-doi"));
        assertTrue(locs.contains("https://mauson.thanhhoa.gov.vn/van-ban/xa"));
        assertFalse(locs.contains("https://mauson.thanhhoa.gov.vn/van-ban/huyen"), "no district level in 2026");
        assertFalse(locs.stream().anyMatch(l -> l.startsWith("mailto:") || l.contains("thanhhoa.gov.vn/x") || l.contains("dichvucong")));
        assertEquals(locs.size(), locs.stream().distinct().count(), "no duplicates");
        assertTrue(locs.stream().allMatch(l -> l.startsWith("https://mauson.thanhhoa.gov.vn/")));
        assertEquals("2026-11-20", entries.stream().filter(e -> e[0].endsWith("/tin-tuc")).findFirst().orElseThrow()[1]);
        assertTrue(SitemapXml.of(site(), LocalDate.of(2026, 11, 23)).contains("a=1&amp;b=2"));
    }

    @Test
    void htmlSitemapListsEveryMenuEntry() {
        RenderContext context = RenderContext.of(site()).withClock(dev.congkit.widgets.menu.MenuFixturesAccess.on(LocalDate.of(2026, 11, 23)));
        var doc = dev.congkit.widgets.HtmlSafety.assertSafe("sitemap", Fixture.RENDERER.render("sitemap", context));
        List<String> texts = doc.select("li > a, li > span").eachText();
        for (String label : List.of("Trang chủ", "Email", "Tổng quan", "Giới thiệu", "Thư viện ảnh", "Liên hệ – góp ý", "Tìm & hỏi", "Ngoài")) {
            assertTrue(texts.contains(label), label + " in " + texts);
        }
        assertEquals("mailto:ubndmauson@thanhhoa.gov.vn", doc.select("a:containsOwn(Email)").attr("href"));
        assertEquals(WebLink.of("/tong-quan/gioi-thieu").value(), doc.select("a:containsOwn(Tổng quan) + ul a").first().attr("href"));
        assertEquals(Menu.SECTION.name(), "menu");
    }
}

package dev.congkit.widgets.menu;

import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.RenderContext;
import dev.congkit.widgets.Fixture;
import dev.congkit.widgets.HtmlSafety;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static dev.congkit.widgets.menu.MenuFixtures.campaign;
import static dev.congkit.widgets.menu.MenuFixtures.directive;
import static dev.congkit.widgets.menu.MenuFixtures.on;
import static dev.congkit.widgets.menu.MenuFixtures.override;
import static dev.congkit.widgets.menu.MenuFixtures.withTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MENU-MAIN, MENU-TOP, MENU-TTHC, MENU-LAW, MENU-NO-DISTRICT, MENU-CAMPAIGN, A11Y-SHORTCUTS, COMMUNE-PROFILE. */
class MenuWidgetTest {

    static final List<String> DIRECTIVE_MAIN = List.of("Tổng quan", "Hệ thống chính trị", "Lịch tiếp công dân", "Thủ tục hành chính",
            "Văn bản pháp quy", "Tin tức sự kiện", "Du lịch - lễ hội", "Tuyên truyền phổ biến giáo dục pháp luật", "Chuyển đổi số",
            "Thư viện", "Liên hệ – góp ý");
    static final List<String> DIRECTIVE_TOP = List.of("Trang chủ", "Giới thiệu", "Danh bạ cơ quan chức năng", "Dịch vụ công trực tuyến",
            "Sơ đồ trang", "Email", "Đăng nhập");

    private static Document render(String widget, SiteConfig site, LocalDate day, String path, Locale locale) {
        RenderContext context = RenderContext.of(site).withClock(on(day)).withPath(path).withLocale(locale);
        return HtmlSafety.assertSafe(widget, Fixture.RENDERER.render(widget, context));
    }

    private static List<String> topLevel(Document doc) {
        return doc.select("nav > ul > li").stream().map(li -> li.selectFirst("summary, a, span").text()).toList();
    }

    @Test
    void directivePresetHasTheElevenMainAndSevenTopItems() {
        Document main = render("menu", directive(null), LocalDate.of(2026, 11, 23), "/", RenderContext.VIETNAMESE);
        assertEquals(DIRECTIVE_MAIN, topLevel(main));
        assertEquals("Menu chính", main.select("nav").attr("aria-label"));
        assertEquals(List.of("Tổng quan", "Giới thiệu", "Lịch sử hình thành", "Chức năng", "Tổ chức bộ máy", "Bản đồ địa giới hành chính",
                "Điều kiện tự nhiên", "Truyền thống văn hóa", "Di tích, danh lam thắng cảnh"),
                main.select("details:has(summary:containsOwn(Tổng quan)) li").eachText());
        assertEquals(List.of("Thư viện", "Thư viện ảnh", "Thư viện video"), main.select("details:has(summary:containsOwn(Thư viện)) li").eachText());
        Document top = render("top-menu", directive(null), LocalDate.of(2026, 11, 23), "/", RenderContext.VIETNAMESE);
        assertEquals(DIRECTIVE_TOP, topLevel(top));
        assertEquals("page", top.select("a:containsOwn(Trang chủ)").attr("aria-current"));
        assertEquals("1", top.select("a:containsOwn(Trang chủ)").attr("accesskey"));
        assertEquals("3", top.select("a:containsOwn(Sơ đồ trang)").attr("accesskey"));
        assertEquals("mailto:ubndmauson@thanhhoa.gov.vn", top.select("a:containsOwn(Email)").attr("href"));
    }

    @Test
    void districtDocumentsAreDroppedFromJuly2025WhateverTheRuleSet() {
        String before = render("menu", directive(null), LocalDate.of(2025, 6, 30), "/", RenderContext.VIETNAMESE).text();
        String after = render("menu", directive(null), LocalDate.of(2025, 7, 1), "/", RenderContext.VIETNAMESE).text();
        assertTrue(before.contains("Văn bản của huyện"));
        assertFalse(after.contains("Văn bản của huyện"));
        assertTrue(after.contains("Văn bản của xã"));
    }

    @Test
    void communeProfilePagesComeWithDecree224() {
        assertFalse(render("menu", directive(null), LocalDate.of(2026, 6, 30), "/", RenderContext.VIETNAMESE).text().contains("Bản đồ địa giới"));
        assertTrue(render("menu", directive(null), LocalDate.of(2026, 7, 1), "/", RenderContext.VIETNAMESE).text().contains("Bản đồ địa giới"));
    }

    @Test
    void siteRenamesReordersHidesAndAdds() {
        Menu menu = withTemplate(Map.of(
                "tin-tuc", override("Tin tức - Sự kiện", 5, null, List.of()),
                "du-lich-le-hoi", override(null, null, true, null),
                "thu-vien", override(null, null, null, List.of(MenuItem.of("thu-vien-sach", "Thư viện sách", "Book library", "/thu-vien/sach")))),
                List.of(MenuItem.of("hoi-dap", "Hỏi đáp", "Questions", "/hoi-dap")));
        Document doc = render("menu", directive(menu), LocalDate.of(2026, 11, 23), "/", RenderContext.VIETNAMESE);
        List<String> labels = topLevel(doc);
        assertEquals("Tin tức - Sự kiện", labels.get(0));
        assertFalse(labels.contains("Du lịch - lễ hội"));
        assertEquals("Hỏi đáp", labels.get(labels.size() - 1));
        assertEquals(List.of("Thư viện", "Thư viện ảnh", "Thư viện video", "Thư viện sách"), doc.select("details:has(summary:containsOwn(Thư viện)) li").eachText());
        assertEquals("https://dichvucong.thanhhoa.gov.vn/tthc?donVi=H56.39.12", doc.select("a:containsOwn(Thủ tục hành chính)").attr("href"));
    }

    @Test
    void campaignCategoriesShowOnlyInsideTheirWindow() {
        Menu menu = withTemplate(Map.of(), List.of(campaign("bau-cu", "Bầu cử", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31))));
        assertFalse(render("menu", directive(menu), LocalDate.of(2026, 10, 31), "/", RenderContext.VIETNAMESE).text().contains("Bầu cử"));
        assertTrue(render("menu", directive(menu), LocalDate.of(2026, 11, 1), "/", RenderContext.VIETNAMESE).text().contains("Bầu cử"));
        assertTrue(render("menu", directive(menu), LocalDate.of(2026, 12, 31), "/", RenderContext.VIETNAMESE).text().contains("Bầu cử"));
        assertFalse(render("menu", directive(menu), LocalDate.of(2027, 1, 1), "/", RenderContext.VIETNAMESE).text().contains("Bầu cử"));
    }

    @Test
    void currentPageIsMarkedAndItsGroupOpens() {
        Document doc = render("menu", directive(null), LocalDate.of(2026, 11, 23), "/thu-vien/anh/", RenderContext.VIETNAMESE);
        assertEquals(List.of("Thư viện ảnh"), doc.select("[aria-current=page]").eachText());
        assertTrue(doc.select("details:has(summary:containsOwn(Thư viện))").hasAttr("open"));
        assertFalse(doc.select("details:has(summary:containsOwn(Tổng quan))").hasAttr("open"));
        Document absolute = render("top-menu", directive(null), LocalDate.of(2026, 11, 23), "/so-do-trang", RenderContext.VIETNAMESE);
        assertEquals(List.of("Sơ đồ trang"), absolute.select("[aria-current=page]").eachText());
    }

    @Test
    void subMenusNeedNoJavaScript() {
        Document doc = render("menu", directive(null), LocalDate.of(2026, 11, 23), "/", RenderContext.VIETNAMESE);
        assertEquals(3, doc.select("details > summary").size(), "Tổng quan, Văn bản pháp quy, Thư viện");
        assertEquals(0, doc.select("script, [onclick]").size());
    }

    @Test
    void rendersInEnglish() {
        Document doc = render("menu", directive(null), LocalDate.of(2026, 11, 23), "/", Locale.ENGLISH);
        assertEquals("Main menu", doc.select("nav").attr("aria-label"));
        assertEquals("Overview", topLevel(doc).get(0));
        assertEquals("en", doc.select("nav").attr("lang"));
    }

    @Test
    void nationalPresetWhenTheSiteNamesNoRuleSet() {
        Document top = render("top-menu", dev.congkit.core.TestSites.minimal(), LocalDate.of(2026, 11, 23), "/", RenderContext.VIETNAMESE);
        assertEquals(List.of("Trang chủ", "Giới thiệu", "Dịch vụ công trực tuyến", "Sơ đồ trang"), topLevel(top));
    }
}

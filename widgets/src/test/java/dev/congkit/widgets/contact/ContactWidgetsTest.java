package dev.congkit.widgets.contact;

import dev.congkit.core.TestSites;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.model.Official;
import dev.congkit.core.model.PhoneNumber;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.rules.RuleSets;
import dev.congkit.widgets.Fixture;
import dev.congkit.widgets.HtmlSafety;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CONTACT-OFFICIALS, CONTACT-POLITICAL, CONTACT-DIRECTORY, CONTACT-ENGLISH, LEADER-PROFILE. */
class ContactWidgetsTest {

    private static Official official(String id, String name, String position, String unit, String phone) {
        return new Official(id, name, position, null, unit, null, PhoneNumber.of(phone), null, null, null, null, null, null, null, null);
    }

    private static SiteConfig site() {
        return new SiteConfig(null, LocalDate.of(2026, 11, 23), TestSites.mauSon(), List.of(
                official("c", "Đỗ Thị Hà", "Chủ tịch Hội LHPN xã", "Hội Liên hiệp Phụ nữ xã", "0900000041"),
                official("b", "Nguyễn Văn Thành", "Chủ tịch UBND xã", "Uỷ ban nhân dân xã", "0900000001"),
                official("d", "Hoàng Thị Lan", "Chủ tịch Ủy ban MTTQ xã", "Ủy ban MTTQ Việt Nam xã", "0900000031"),
                official("a", "Lê Văn Hùng", "Bí thư Đảng ủy", "Đảng ủy xã", "0900000011"),
                official("e", "Trần Thị Mai", "Chủ tịch HĐND xã", "Hội đồng nhân dân xã", "0900000021")), null, null, null);
    }

    private static Document render(String widget, SiteConfig site, RenderContext context) {
        return HtmlSafety.assertSafe(widget, Fixture.RENDERER.render(widget, context));
    }

    @Test
    void directoryGroupsInTheDirectivesOrderWithTableHeaders() {
        Document doc = render("directory", site(), RenderContext.of(site()));
        assertEquals(List.of("Đảng ủy xã", "Hội đồng nhân dân xã", "Uỷ ban nhân dân xã", "Ủy ban MTTQ Việt Nam xã", "Hội Liên hiệp Phụ nữ xã"),
                doc.select("caption").eachText());
        assertEquals(5, doc.select("thead th[scope=col]").size() / 5);
        assertEquals("Lê Văn Hùng", doc.select("tbody th[scope=row]").first().text());
        assertEquals("tel:+84900000011", doc.select("tbody a[href^=tel:]").first().attr("href"));
        assertEquals("Cập nhật ngày 23/11/2026", doc.select(".ck-directory__updated").text());
        assertEquals("2026-11-23", doc.select(".ck-directory__updated time").attr("datetime"));
        assertEquals("/danh-ba.vcf", doc.select(".ck-directory__vcard a").attr("href"));
        assertEquals("/danh-ba/a.vcf", doc.select("tbody a[href$=.vcf]").first().attr("href"));
        assertTrue(doc.select(".ck-table-scroll[role=region][tabindex=0][aria-labelledby]").size() == 5);
    }

    @Test
    void contactCardShowsAnOfficialOrTheAgency() {
        Document card = render("contact-card", site(), RenderContext.of(site()).withParam("official", "b"));
        assertEquals("Nguyễn Văn Thành", card.select("h2").text());
        assertEquals("Chủ tịch UBND xã", card.select("dt:containsOwn(Chức vụ) + dd").text());
        Document agency = render("contact-card", site(), RenderContext.of(site()));
        assertEquals("Thôn Trung Tâm, xã Mẫu Sơn, tỉnh Thanh Hóa", agency.select("dt:containsOwn(Địa chỉ) + dd").text());
        assertEquals("", Fixture.RENDERER.render("contact-card", RenderContext.of(site()).withParam("official", "khong-co")));
        assertTrue(Fixture.RENDERER.render("contact-card", RenderContext.of(site()).withParam("official", "b")).contains("\"@type\":\"Person\""));
    }

    /** A former official leaves the directory, her card and the vCards on the day after her last; a new one joins on her first. */
    @Test
    void officialsArePublishedOnlyWhileInOffice() {
        Official thanh = official("b", "Nguyễn Văn Thành", "Chủ tịch UBND xã", "Uỷ ban nhân dân xã", "0900000001");
        Official former = new Official("huong", "Nguyễn Thị Hường", "Phó Chủ tịch UBND xã", null, "Uỷ ban nhân dân xã", null,
                PhoneNumber.of("0900000002"), null, null, null, null, null, null, null, LocalDate.of(2026, 11, 30));
        Official next = new Official("binh", "Nguyễn Văn Bình", "Phó Chủ tịch UBND xã", null, "Uỷ ban nhân dân xã", null,
                PhoneNumber.of("0900000003"), null, null, null, null, null, null, LocalDate.of(2026, 12, 1), null);
        SiteConfig site = new SiteConfig(null, null, TestSites.mauSon(), List.of(thanh, former, next), null, null, null);
        java.time.Clock lastDay = java.time.Clock.fixed(java.time.Instant.parse("2026-11-30T03:00:00Z"), RenderContext.VIETNAM);
        java.time.Clock nextDay = java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T03:00:00Z"), RenderContext.VIETNAM);
        assertEquals(List.of("Nguyễn Văn Thành", "Nguyễn Thị Hường"),
                render("directory", site, RenderContext.of(site).withClock(lastDay)).select("tbody th[scope=row]").eachText());
        Document after = render("directory", site, RenderContext.of(site).withClock(nextDay));
        assertEquals(List.of("Nguyễn Văn Thành", "Nguyễn Văn Bình"), after.select("tbody th[scope=row]").eachText());
        assertTrue(after.select("script[type=application/ld+json]").html().contains("Nguyễn Văn Bình")
                && !after.select("script[type=application/ld+json]").html().contains("Hường"), "JSON-LD lists those in office");
        assertEquals("", Fixture.RENDERER.render("contact-card", RenderContext.of(site).withClock(nextDay).withParam("official", "huong")));
        assertTrue(Fixture.RENDERER.render("contact-card", RenderContext.of(site).withClock(lastDay).withParam("official", "huong")).contains("Hường"));
        assertTrue(!VCards.directory(site, LocalDate.of(2026, 12, 1)).contains("Hường") && VCards.directory(site, LocalDate.of(2026, 12, 1)).contains("Bình"));
        assertTrue(site.official("huong").isPresent(), "still resolvable for the past weeks that name her");
        IllegalArgumentException wrongOrder = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Official("x", "A", "B", null,
                "C", null, PhoneNumber.of("0900000004"), null, null, null, null, null, null, LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1)));
        assertTrue(wrongOrder.getMessage().contains("activeUntil: must not be before activeFrom (2026-12-02), but was 2026-12-01"), wrongOrder.getMessage());
    }

    @Test
    void englishLabels() {
        Document doc = render("directory", site(), RenderContext.of(site()).withLocale(Locale.ENGLISH));
        assertEquals("Full name", doc.select("thead th").first().text());
        assertEquals("Updated on 23/11/2026", doc.select(".ck-directory__updated").text());
    }

    @Test
    void contactRulesWithTheirMessages() {
        SiteConfig hotline = new SiteConfig("thanhhoa-camthuy-2023", null, TestSites.mauSon(),
                List.of(official("a", "Lê Văn Hùng", "Bí thư", "Đảng ủy xã", "1022")), null, null, null);
        var context = new CheckContext(TestSites.MONDAY_23_11_2026, RuleSets.builtIn().effective("thanhhoa-camthuy-2023", LocalDate.of(2026, 11, 23)), null);
        assertEquals(List.of(
                "warning [CONTACT-OFFICIALS] site.json: officials[0].phone: '1022' is an organisation's hotline; give the official's own mobile or landline number",
                "warning [CONTACT-ENGLISH] site.json: officials: 1 of 1 officials have no positionEn, so the English directory shows Vietnamese titles: a",
                "warning [CONTACT-POLITICAL] site.json: officials: lists nobody from HĐND, UBND, Ủy ban MTTQ: \"Hệ thống chính trị\" gives the name, "
                        + "position and phone of Đảng ủy, HĐND, UBND, Ủy ban MTTQ and the mass organisations",
                "warning [CONTACT-DIRECTORY] site.json: directory.updated: is not set, so the directory shows no \"cập nhật ngày\" date; set it whenever staff change"),
                new ContactCheck().check(hotline, context).stream().map(f -> f.format("site.json")).toList());
    }
}

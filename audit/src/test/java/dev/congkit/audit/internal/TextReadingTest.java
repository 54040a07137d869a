package dev.congkit.audit.internal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the auditor reads footers, dates and robots.txt. Requirements: FOOTER-RESPONSIBLE, FRESHNESS, BANNER-EXPIRY. */
class TextReadingTest {

    private static FooterFacts footer(String text) {
        return FooterFacts.read(text, List.of(), List.of());
    }

    @Test
    void aLabelFollowedByNoValueIsNoValue() {
        FooterFacts facts = footer("Địa chỉ: Điện thoại: - Fax: Email: Giấy phép cung cấp thông tin trên internet số Trưởng Ban biên tập:");
        for (FooterFacts.Kind kind : List.of(FooterFacts.Kind.ADDRESS, FooterFacts.Kind.PHONE, FooterFacts.Kind.EMAIL,
                FooterFacts.Kind.RESPONSIBLE)) {
            assertFalse(facts.has(kind), kind.name());
        }
        assertEquals(List.of("Địa chỉ", "Điện thoại", "Fax", "Email", "Trưởng Ban biên tập"), List.copyOf(facts.emptyLabels()));
    }

    @Test
    void valuesAreReadInAnyCaseAndWithATitleInsideTheValue() {
        FooterFacts facts = footer("CHỊU TRÁCH NHIỆM VỀ NỘI DUNG: ÔNG LÊ MAI TOẢN - PHÓ CHỦ TỊCH UBND HUYỆN, TRƯỞNG BAN BIÊN TẬP. "
                + "EMAIL: DAKRLAP@DAKNONG.GOV.VN ĐIỆN THOẠI: 02613.648.128 ĐỊA CHỈ: TỔ DÂN PHỐ 3, THỊ TRẤN KIẾN ĐỨC");
        assertEquals("ÔNG LÊ MAI TOẢN - PHÓ CHỦ TỊCH UBND HUYỆN, TRƯỞNG BAN BIÊN TẬP", facts.value(FooterFacts.Kind.RESPONSIBLE).orElseThrow());
        assertTrue(facts.has(FooterFacts.Kind.PHONE) && facts.has(FooterFacts.Kind.EMAIL) && facts.has(FooterFacts.Kind.ADDRESS));
        assertTrue(facts.emptyLabels().isEmpty(), facts.emptyLabels().toString());
    }

    @Test
    void aDateIsNotAPhoneNumber() {
        assertFalse(FooterFacts.phoneIn("Cập nhật 05.08.2019 16:32", 8));
        assertFalse(FooterFacts.phoneIn("Giấy phép số 16/GPTTĐT cấp ngày 03/11/2016", 8));
        assertTrue(FooterFacts.phoneIn("Điện thoại: (024) 35123536", 9));
        assertTrue(FooterFacts.phoneIn("ĐT: +84 237 3 000 001", 9));
    }

    @Test
    void footerLinkBarsAreLabelsNotFacts() {
        assertTrue(FooterFacts.labelOnly("Thư điện tử"));
        assertTrue(FooterFacts.labelOnly("Email:"));
        assertFalse(FooterFacts.labelOnly("ubnd@thanhhoa.gov.vn"));
    }

    @Test
    void datesAsVietnamesePagesWriteThem() {
        assertEquals(List.of(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 2)),
                Dates.in("Ngày 28/11/2026; ngày 1 tháng 12 năm 2026; 2026-11-02; 31/02/2026 is no date"));
        assertEquals(OptionalInt.of(2015), Dates.lastYear("Kỷ niệm 85 năm (1930 - 2015)"));
        assertEquals(OptionalInt.of(2019), Dates.lastYear("Chào mừng năm mới 2019"));
        assertEquals(OptionalInt.empty(), Dates.lastYear("Chuyên mục chuyển đổi số"));
        assertEquals(OptionalInt.empty(), Dates.lastYear("Hotline 0237.2020.123"), "digits in a phone number are no year");
    }

    @Test
    void robotsTxtGroupsAndLongestMatch() {
        Robots robots = Robots.parse("""
                User-agent: *
                Disallow: /admin
                Allow: /admin/public
                Disallow: /*.pdf$
                Sitemap: https://xa.gov.vn/sitemap.xml
                """);
        assertFalse(robots.allows("/admin/secret"));
        assertTrue(robots.allows("/admin/public/page"));
        assertFalse(robots.allows("/files/a.pdf"));
        assertTrue(robots.allows("/files/a.pdf?x=1"));
        assertTrue(robots.allows("/"));
        assertEquals(List.of("https://xa.gov.vn/sitemap.xml"), robots.sitemaps());
        assertTrue(Robots.parse("User-agent: *\nDisallow: /\n\nUser-agent: CongKit-Audit\nAllow: /\n").allows("/x"));
        assertTrue(Robots.parse("").allows("/anything"));
    }
}

package dev.congkit.core.text;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextMatchTest {

    @Test
    void caseSpacesPunctuationZeroWidthAndNfdDoNotMatter() {
        String nfd = Normalizer.normalize("SƠ ĐỒ CỔNG", Normalizer.Form.NFD);
        assertTrue(TextMatch.same(nfd, "Sơ đồ cổng"));
        assertTrue(TextMatch.same("Du lịch – lễ hội", "du lịch - lễ hội"));
        assertTrue(TextMatch.same("Chịu trách nhiệm\u200b v\u200bề nội dung:", "chịu trách nhiệm về nội dung"));
        assertTrue(TextMatch.same("  Liên hệ\u00a0-\u00a0Góp ý ", "Liên hệ góp ý"));
        assertEquals("tin tức sự kiện", TextMatch.normalise("TIN TỨC - SỰ KIỆN"));
    }

    @Test
    void oldAndNewTonePlacementAreTheSame() {
        assertTrue(TextMatch.same("Uỷ ban nhân dân", "Ủy ban nhân dân"));
        assertTrue(TextMatch.same("Thanh Hoá", "Thanh Hóa"));
        assertTrue(TextMatch.same("Khánh Hoà", "KHÁNH HÒA"));
        assertFalse(TextMatch.same("Hòa", "Hoa"));
        assertTrue(TextMatch.same("Thuỷ lợi", "THỦY LỢI"));
    }

    @Test
    void cleanKeepsCaseAndPunctuationAndTouchesOnlyOpenSyllables() {
        assertEquals("Ủy ban nhân dân: Khánh Hòa", TextMatch.clean("Uỷ\u200b ban\u00a0nhân  dân: Khánh Hoà"));
        String closed = "Điện thoại, toàn, luật, quản lý, khoản, khuyến, quý";
        assertEquals(closed, TextMatch.clean(closed));
        assertEquals(closed, TextMatch.clean(java.text.Normalizer.normalize(closed, java.text.Normalizer.Form.NFD)));
    }

    @Test
    void diacriticsDoMatter() {
        assertFalse(TextMatch.same("Sơ đồ trang", "So do trang"));
        assertTrue(TextMatch.isOneOf("SƠ ĐỒ SITE", List.of("Sơ đồ trang", "Sơ đồ site")));
        assertFalse(TextMatch.isOneOf("Sơ đồ", List.of("Sơ đồ trang", "Sơ đồ site")));
    }
}

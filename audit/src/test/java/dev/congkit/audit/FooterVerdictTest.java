package dev.congkit.audit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * FOOTER-RESPONSIBLE and CONTACT-AGENCY read a footer as the directive writes one: "Đ/c" for địa
 * chỉ (but "Đ/c Nguyễn Văn An" is đồng chí, a person), "Đt" for điện thoại, and values introduced by
 * an icon (an icon font's class, a small picture) instead of a word.
 */
class FooterVerdictTest {

    private static SiteReport audit(String page) {
        return Audits.audit(Audits.PAGES.resolve("footer").resolve(page));
    }

    @Test
    void theDirectivesAbbreviationsAreLabels() {
        SiteReport report = audit("abbreviations.html");
        assertEquals("pass", Audits.statuses(report).get("FOOTER-RESPONSIBLE"), report.findings().toString());
        assertEquals("pass", Audits.statuses(report).get("CONTACT-AGENCY"), report.findings().toString());
    }

    @Test
    void valuesAfterIconsAreRead() {
        SiteReport report = audit("icons.html");
        assertEquals("pass", Audits.statuses(report).get("FOOTER-RESPONSIBLE"), report.findings().toString());
        assertEquals("pass", Audits.statuses(report).get("CONTACT-AGENCY"), report.findings().toString());
    }

    @Test
    void aComradeIsNoAddress() {
        SiteReport report = audit("comrade-only.html");
        assertNotEquals("pass", Audits.statuses(report).get("FOOTER-RESPONSIBLE"));
        String message = report.findings().stream().filter(f -> f.requirement().equals("FOOTER-RESPONSIBLE")).findFirst().orElseThrow().message();
        assertTrue(message.contains("địa chỉ"), message);
    }
}

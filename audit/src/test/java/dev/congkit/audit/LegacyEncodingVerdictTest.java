package dev.congkit.audit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * UTF8 is not met by a page that is valid UTF-8 but shows text typed in an old Vietnamese encoding
 * ("NguyÔn V¨n B×nh", TCVN3): the finding says what was meant. Correct text, with the spellings that
 * look unusual ("Thanh Hoá", "Ô Môn", "Müller"), passes.
 */
class LegacyEncodingVerdictTest {

    @Test
    void tcvn3TextShownAsUnicodeIsAFinding() {
        SiteReport report = Audits.audit(Audits.PAGES.resolve("encoding").resolve("tcvn3.html"));
        assertNotEquals("pass", Audits.statuses(report).get("UTF8"));
        String message = report.findings().stream().filter(f -> f.requirement().equals("UTF8")).findFirst().orElseThrow().message();
        assertTrue(message.contains("TCVN3") && message.contains("NguyÔn V¨n B×nh") && message.contains("Nguyễn Văn Bình"), message);
    }

    @Test
    void correctTextPasses() {
        SiteReport report = Audits.audit(Audits.PAGES.resolve("encoding").resolve("unicode.html"));
        assertEquals("pass", Audits.statuses(report).get("UTF8"), report.findings().toString());
    }
}

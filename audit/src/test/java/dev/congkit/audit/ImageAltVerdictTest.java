package dev.congkit.audit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * IMAGE-ALT: an empty alt says "decoration", which a week's schedule posted as a picture under its
 * heading is not; an ornament beside text is.
 */
class ImageAltVerdictTest {

    @Test
    void aScheduleAsAPictureNeedsItsText() {
        SiteReport report = Audits.audit(Audits.PAGES.resolve("alt").resolve("schedule-picture.html"));
        assertNotEquals("pass", Audits.statuses(report).get("IMAGE-ALT"));
        String message = report.findings().stream().filter(f -> f.requirement().equals("IMAGE-ALT")).findFirst().orElseThrow().message();
        assertTrue(message.startsWith("1/2 ảnh") && message.contains("1 ảnh chụp văn bản hay lịch"), message);
    }

    @Test
    void anOrnamentBesideTextIsDecoration() {
        assertEquals("pass", Audits.statuses(Audits.audit(Audits.PAGES.resolve("alt").resolve("decoration.html"))).get("IMAGE-ALT"));
    }
}

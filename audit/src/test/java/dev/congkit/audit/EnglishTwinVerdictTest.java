package dev.congkit.audit;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People and pictures are counted once: a directory and its English twin (same people, same phones
 * and e-mails, positions in both languages) name three officials, not six; an article and its twin
 * show two pictures, one without a caption, not four and two.
 */
class EnglishTwinVerdictTest {

    @Test
    void theEnglishTwinOfADirectoryCountsNoOneTwice() {
        SiteReport report = Audits.audit(Path.of("src/test/resources/sites/english-twin/index.html"));
        AuditFinding officials = SavedPagesAuditTest.find(report, "CONTACT-OFFICIALS");
        assertEquals(Status.PASS, officials.status(), officials.message());
        assertTrue(officials.message().contains("của 3 cán bộ") && officials.message().contains("trên 2 trang"), officials.message());
    }

    @Test
    void theEnglishTwinOfAnArticleCountsNoPictureTwice() {
        SiteReport report = Audits.audit(Path.of("src/test/resources/sites/english-twin/index.html"));
        AuditFinding captions = SavedPagesAuditTest.find(report, "NEWS-CAPTION");
        assertEquals(Status.WARNING, captions.status(), captions.message());
        assertTrue(captions.message().startsWith("1/2 "), "one picture of two lacks a caption, on both pages: " + captions.message());
    }
}

package dev.congkit.audit;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People are counted once: a directory and its English twin (same people, same phones and e-mails,
 * positions in both languages) name three officials, not six.
 */
class EnglishTwinVerdictTest {

    @Test
    void theEnglishTwinOfADirectoryCountsNoOneTwice() {
        SiteReport report = Audits.audit(Path.of("src/test/resources/sites/english-twin/index.html"));
        AuditFinding officials = SavedPagesAuditTest.find(report, "CONTACT-OFFICIALS");
        assertEquals(Status.PASS, officials.status(), officials.message());
        assertTrue(officials.message().contains("của 3 cán bộ") && officials.message().contains("trên 2 trang"), officials.message());
    }
}

package dev.congkit.audit;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SCHEDULE-RECEPTION: a home page that links to its reception schedule, when that page cannot be read,
 * is cannot-judge (as for a saved page), not "no schedule found".
 */
class ReceptionVerdictTest {

    @Test
    void aLinkedButUnreadSchedulePageCannotBeJudged() {
        SiteReport report = Audits.audit(Path.of("src/test/resources/sites/unread-link/index.html"));
        assertTrue(report.findings().size() > 1, "the other page was read");
        assertEquals("cannot-judge", Audits.statuses(report).get("SCHEDULE-RECEPTION"), Audits.finding(report, "SCHEDULE-RECEPTION"));
        assertTrue(Audits.finding(report, "SCHEDULE-RECEPTION").contains("lich-tiep-cong-dan.html"), Audits.finding(report, "SCHEDULE-RECEPTION"));
    }
}

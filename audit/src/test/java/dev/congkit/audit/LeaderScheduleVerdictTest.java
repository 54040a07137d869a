package dev.congkit.audit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SCHEDULE-LEADER passes on a week with sessions in it, not on a dated week that says "Chưa có lịch…" nor on one dated a year ahead. */
class LeaderScheduleVerdictTest {

    private static SiteReport audit(String page) {
        return Audits.audit(Audits.PAGES.resolve("schedule").resolve(page));
    }

    @Test
    void aWeekWithNoSessionIsNoCurrentSchedule() {
        SiteReport report = audit("empty-week.html");
        assertNotEquals("pass", Audits.statuses(report).get("SCHEDULE-LEADER"));
        String message = report.findings().stream().filter(f -> f.requirement().equals("SCHEDULE-LEADER")).findFirst().orElseThrow().message();
        assertTrue(message.contains("chưa có lịch"), message);
    }

    @Test
    void aWeekDatedAYearAheadIsNoCurrentSchedule() {
        // a typo in the year: dates more than two weeks ahead say nothing of the schedule being kept
        assertNotEquals("pass", Audits.statuses(audit("future-week.html")).get("SCHEDULE-LEADER"));
    }

    @Test
    void aWeekWithSessionsIsCurrent() {
        assertEquals("pass", Audits.statuses(audit("current-week.html")).get("SCHEDULE-LEADER"));
    }
}

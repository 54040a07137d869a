package dev.congkit.widgets.schedule;

import dev.congkit.core.TestSites;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.model.Official;
import dev.congkit.core.model.PhoneNumber;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.WorkCalendar;
import dev.congkit.core.rules.RuleSets;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SCHEDULE-RECEPTION, SCHEDULE-LEADER and FRESHNESS, each rule with its exact message. */
class ScheduleCheckTest {

    private static final Official CHAIR = new Official("nguyen-van-thanh", "Nguyễn Văn Thành", "Chủ tịch UBND xã", null, "UBND xã", null,
            PhoneNumber.of("0900000001"), null, null, null, null, null, null, null, null);
    private static final Official VICE = new Official("nguyen-thi-huong", "Nguyễn Thị Hường", "Phó Chủ tịch UBND xã", null, "UBND xã", null,
            PhoneNumber.of("0900000002"), null, null, null, null, null, null, null, null);

    private static ReceptionSession session(String official, LocalDate date, LocalDate published) {
        return new ReceptionSession(date, official, null, null, LocalTime.of(7, 30), LocalTime.of(11, 0), null, published, null, null);
    }

    private static SiteConfig site(WorkCalendar calendar, List<ReceptionSession> sessions, LeaderSchedule leaders) {
        SiteConfig site = new SiteConfig("thanhhoa-camthuy-2023", null, TestSites.mauSon(), List.of(CHAIR, VICE), null, calendar, null)
                .withSection(ReceptionSchedule.SECTION.name(), new ReceptionSchedule("Phòng tiếp công dân", null, "Các ngày làm việc", null, null,
                        null, null, sessions, null));
        return leaders == null ? site : site.withSection(LeaderSchedule.SECTION.name(), leaders);
    }

    private static List<String> findings(SiteConfig site, LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"));
        return new ScheduleCheck().check(site, new CheckContext(clock, RuleSets.builtIn().effective(site.ruleSet(), today), null))
                .stream().map(f -> f.format("site.json")).toList();
    }

    private static LeaderSchedule currentWeek(LocalDateTime updated) {
        return new LeaderSchedule(List.of(new ScheduleWeek("2026-W48", null, updated, null, List.of())), null, null);
    }

    @Test
    void aWeekWithoutTheChairpersonsReceptionIsNamed() {
        List<ReceptionSession> sessions = new ArrayList<>();
        sessions.add(session("nguyen-van-thanh", LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 16)));
        sessions.add(session("nguyen-thi-huong", LocalDate.of(2026, 12, 3), LocalDate.of(2026, 11, 23)));
        sessions.add(session("nguyen-van-thanh", LocalDate.of(2026, 12, 10), LocalDate.of(2026, 11, 23)));
        assertEquals(List.of("warning [SCHEDULE-RECEPTION] site.json: receptionSchedule.sessions: the chairperson (Nguyễn Văn Thành) has no "
                        + "reception day in the week 2026-W49 (30/11/2026–06/12/2026); the law asks for at least one day a week"),
                findings(site(null, sessions, currentWeek(LocalDateTime.of(2026, 11, 20, 16, 0))), LocalDate.of(2026, 11, 23)));
    }

    @Test
    void aSessionPublishedThreeWorkingDaysAheadAcrossAHolidayIsNamed() {
        // published Thursday 27/08; 28/08 and 31/08 are working days, 01/09 and 02/09 are holidays: 3 working days before Thursday 03/09
        WorkCalendar calendar = new WorkCalendar(List.of(LocalDate.of(2026, 9, 1)), null, null);
        List<ReceptionSession> sessions = List.of(session("nguyen-van-thanh", LocalDate.of(2026, 9, 3), LocalDate.of(2026, 8, 27)));
        assertEquals(List.of("warning [SCHEDULE-RECEPTION] site.json: receptionSchedule.sessions[0].published: the session of 03/09/2026 "
                        + "(Nguyễn Văn Thành) was published on 27/08/2026, 3 working days ahead; the law asks for at least 5"),
                findings(site(calendar, sessions, new LeaderSchedule(List.of(new ScheduleWeek("2026-W36", null, null, null, List.of())), null, null)),
                        LocalDate.of(2026, 8, 31)));
        List<ReceptionSession> onTime = List.of(session("nguyen-van-thanh", LocalDate.of(2026, 9, 3), LocalDate.of(2026, 8, 25)));
        assertEquals(List.of(), findings(site(calendar, onTime, new LeaderSchedule(List.of(new ScheduleWeek("2026-W36", null, null, null, List.of())), null, null)),
                LocalDate.of(2026, 8, 31)));
    }

    @Test
    void withoutAChairpersonTheWeeklyRuleCannotBeChecked() {
        SiteConfig site = new SiteConfig(null, null, TestSites.mauSon(), List.of(VICE), null, null, null)
                .withSection(ReceptionSchedule.SECTION.name(), new ReceptionSchedule("P", null, "H", null, null, null, null,
                        List.of(session("nguyen-thi-huong", LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 10))), null))
                .withSection(LeaderSchedule.SECTION.name(), currentWeek(null));
        assertEquals(List.of("warning [SCHEDULE-RECEPTION] site.json: receptionSchedule.chairman: is not set and no official's position is "
                + "Chủ tịch UBND, so the weekly reception cannot be checked"), findings(site, LocalDate.of(2026, 11, 23)));
    }

    @Test
    void missingSchedulesAreWarned() {
        SiteConfig none = new SiteConfig(null, null, TestSites.mauSon(), List.of(CHAIR), null, null, null);
        assertEquals(List.of(
                "warning [SCHEDULE-LEADER] site.json: leaderSchedule: has no schedule for the current week 2026-W48 (23/11/2026–29/11/2026)",
                "warning [SCHEDULE-RECEPTION] site.json: receptionSchedule: is missing: publish the place, the regular hours and the chairperson's reception days"),
                findings(none, LocalDate.of(2026, 11, 25)));
    }

    @Test
    void aScheduleUpdatedMoreThanFiveWorkingDaysAgoIsStale() {
        List<ReceptionSession> sessions = List.of(session("nguyen-van-thanh", LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 16)));
        assertEquals(List.of(), findings(site(null, sessions, currentWeek(LocalDateTime.of(2026, 11, 20, 16, 0))), LocalDate.of(2026, 11, 27)));
        assertEquals(List.of("warning [FRESHNESS] site.json: leaderSchedule.weeks[0].updated: the leaders' schedule was last updated on "
                        + "13/11/2026, 8 working days ago; update it within 5"),
                findings(site(null, sessions, currentWeek(LocalDateTime.of(2026, 11, 13, 9, 0))), LocalDate.of(2026, 11, 25)));
    }
}

package dev.congkit.widgets.schedule;

import dev.congkit.core.TestSites;
import dev.congkit.core.model.Email;
import dev.congkit.core.model.Official;
import dev.congkit.core.model.PhoneNumber;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.widgets.Fixture;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** iCalendar checked by an independent parser (ical4j). SCHEDULE-LEADER, SCHEDULE-RECEPTION. */
class ICalendarsTest {

    static final String LONG = "Hội nghị trực tuyến toàn tỉnh triển khai nhiệm vụ chuyển đổi số, xây dựng chính quyền số cấp xã, "
            + "cải cách thủ tục hành chính; nâng cao chỉ số hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan \\ nhà nước";

    static SiteConfig site() {
        Official thanh = new Official("nguyen-van-thanh", "Nguyễn Văn Thành", "Chủ tịch UBND xã", null, "UBND xã", null,
                PhoneNumber.of("0900 000 001"), Email.of("nvthanh@mauson.thanhhoa.gov.vn"), null, null, null, null, null, null, null);
        ScheduleWeek week = new ScheduleWeek("2026-W48", "Chánh Văn phòng", LocalDateTime.of(2026, 11, 20, 16, 0), "Lịch này thay thư mời họp", List.of(
                new ScheduleEntry(null, LocalDate.of(2026, 11, 23), null, LocalTime.of(7, 30), LocalTime.of(9, 0), LONG, "nguyen-van-thanh",
                        null, "Thường trực Đảng ủy, HĐND, UBND xã", "Phòng họp số 1; tầng 2", "Văn phòng", null, null, null, null),
                new ScheduleEntry(null, LocalDate.of(2026, 11, 23), null, LocalTime.of(7, 30), null, "Tiếp khách", null, "Phó Chủ tịch",
                        null, null, null, null, true, null, null),
                new ScheduleEntry("hop-dan-thon-dong", LocalDate.of(2026, 11, 27), null, LocalTime.of(19, 0), null, "Họp dân thôn Đông",
                        "nguyen-van-thanh", null, null, null, null, "Hoãn", null, true, null)));
        ReceptionSchedule reception = new ReceptionSchedule("Phòng tiếp công dân", null, "Các ngày làm việc", null, null, null, null,
                List.of(new ReceptionSession(LocalDate.of(2026, 11, 26), "nguyen-van-thanh", null, null, LocalTime.of(7, 30), LocalTime.of(11, 0),
                        null, LocalDate.of(2026, 11, 16), null, "Định kỳ hằng tuần")), null);
        return new SiteConfig(null, null, TestSites.mauSon(), List.of(thanh), null, null, null)
                .withSection(LeaderSchedule.SECTION.name(), new LeaderSchedule(List.of(week), null, null))
                .withSection(ReceptionSchedule.SECTION.name(), reception);
    }

    static Labels labels() {
        return Fixture.RENDERER.labels(LeaderScheduleWidget.ID, RenderContext.VIETNAMESE);
    }

    static Calendar parse(String text) throws Exception {
        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            assertTrue(!line.contains("\n"), "CRLF only");
        }
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        var result = calendar.validate(true);
        assertTrue(!result.hasErrors(), result.getEntries().toString());
        return calendar;
    }

    static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void leaderScheduleRoundTripsEveryVietnameseField() throws Exception {
        Calendar calendar = parse(ICalendars.leaderSchedule(site(), labels(), null, null));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(3, events.size());
        VEvent first = events.get(0);
        assertEquals(LONG, value(first, "SUMMARY"));
        assertEquals("Phòng họp số 1; tầng 2", value(first, "LOCATION"));
        assertEquals("Chủ trì: Nguyễn Văn Thành, Chủ tịch UBND xã\nThành phần: Thường trực Đảng ủy, HĐND, UBND xã\nĐơn vị chuẩn bị: Văn phòng",
                value(first, "DESCRIPTION"));
        Temporal start = first.getDateTimeStart().getDate();
        assertEquals(ZonedDateTime.of(2026, 11, 23, 7, 30, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), ZonedDateTime.from(start).toInstant());
        assertEquals("20261120T090000Z", value(first, "DTSTAMP"));
        assertEquals("lich-lam-viec-2026-11-23T0730-1@mauson.thanhhoa.gov.vn", value(first, "UID"));
        assertEquals("lich-lam-viec-2026-11-23T0730-2@mauson.thanhhoa.gov.vn", value(events.get(1), "UID"));
        assertEquals("1", value(events.get(1), "SEQUENCE"), "changed entries get a new sequence");
        assertEquals("CANCELLED", value(events.get(2), "STATUS"));
        assertEquals("hop-dan-thon-dong@mauson.thanhhoa.gov.vn", value(events.get(2), "UID"));
        assertEquals("Asia/Ho_Chi_Minh", calendar.getComponent("VTIMEZONE").orElseThrow().getProperty("TZID").orElseThrow().getValue());
    }

    @Test
    void filtersByWeekAndLeaderWithStableUids() throws Exception {
        List<VEvent> leader = parse(ICalendars.leaderSchedule(site(), labels(), null, "nguyen-van-thanh")).getComponents("VEVENT");
        assertEquals(2, leader.size());
        assertEquals("lich-lam-viec-2026-11-23T0730-1@mauson.thanhhoa.gov.vn", value(leader.get(0), "UID"));
        assertEquals(0, parse(ICalendars.leaderSchedule(site(), labels(), "2026-W49", null)).getComponents("VEVENT").size());
        assertTrue(ICalendars.leaderSchedule(site(), labels(), null, "nguyen-van-thanh").contains("X-WR-CALNAME:Lịch làm việc của Nguyễn Văn Thành"));
    }

    @Test
    void receptionScheduleParses() throws Exception {
        List<VEvent> events = parse(ICalendars.reception(site(), labels())).getComponents("VEVENT");
        assertEquals(1, events.size());
        assertEquals("Tiếp công dân: Nguyễn Văn Thành", value(events.get(0), "SUMMARY"));
        assertEquals("Phòng tiếp công dân", value(events.get(0), "LOCATION"));
        assertEquals("Người tiếp công dân: Nguyễn Văn Thành, Chủ tịch UBND xã\nĐịnh kỳ hằng tuần", value(events.get(0), "DESCRIPTION"));
    }
}

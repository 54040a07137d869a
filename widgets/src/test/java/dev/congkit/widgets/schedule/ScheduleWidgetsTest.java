package dev.congkit.widgets.schedule;

import dev.congkit.core.TestSites;
import dev.congkit.core.render.RenderContext;
import dev.congkit.widgets.Fixture;
import dev.congkit.widgets.HtmlSafety;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SCHEDULE-LEADER and SCHEDULE-RECEPTION rendering. */
class ScheduleWidgetsTest {

    private static Document render(String widget, RenderContext context) {
        return HtmlSafety.assertSafe(widget, Fixture.RENDERER.render(widget, context));
    }

    private static RenderContext context() {
        return RenderContext.of(ICalendarsTest.site()).withClock(TestSites.MONDAY_23_11_2026);
    }

    @Test
    void currentWeekGroupedByDayWithTimeElementsAndTodayInWords() {
        Document doc = render("leader-schedule", context());
        assertEquals("Lịch làm việc của lãnh đạo: Tuần thứ 48, từ ngày 23/11/2026 đến ngày 29/11/2026", doc.select("h2").text());
        assertEquals(List.of("2026-11-23", "2026-11-29"), doc.select("h2 time").eachAttr("datetime"));
        assertEquals(List.of("Thứ Hai, 23/11/2026 (Hôm nay)", "Thứ Sáu, 27/11/2026"), doc.select("th[scope=rowgroup]").eachText());
        assertEquals(7, doc.select("thead th[scope=col]").size());
        assertTrue(doc.select("tr.ck-schedule__entry--cancelled").text().contains("Đã hủy"));
        assertTrue(doc.select("tr.ck-schedule__entry").get(1).text().contains("Có thay đổi"));
        assertEquals("/lich-lam-viec?tuan=2026-W47", doc.select("a[rel=prev]").attr("href"));
        assertEquals("/lich-lam-viec.ics?tuan=2026-W48", doc.select(".ck-schedule__files a").first().attr("href"));
    }

    @Test
    void filtersByLeaderAndChoosesTheWeek() {
        Document one = render("leader-schedule", context().withParam("lanh-dao", "nguyen-van-thanh"));
        assertEquals(2, one.select("tr.ck-schedule__entry").size());
        assertEquals("Nguyễn Văn Thành", one.select(".ck-schedule__filter a[aria-current=true]").text());
        assertEquals("/lich-lam-viec.ics?lanh-dao=nguyen-van-thanh", one.select(".ck-schedule__files a").get(1).attr("href"));
        Document other = render("leader-schedule", context().withParam("tuan", "2026-W49"));
        assertEquals("Chưa có lịch làm việc của tuần này.", other.select(".ck-schedule__empty").text());
        Document bad = render("leader-schedule", context().withParam("tuan", "2026-W99"));
        assertTrue(bad.select("h2").text().contains("Tuần thứ 48"), "an invalid week falls back to the current one");
    }

    @Test
    void receptionTableAndEnglish() {
        Document doc = render("reception-schedule", context());
        assertEquals(List.of("Tháng", "Người tiếp công dân", "Chức vụ", "Ngày tiếp"), doc.select("thead th").eachText());
        assertEquals("11/2026 Nguyễn Văn Thành Chủ tịch UBND xã Thứ Năm, 26/11/2026, 07:30–11:00 Định kỳ hằng tuần",
                doc.select("tbody tr").first().text());
        assertTrue(doc.select(".ck-reception__basis").text().startsWith("Thực hiện Luật Tiếp công dân năm 2013"));
        Document en = render("reception-schedule", context().withLocale(Locale.ENGLISH));
        assertEquals("Thursday, 26/11/2026", en.select("tbody time").first().text());
    }
}

package dev.congkit.core.time;

import dev.congkit.core.model.WorkCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDaysTest {

    @Test
    void weekendsAndFixedHolidaysAreNotWorkingDays() {
        WorkingDays days = WorkingDays.of(null);
        assertTrue(days.isWorkingDay(LocalDate.of(2026, 11, 23)));
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 11, 28)), "Saturday");
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 9, 2)), "National Day");
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 4, 30)));
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 5, 1)));
        assertFalse(days.isWorkingDay(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void theSiteAddsLunarAndCompensatoryDaysSwapsSaturdaysAndRemovesHolidays() {
        WorkCalendar calendar = new WorkCalendar(List.of(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 9, 1)),
                List.of(LocalDate.of(2026, 5, 9)), List.of(LocalDate.of(2026, 1, 1)));
        WorkingDays days = WorkingDays.of(calendar);
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 4, 27)), "Giỗ Tổ Hùng Vương 2026");
        assertFalse(days.isWorkingDay(LocalDate.of(2026, 9, 1)));
        assertTrue(days.isWorkingDay(LocalDate.of(2026, 5, 9)), "a Saturday worked in exchange");
        assertTrue(days.isWorkingDay(LocalDate.of(2026, 1, 1)), "taken back");
    }

    @Test
    void countsWorkingDaysInAHalfOpenRange() {
        WorkingDays days = WorkingDays.of(null);
        assertEquals(5, days.between(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30)));
        assertEquals(3, days.between(LocalDate.of(2026, 8, 27), LocalDate.of(2026, 9, 3)),
                "27, 28, 31 Aug; 2 Sep and the day beside it (1 Sep, until announced) are holidays");
        assertEquals(0, days.between(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void tetAndHungKingsDayAreBuiltInFromTheLunarCalendar() {
        WorkingDays days = WorkingDays.of(null);
        // Tết Đinh Mùi: 29 Tết (Friday 5/2/2027) and mùng 1 to mùng 4 (6–9/2); Giỗ Tổ on Friday 16/4/2027
        for (String day : new String[] {"2027-02-05", "2027-02-08", "2027-02-09", "2027-04-16"}) {
            assertFalse(days.isWorkingDay(java.time.LocalDate.parse(day)), day);
        }
        assertTrue(days.isWorkingDay(java.time.LocalDate.parse("2027-02-04")), "28 Tết is a working day");
        // mùng 1 and 2 fall on Saturday and Sunday: the law gives 10/2 and 11/2 off; 12/2 is a working day
        assertFalse(days.isWorkingDay(java.time.LocalDate.parse("2027-02-10")), "compensatory day for mùng 1");
        assertTrue(days.isWorkingDay(java.time.LocalDate.parse("2027-02-12")));
        assertEquals(java.util.Set.of(java.time.LocalDate.parse("2027-02-05"), java.time.LocalDate.parse("2027-02-06"),
                java.time.LocalDate.parse("2027-02-07"), java.time.LocalDate.parse("2027-02-08"), java.time.LocalDate.parse("2027-02-09"),
                java.time.LocalDate.parse("2027-04-16")), WorkingDays.lunarHolidays(2027));
        assertEquals(0, days.between(java.time.LocalDate.parse("2027-02-05"), java.time.LocalDate.parse("2027-02-12")));
        // a swap announced for that year comes from the site: Saturday 20/2/2027 worked
        WorkingDays announced = WorkingDays.of(new dev.congkit.core.model.WorkCalendar(null,
                java.util.List.of(java.time.LocalDate.parse("2027-02-20")), null));
        assertTrue(announced.isWorkingDay(java.time.LocalDate.parse("2027-02-20")));
    }
}

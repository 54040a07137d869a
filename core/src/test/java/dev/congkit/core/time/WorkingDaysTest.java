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
        assertEquals(4, days.between(LocalDate.of(2026, 8, 27), LocalDate.of(2026, 9, 3)), "27, 28, 31 Aug and 1 Sep; 2 Sep is a holiday");
        assertEquals(0, days.between(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 30)));
    }
}

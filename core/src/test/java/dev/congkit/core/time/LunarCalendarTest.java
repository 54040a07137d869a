package dev.congkit.core.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The computed lunar calendar against the published one: Tết and Giỗ Tổ Hùng Vương 2020–2030, leap months. */
class LunarCalendarTest {

    @ParameterizedTest(name = "Tết {0}: {1}; Giỗ Tổ: {2}")
    @CsvSource({
        "2020, 2020-01-25, 2020-04-02",
        "2021, 2021-02-12, 2021-04-21",
        "2022, 2022-02-01, 2022-04-10",
        "2023, 2023-01-22, 2023-04-29",
        "2024, 2024-02-10, 2024-04-18",
        "2025, 2025-01-29, 2025-04-07",
        "2026, 2026-02-17, 2026-04-26",
        "2027, 2027-02-06, 2027-04-16",
        "2028, 2028-01-26, 2028-04-04",
        "2029, 2029-02-13, 2029-04-23",
        // the new moon of 2 February 2030 falls at 23:07 in Hanoi but 00:07 on the 3rd in Beijing:
        // Tết Canh Tuất is a day before the Chinese New Year, as in 2007
        "2030, 2030-02-02, 2030-04-12"})
    void tetAndHungKingsDayAreThePublishedDates(int year, LocalDate tet, LocalDate hungKings) {
        assertEquals(tet, LunarCalendar.newYear(year));
        assertEquals(hungKings, LunarCalendar.hungKingsDay(year));
        assertEquals(new LunarDate(1, 1, year, false), LunarCalendar.toLunar(tet));
        assertEquals(new LunarDate(10, 3, year, false), LunarCalendar.toLunar(hungKings));
    }

    @ParameterizedTest(name = "{0} is {1}/{2}{3} of {4}")
    @CsvSource({
        "2020-05-23, 1, 4, true, 2020",     // tháng 4 nhuận Canh Tý
        "2023-03-22, 1, 2, true, 2023",     // tháng 2 nhuận Quý Mão
        "2023-04-20, 1, 3, false, 2023",
        "2025-07-25, 1, 6, true, 2025",     // tháng 6 nhuận Ất Tỵ
        "2026-12-01, 23, 10, false, 2026",
        "2027-02-05, 29, 12, false, 2026",  // the last day of the year Bính Ngọ: 29 Tết
        "2024-02-09, 30, 12, false, 2023"}) // 30 Tết Quý Mão
    void daysAreTheirLunarDates(LocalDate day, int lunarDay, int month, boolean leap, int year) {
        LunarDate lunar = new LunarDate(lunarDay, month, year, leap);
        assertEquals(lunar, LunarCalendar.toLunar(day));
        assertEquals(day, LunarCalendar.toSolar(lunar));
    }

    @Test
    void everyDayOfFiftyYearsGoesThereAndBack() {
        for (LocalDate day = LocalDate.of(2000, 1, 1); day.isBefore(LocalDate.of(2050, 1, 1)); day = day.plusDays(1)) {
            assertEquals(day, LunarCalendar.toSolar(LunarCalendar.toLunar(day)), day.toString());
        }
    }

    @Test
    void aLeapMonthTheYearDoesNotHaveIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(new LunarDate(1, 5, 2023, true)));
        assertEquals("1/5 nhuận/2023 âm lịch: the lunar year 2023 has no leap month 5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(new LunarDate(1, 3, 2024, true)));
    }
}

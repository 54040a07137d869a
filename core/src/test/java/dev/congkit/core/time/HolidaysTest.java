package dev.congkit.core.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The holidays shipped as data, against the days that were announced. */
class HolidaysTest {

    private final Holidays holidays = Holidays.builtIn();

    @Test
    void eachYearIsJudgedByTheCodeInForce() {
        assertEquals("bllđ-2012", holidays.versionFor(2020).id());
        assertEquals("bllđ-2019", holidays.versionFor(2021).id());
        assertEquals("Bộ luật Lao động 2019, Điều 112", holidays.versionFor(2026).law());
        // 2020: 2/9 alone; from 2021 a day beside it
        assertFalse(holidays.of(2020).contains(LocalDate.of(2020, 9, 1)) || holidays.of(2020).contains(LocalDate.of(2020, 9, 3)));
    }

    @Test
    void theDayBesideNationalDayIsTheAnnouncedOne() {
        assertEquals(LocalDate.of(2021, 9, 3), holidays.nationalDayAdjacent(2021));
        assertEquals(LocalDate.of(2022, 9, 1), holidays.nationalDayAdjacent(2022));
        assertEquals(LocalDate.of(2023, 9, 1), holidays.nationalDayAdjacent(2023));
        assertEquals(LocalDate.of(2024, 9, 3), holidays.nationalDayAdjacent(2024));
        assertEquals(LocalDate.of(2025, 9, 1), holidays.nationalDayAdjacent(2025));
        // not yet announced: the day that joins 2/9 to a weekend (Thursday 2/9/2027: Friday 3/9)
        assertEquals(LocalDate.of(2027, 9, 3), holidays.nationalDayAdjacent(2027));
    }

    @Test
    void aHolidayOnAWeekendGivesTheNextWorkingDayOff() {
        // as announced: 1/1/2022 (Saturday) → Monday 3/1; Giỗ Tổ 10/4/2022 (Sunday) → Monday 11/4;
        // 30/4 and 1/5/2022 (Saturday, Sunday) → 2/5 and 3/5; 2/9/2023 (Saturday) → Monday 4/9
        for (String day : List.of("2022-01-03", "2022-04-11", "2022-05-02", "2022-05-03", "2023-09-04")) {
            assertTrue(holidays.of(LocalDate.parse(day).getYear()).contains(LocalDate.parse(day)), day);
        }
        // Tết Đinh Mùi 2027: mùng 1 and 2 on Saturday and Sunday, so 10/2 and 11/2 are off
        assertTrue(holidays.of(2027).containsAll(List.of(LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11))));
        assertFalse(holidays.of(2027).contains(LocalDate.of(2027, 2, 12)));
    }

    @Test
    void tetAndHungKingsDayFollowTheLunarCalendarFrom2020To2030() {
        // mùng 1 Tết as published for each year
        String[] tet = {"2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10", "2025-01-29", "2026-02-17",
                "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03"};
        for (String day : tet) {
            LocalDate newYear = LocalDate.parse(day);
            assertTrue(holidays.of(newYear.getYear()).containsAll(List.of(newYear.minusDays(1), newYear, newYear.plusDays(3))), day);
        }
        assertTrue(holidays.of(2026).contains(LocalDate.of(2026, 4, 26)), "Giỗ Tổ 2026, a Sunday");
        assertTrue(holidays.of(2026).contains(LocalDate.of(2026, 4, 27)), "and its compensatory Monday");
    }
}

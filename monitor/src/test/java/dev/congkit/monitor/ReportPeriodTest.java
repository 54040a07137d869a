package dev.congkit.monitor;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Periods with the cut-off of Nghị định 09/2019 Điều 12: the 15th of the month before to the 14th. */
class ReportPeriodTest {

    @Test
    void monthsAndQuartersCutOnTheFourteenth() {
        assertEquals(new ReportPeriod("tháng 12/2026", LocalDate.of(2026, 11, 15), LocalDate.of(2026, 12, 14)), ReportPeriod.month(YearMonth.of(2026, 12)));
        assertEquals(new ReportPeriod("tháng 01/2027", LocalDate.of(2026, 12, 15), LocalDate.of(2027, 1, 14)), ReportPeriod.month(YearMonth.of(2027, 1)));
        assertEquals(new ReportPeriod("quý I/2027", LocalDate.of(2026, 12, 15), LocalDate.of(2027, 3, 14)), ReportPeriod.quarter(2027, 1));
        assertEquals(new ReportPeriod("quý IV/2026", LocalDate.of(2026, 9, 15), LocalDate.of(2026, 12, 14)), ReportPeriod.quarter(2026, 4));
        assertEquals("tháng 12/2026", ReportPeriod.monthOf(LocalDate.of(2026, 12, 14)).name());
        assertEquals("tháng 01/2027", ReportPeriod.monthOf(LocalDate.of(2026, 12, 15)).name(), "the 15th opens the next month's period");
        assertThrows(IllegalArgumentException.class, () -> ReportPeriod.quarter(2026, 5));
    }
}

package dev.congkit.monitor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A reporting period with the cut-off Nghị định 09/2019/NĐ-CP (Điều 12) sets for periodic reports:
 * a month runs from the 15th of the month before to the 14th; a quarter from the 15th of the month
 * before it to the 14th of its last month.
 *
 * <p>Example:
 * <pre>{@code
 * ReportPeriod.month(YearMonth.of(2026, 12));   // 15/11/2026 – 14/12/2026, "tháng 12/2026"
 * ReportPeriod.quarter(2026, 4);                // 15/09/2026 – 14/12/2026, "quý IV/2026"
 * }</pre>
 */
public record ReportPeriod(String name, LocalDate from, LocalDate to) {

    public ReportPeriod {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to: must not be before from, but " + to + " is before " + from);
        }
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod("tháng " + String.format("%02d/%d", month.getMonthValue(), month.getYear()),
                month.minusMonths(1).atDay(15), month.atDay(14));
    }

    /** @param quarter 1 to 4 */
    public static ReportPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter: 1 to 4, but was " + quarter);
        }
        YearMonth last = YearMonth.of(year, quarter * 3);
        return new ReportPeriod("quý " + new String[] {"I", "II", "III", "IV"}[quarter - 1] + "/" + year, last.minusMonths(3).atDay(15), last.atDay(14));
    }

    /** The month whose period holds {@code day}: the 15th and later belong to the next month's report. */
    public static ReportPeriod monthOf(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return month(day.getDayOfMonth() >= 15 ? month.plusMonths(1) : month);
    }
}

package dev.congkit.core.time;

import dev.congkit.core.model.WorkCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Working days in Vietnam: Monday to Friday, less public holidays. The fixed-date holidays of
 * Bộ luật Lao động 2019 Đ112 are built in (1/1, 30/4, 1/5, 2/9); the lunar ones and each year's
 * compensatory and swapped days come from the site's {@link WorkCalendar}.
 *
 * <p>Example:
 * <pre>{@code
 * WorkingDays days = WorkingDays.of(site.workCalendar());
 * days.isWorkingDay(LocalDate.of(2026, 9, 2));                         // false: National Day
 * days.between(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 4)); // 5
 * }</pre>
 */
public final class WorkingDays {

    /** The fixed-date national holidays. */
    public static final List<MonthDay> FIXED_HOLIDAYS = List.of(
            MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1), MonthDay.of(9, 2));

    private final Set<LocalDate> extraHolidays;
    private final Set<LocalDate> workingWeekendDays;
    private final Set<LocalDate> notHolidays;

    private WorkingDays(WorkCalendar calendar) {
        this.extraHolidays = new HashSet<>(calendar.holidays());
        this.workingWeekendDays = new HashSet<>(calendar.workingDays());
        this.notHolidays = new HashSet<>(calendar.notHolidays());
    }

    public static WorkingDays of(WorkCalendar calendar) {
        return new WorkingDays(calendar == null ? WorkCalendar.empty() : calendar);
    }

    public boolean isHoliday(LocalDate day) {
        if (notHolidays.contains(day)) {
            return false;
        }
        return extraHolidays.contains(day) || FIXED_HOLIDAYS.contains(MonthDay.from(day));
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekendDays.contains(day)) {
            return true;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /** Working days in {@code [from, until)}. */
    public int between(LocalDate from, LocalDate until) {
        int count = 0;
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}

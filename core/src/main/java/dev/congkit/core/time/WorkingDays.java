package dev.congkit.core.time;

import dev.congkit.core.model.WorkCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Working days in Vietnam: Monday to Friday, less public holidays. The holidays come from
 * {@link Holidays#builtIn()}: the Labour Code's fixed dates (1/1, 30/4, 1/5, 2/9 and the day beside
 * it), Giỗ Tổ Hùng Vương and the five days of Tết from the lunar calendar ({@link LunarCalendar}),
 * and the compensatory day the law gives for a holiday on a weekend. What is announced beyond that
 * (swapped working days, extra days off) comes from the site's {@link WorkCalendar}, which can also
 * take a built-in holiday back.
 *
 * <p>Example:
 * <pre>{@code
 * WorkingDays days = WorkingDays.of(site.workCalendar());
 * days.isWorkingDay(LocalDate.of(2026, 9, 2));                         // false: National Day
 * days.isWorkingDay(LocalDate.of(2027, 2, 8));                         // false: mùng 3 Tết, computed
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
        return extraHolidays.contains(day) || Holidays.builtIn().of(day.getYear()).contains(day);
    }

    /** The built-in holidays of {@code year} that follow the lunar calendar: Tết and Giỗ Tổ Hùng Vương. */
    public static Set<LocalDate> lunarHolidays(int year) {
        Holidays.Version law = Holidays.builtIn().versionFor(year);
        Set<LocalDate> days = new java.util.TreeSet<>();
        LocalDate tet = LunarCalendar.newYear(year);
        for (int offset = -law.tetDaysBefore(); offset < law.tetDaysFrom(); offset++) {
            days.add(tet.plusDays(offset));
        }
        if (law.hungKingsDay()) {
            days.add(LunarCalendar.hungKingsDay(year));
        }
        return java.util.Collections.unmodifiableSet(days);
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

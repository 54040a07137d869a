package dev.congkit.core.model;

import dev.congkit.core.validation.Check;

import java.time.LocalDate;
import java.util.List;

/**
 * The site's changes to the working calendar, as the government announces them each year: Saturdays
 * made working days in a swap, extra days off, and built-in holidays to take back. The holidays
 * themselves are built in ({@link dev.congkit.core.time.Holidays}): the Labour Code's fixed dates, the
 * day beside 2/9, Tết Nguyên đán and Giỗ Tổ Hùng Vương from the lunar calendar, and the compensatory
 * day for a holiday on a weekend.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json: "workCalendar": { "holidays": ["2027-02-12"], "workingDays": ["2027-02-20"] }
 * WorkingDays days = WorkingDays.of(site.workCalendar());
 * }</pre>
 */
@Doc(value = "Changes to the working calendar: extra days off, Saturdays made working days, removed holidays.", vi = "Thay đổi lịch làm việc: ngày nghỉ thêm, thứ Bảy làm bù, ngày lễ bỏ đi.")
public record WorkCalendar(
        @Doc(value = "Announced extra days off (yyyy-mm-dd); the law's holidays, the day beside 2/9 and compensatory days are built in.", vi = "Ngày nghỉ thêm đã công bố (yyyy-mm-dd); ngày lễ theo luật, ngày liền kề 2/9 và ngày nghỉ bù đã có sẵn.") List<LocalDate> holidays,
        @Doc(value = "Weekend days made working days (swapped days).", vi = "Ngày cuối tuần làm việc bù (ngày đổi).") List<LocalDate> workingDays,
        @Doc(value = "Built-in holidays that are not days off in a given year.", vi = "Ngày lễ có sẵn nhưng năm đó không nghỉ.") List<LocalDate> notHolidays) {

    public WorkCalendar {
        var check = new Check();
        holidays = check.list("holidays", holidays);
        workingDays = check.list("workingDays", workingDays);
        notHolidays = check.list("notHolidays", notHolidays);
        check.done();
    }

    public static WorkCalendar empty() {
        return new WorkCalendar(null, null, null);
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link WorkCalendar} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * WorkCalendar.builder().holidays(…).workingDays(…).build()
     * }</pre>
     */
    public static final class Builder {
        private List<LocalDate> holidays;
        private List<LocalDate> workingDays;
        private List<LocalDate> notHolidays;

        private Builder() {
        }

        /** Announced extra days off: the day beside 2/9, compensatory days (yyyy-mm-dd); Tết and Giỗ Tổ are built in. */
        public Builder holidays(List<LocalDate> holidays) {
            this.holidays = holidays;
            return this;
        }

        /** Weekend days made working days (swapped days). */
        public Builder workingDays(List<LocalDate> workingDays) {
            this.workingDays = workingDays;
            return this;
        }

        /** Built-in holidays that are not days off in a given year. */
        public Builder notHolidays(List<LocalDate> notHolidays) {
            this.notHolidays = notHolidays;
            return this;
        }

        /** The WorkCalendar; a {@link ValidationException} names every rule the parts break. */
        public WorkCalendar build() {
            return new WorkCalendar(holidays, workingDays, notHolidays);
        }
    }
}

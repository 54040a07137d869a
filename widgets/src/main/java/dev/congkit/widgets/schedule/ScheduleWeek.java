package dev.congkit.widgets.schedule;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.ValidationException;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Required;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * One week of the leaders' work schedule ("Tuần thứ 48, từ ngày 23/11/2026 đến ngày 29/11/2026").
 *
 * <p>Example:
 * <pre>{@code
 * ScheduleWeek.monday("2026-W48");                   // 2026-11-23
 * ScheduleWeek.isoWeek(LocalDate.of(2026, 11, 28));   // "2026-W48"
 * }</pre>
 */
@Doc(value = "A week of the leaders' work schedule.", vi = "Một tuần của lịch làm việc của lãnh đạo.")
public record ScheduleWeek(
        @Required @Doc(value = "ISO week, e.g. 2026-W48.", vi = "Tuần ISO, ví dụ 2026-W48.") String week,
        @Doc(value = "Who approved the schedule, e.g. \"Chánh Văn phòng HĐND và UBND xã\".", vi = "Người duyệt lịch, ví dụ \"Chánh Văn phòng HĐND và UBND xã\".") String approvedBy,
        @Doc(value = "When the schedule was last updated (yyyy-mm-ddTHH:mm, Vietnam time).", vi = "Lần cập nhật lịch cuối (yyyy-mm-ddTHH:mm, giờ Việt Nam).") LocalDateTime updated,
        @Doc(value = "A note such as \"Lịch này thay thư mời họp\".", vi = "Một ghi chú như \"Lịch này thay thư mời họp\".") String note,
        @Doc(value = "The entries.", vi = "Các mục.") List<ScheduleEntry> entries) {

    public ScheduleWeek {
        var check = new Check();
        week = check.required("week", check.text("week", week));
        LocalDate monday = week == null ? null : monday(week);
        if (week != null && monday == null) {
            check.fail("week", Check.mustBe(Bilingual.of("một tuần ISO như 2026-W48", "an ISO week such as 2026-W48"), week));
        }
        approvedBy = check.text("approvedBy", approvedBy);
        note = check.text("note", note);
        entries = check.list("entries", entries);
        for (int i = 0; monday != null && i < entries.size(); i++) {
            LocalDate date = entries.get(i).date();
            if (date.isBefore(monday) || date.isAfter(monday.plusDays(6))) {
                check.fail("entries[" + i + "].date", Bilingual.of("phải nằm trong tuần " + week + " (" + monday + " đến " + monday.plusDays(6)
                        + "), nhưng đang là " + date, "must be within " + week + " (" + monday + " to " + monday.plusDays(6)
                        + "), but was " + date));
            }
        }
        check.done();
    }

    /** The Monday of an ISO week such as {@code 2026-W48}, or {@code null} if it is not one. */
    public static LocalDate monday(String isoWeek) {
        if (!isoWeek.matches("[0-9]{4}-W[0-9]{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(isoWeek + "-1", DateTimeFormatter.ISO_WEEK_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The ISO week of a date, e.g. {@code 2026-W48}. */
    public static String isoWeek(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public LocalDate monday() {
        return monday(week);
    }

    public LocalDate sunday() {
        return monday().with(DayOfWeek.SUNDAY);
    }

    public int number() {
        return monday().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(String week) {
        return new Builder(week);
    }

    /**
     * Builds a {@link ScheduleWeek} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * ScheduleWeek.builder(week).approvedBy(…).updated(…).build()
     * }</pre>
     */
    public static final class Builder {
        private String week;
        private String approvedBy;
        private LocalDateTime updated;
        private String note;
        private List<ScheduleEntry> entries;

        private Builder(String week) {
            this.week = week;
        }

        /** Who approved the schedule, e.g. "Chánh Văn phòng HĐND và UBND xã". */
        public Builder approvedBy(String approvedBy) {
            this.approvedBy = approvedBy;
            return this;
        }

        /** When the schedule was last updated (yyyy-mm-ddTHH:mm, Vietnam time). */
        public Builder updated(LocalDateTime updated) {
            this.updated = updated;
            return this;
        }

        /** A note such as "Lịch này thay thư mời họp". */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /** The entries. */
        public Builder entries(List<ScheduleEntry> entries) {
            this.entries = entries;
            return this;
        }

        /** The ScheduleWeek; a {@link ValidationException} names every rule the parts break. */
        public ScheduleWeek build() {
            return new ScheduleWeek(week, approvedBy, updated, note, entries);
        }
    }
}

package dev.congkit.widgets.schedule;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.ValidationException;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Required;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One citizen reception session: who receives, when, and when it was published.
 *
 * <p>Example:
 * <pre>{@code
 * ReceptionSession session = new ReceptionSession(LocalDate.of(2026, 12, 15), "nguyen-van-thanh", null, null,
 *         LocalTime.of(7, 30), LocalTime.of(11, 0), ReceptionKind.PERIODIC, LocalDate.of(2026, 12, 1), null, null);
 * }</pre>
 */
@Doc(value = "A citizen reception session.", vi = "Một buổi tiếp công dân.")
public record ReceptionSession(
        @Required @Doc(value = "Date (yyyy-mm-dd).", vi = "Ngày (yyyy-mm-dd).") LocalDate date,
        @Doc(value = "The receiving official's id among officials.", vi = "Mã cán bộ tiếp trong danh sách cán bộ.") String official,
        @Doc(value = "The receiving person's name, when not one of the officials.", vi = "Họ tên người tiếp, khi không thuộc danh sách cán bộ.") String name,
        @Doc(value = "That person's title.", vi = "Chức vụ của người đó.") String title,
        @Required @Doc(value = "Start time (HH:mm).", vi = "Giờ bắt đầu (HH:mm).") LocalTime start,
        @Doc(value = "End time (HH:mm).", vi = "Giờ kết thúc (HH:mm).") LocalTime end,
        @Doc(value = "PERIODIC (default) or AD_HOC.", vi = "PERIODIC (định kỳ, mặc định) hoặc AD_HOC (đột xuất).") ReceptionKind kind,
        @Required @Doc(value = "Date the session was published (niêm yết); the law asks for 5 working days ahead.", vi = "Ngày niêm yết buổi tiếp; luật yêu cầu trước ít nhất 5 ngày làm việc.") LocalDate published,
        @Doc(value = "Place, when not the usual one.", vi = "Địa điểm, khi khác nơi thường lệ.") String place,
        @Doc(value = "Note.", vi = "Ghi chú.") String note) {

    public ReceptionSession {
        var check = new Check();
        check.required("date", date);
        official = check.text("official", official);
        name = check.text("name", name);
        title = check.text("title", title);
        if (official == null && (name == null || title == null)) {
            check.fail("official", Bilingual.of("không được để trống, trừ khi đã ghi họ tên và chức vụ", "is required unless name and title are given"));
        }
        check.required("start", start);
        if (start != null && end != null && !end.isAfter(start)) {
            check.fail("end", Check.after("start", start, end));
        }
        kind = kind == null ? ReceptionKind.PERIODIC : kind;
        check.required("published", published);
        if (published != null && date != null && published.isAfter(date)) {
            check.fail("published", Bilingual.of("không được sau ngày tiếp (" + date + "), nhưng đang là " + published, "must not be after the session's date " + date + ", but was " + published));
        }
        place = check.text("place", place);
        note = check.text("note", note);
        check.done();
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(LocalDate date, LocalTime start, LocalDate published) {
        return new Builder(date, start, published);
    }

    /**
     * Builds a {@link ReceptionSession} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * ReceptionSession.builder(date, start, published).official(…).name(…).build()
     * }</pre>
     */
    public static final class Builder {
        private LocalDate date;
        private String official;
        private String name;
        private String title;
        private LocalTime start;
        private LocalTime end;
        private ReceptionKind kind;
        private LocalDate published;
        private String place;
        private String note;

        private Builder(LocalDate date, LocalTime start, LocalDate published) {
            this.date = date;
            this.start = start;
            this.published = published;
        }

        /** The receiving official's id among officials. */
        public Builder official(String official) {
            this.official = official;
            return this;
        }

        /** The receiving person's name, when not one of the officials. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** That person's title. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** End time (HH:mm). */
        public Builder end(LocalTime end) {
            this.end = end;
            return this;
        }

        /** PERIODIC (default) or AD_HOC. */
        public Builder kind(ReceptionKind kind) {
            this.kind = kind;
            return this;
        }

        /** Place, when not the usual one. */
        public Builder place(String place) {
            this.place = place;
            return this;
        }

        /** Note. */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /** The ReceptionSession; a {@link ValidationException} names every rule the parts break. */
        public ReceptionSession build() {
            return new ReceptionSession(date, official, name, title, start, end, kind, published, place, note);
        }
    }
}

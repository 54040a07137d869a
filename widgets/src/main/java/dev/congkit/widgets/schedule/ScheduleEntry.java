package dev.congkit.widgets.schedule;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.ValidationException;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Required;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Pattern;

/**
 * One entry of a leader's work schedule.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json, in a week: "entries": [ { "date": "2026-11-25", "start": "14:00", "end": "16:30",
 * //     "content": "Họp Ban chỉ đạo chuyển đổi số", "leader": "nguyen-van-thanh", "location": "Hội trường UBND xã" } ]
 * ScheduleEntry entry = week.entries().get(0);
 * entry.session();   // CHIEU: from the start time
 * }</pre>
 */
@Doc(value = "An entry of the leaders' work schedule.", vi = "Một mục của lịch làm việc của lãnh đạo.")
public record ScheduleEntry(
        @Doc(value = "Stable id; keeps the calendar entry's identity when its time changes. Default: date, start and order.", vi = "Mã cố định; giữ nguyên mục lịch khi đổi giờ. Mặc định: ngày, giờ bắt đầu và thứ tự.") String id,
        @Required @Doc(value = "Date (yyyy-mm-dd), within the week.", vi = "Ngày (yyyy-mm-dd), trong tuần đó.") LocalDate date,
        @Doc(value = "SANG, CHIEU or TOI; default: from the start time.", vi = "SANG, CHIEU hoặc TOI; mặc định: theo giờ bắt đầu.") Session session,
        @Required @Doc(value = "Start time (HH:mm).", vi = "Giờ bắt đầu (HH:mm).") LocalTime start,
        @Doc(value = "End time (HH:mm).", vi = "Giờ kết thúc (HH:mm).") LocalTime end,
        @Required @Doc(value = "What happens (Nội dung).", vi = "Nội dung công việc.") String content,
        @Doc(value = "The leader in charge: an official's id (used by the leader filter and the per-leader calendar).", vi = "Lãnh đạo chủ trì: mã một cán bộ (dùng cho bộ lọc theo lãnh đạo và lịch riêng của từng người).") String leader,
        @Doc(value = "Who chairs, as text, when it is not one of the officials.", vi = "Người chủ trì, ghi bằng chữ, khi không thuộc danh sách cán bộ.") String chair,
        @Doc(value = "Participants (Thành phần).", vi = "Thành phần.") String participants,
        @Doc(value = "Place (Địa điểm).", vi = "Địa điểm.") String location,
        @Doc(value = "Unit preparing it (Đơn vị chuẩn bị).", vi = "Đơn vị chuẩn bị.") String preparedBy,
        @Doc(value = "Notes (Ghi chú).", vi = "Ghi chú.") String notes,
        @Doc(value = "The entry was changed after publication.", vi = "Mục đã thay đổi sau khi công bố.") Boolean changed,
        @Doc(value = "The entry was cancelled.", vi = "Mục đã bị hủy.") Boolean cancelled,
        @Doc(value = "Revision number for calendars; default 1 when changed or cancelled, else 0.", vi = "Số lần sửa cho lịch; mặc định 1 khi đã đổi hoặc hủy, nếu không thì 0.") Integer sequence) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public ScheduleEntry {
        var check = new Check();
        id = check.matches("id", id, ID, Bilingual.of("chữ, chữ số, '.', '_' và '-'", "letters, digits, '.', '_' and '-'"));
        check.required("date", date);
        check.required("start", start);
        if (start != null && end != null && !end.isAfter(start)) {
            check.fail("end", Check.after("start", start, end));
        }
        session = session == null && start != null ? Session.of(start) : session;
        content = check.requiredText("content", content);
        leader = check.text("leader", leader);
        chair = check.text("chair", chair);
        participants = check.text("participants", participants);
        location = check.text("location", location);
        preparedBy = check.text("preparedBy", preparedBy);
        notes = check.text("notes", notes);
        changed = Boolean.TRUE.equals(changed);
        cancelled = Boolean.TRUE.equals(cancelled);
        check.that("sequence", sequence, n -> n >= 0, Bilingual.of("từ 0 trở lên", "zero or more"));
        sequence = sequence != null ? sequence : changed || cancelled ? 1 : 0;
        check.done();
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(LocalDate date, LocalTime start, String content) {
        return new Builder(date, start, content);
    }

    /**
     * Builds a {@link ScheduleEntry} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * ScheduleEntry.builder(date, start, content).id(…).session(…).build()
     * }</pre>
     */
    public static final class Builder {
        private String id;
        private LocalDate date;
        private Session session;
        private LocalTime start;
        private LocalTime end;
        private String content;
        private String leader;
        private String chair;
        private String participants;
        private String location;
        private String preparedBy;
        private String notes;
        private Boolean changed;
        private Boolean cancelled;
        private Integer sequence;

        private Builder(LocalDate date, LocalTime start, String content) {
            this.date = date;
            this.start = start;
            this.content = content;
        }

        /** Stable id; keeps the calendar entry's identity when its time changes. Default: date, start and order. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** SANG, CHIEU or TOI; default: from the start time. */
        public Builder session(Session session) {
            this.session = session;
            return this;
        }

        /** End time (HH:mm). */
        public Builder end(LocalTime end) {
            this.end = end;
            return this;
        }

        /** The leader in charge: an official's id (used by the leader filter and the per-leader calendar). */
        public Builder leader(String leader) {
            this.leader = leader;
            return this;
        }

        /** Who chairs, as text, when it is not one of the officials. */
        public Builder chair(String chair) {
            this.chair = chair;
            return this;
        }

        /** Participants (Thành phần). */
        public Builder participants(String participants) {
            this.participants = participants;
            return this;
        }

        /** Place (Địa điểm). */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /** Unit preparing it (Đơn vị chuẩn bị). */
        public Builder preparedBy(String preparedBy) {
            this.preparedBy = preparedBy;
            return this;
        }

        /** Notes (Ghi chú). */
        public Builder notes(String notes) {
            this.notes = notes;
            return this;
        }

        /** The entry was changed after publication. */
        public Builder changed(boolean changed) {
            this.changed = changed;
            return this;
        }

        /** The entry was cancelled. */
        public Builder cancelled(boolean cancelled) {
            this.cancelled = cancelled;
            return this;
        }

        /** Revision number for calendars; default 1 when changed or cancelled, else 0. */
        public Builder sequence(int sequence) {
            this.sequence = sequence;
            return this;
        }

        /** The ScheduleEntry; a {@link ValidationException} names every rule the parts break. */
        public ScheduleEntry build() {
            return new ScheduleEntry(id, date, session, start, end, content, leader, chair, participants, location, preparedBy, notes, changed, cancelled, sequence);
        }
    }
}

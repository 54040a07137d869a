package dev.congkit.widgets.schedule;

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
@Doc("An entry of the leaders' work schedule.")
public record ScheduleEntry(
        @Doc("Stable id; keeps the calendar entry's identity when its time changes. Default: date, start and order.") String id,
        @Required @Doc("Date (yyyy-mm-dd), within the week.") LocalDate date,
        @Doc("SANG, CHIEU or TOI; default: from the start time.") Session session,
        @Required @Doc("Start time (HH:mm).") LocalTime start,
        @Doc("End time (HH:mm).") LocalTime end,
        @Required @Doc("What happens (Nội dung).") String content,
        @Doc("The leader in charge: an official's id (used by the leader filter and the per-leader calendar).") String leader,
        @Doc("Who chairs, as text, when it is not one of the officials.") String chair,
        @Doc("Participants (Thành phần).") String participants,
        @Doc("Place (Địa điểm).") String location,
        @Doc("Unit preparing it (Đơn vị chuẩn bị).") String preparedBy,
        @Doc("Notes (Ghi chú).") String notes,
        @Doc("The entry was changed after publication.") Boolean changed,
        @Doc("The entry was cancelled.") Boolean cancelled,
        @Doc("Revision number for calendars; default 1 when changed or cancelled, else 0.") Integer sequence) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public ScheduleEntry {
        var check = new Check();
        id = check.matches("id", id, ID, "letters, digits, '.', '_' and '-'");
        check.required("date", date);
        check.required("start", start);
        if (start != null && end != null && !end.isAfter(start)) {
            check.fail("end", "must be after the start " + start + ", but was " + end);
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
        check.that("sequence", sequence, n -> n >= 0, "zero or more");
        sequence = sequence != null ? sequence : changed || cancelled ? 1 : 0;
        check.done();
    }
}

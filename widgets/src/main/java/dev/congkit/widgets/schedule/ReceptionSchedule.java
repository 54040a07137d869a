package dev.congkit.widgets.schedule;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.ValidationException;
import dev.congkit.core.model.SectionKey;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Required;
import dev.congkit.core.model.WebLink;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code receptionSchedule} section: the citizen reception schedule (SCHEDULE-RECEPTION).
 *
 * <p>Example:
 * <pre>{@code
 * // site.json: "receptionSchedule": { "place": "Phòng tiếp công dân, trụ sở UBND xã Mẫu Sơn",
 * //     "regularHours": "Sáng 7h30–11h00 các ngày làm việc",
 * //     "sessions": [ { "date": "2026-12-15", "official": "nguyen-van-thanh", "start": "07:30",
 * //                     "published": "2026-12-01" } ] }
 * ReceptionSchedule schedule = site.section(ReceptionSchedule.SECTION).orElseThrow();
 * schedule.from();   // the first day of the published period
 * }</pre>
 */
@Doc(value = "The citizen reception schedule (Lịch tiếp công dân).", vi = "Lịch tiếp công dân.")
public record ReceptionSchedule(
        @Required @Doc(value = "Where citizens are received, e.g. \"Phòng tiếp công dân, trụ sở UBND xã\".", vi = "Nơi tiếp công dân, ví dụ \"Phòng tiếp công dân, trụ sở UBND xã\".") String place,
        @Doc(value = "Place in English.", vi = "Địa điểm bằng tiếng Anh.") String placeEn,
        @Required @Doc(value = "Regular reception hours as text.", vi = "Lịch tiếp định kỳ, ghi bằng chữ.") String regularHours,
        @Doc(value = "Regular hours in English.", vi = "Lịch tiếp định kỳ bằng tiếng Anh.") String regularHoursEn,
        @Doc(value = "The chairperson's official id; default: the official whose position is Chủ tịch UBND.", vi = "Mã cán bộ của Chủ tịch; mặc định: cán bộ có chức vụ Chủ tịch UBND.") String chairman,
        @Doc(value = "First day of the published period; default: the first session's date.", vi = "Ngày đầu của kỳ công bố; mặc định: ngày của buổi tiếp đầu tiên.") LocalDate periodFrom,
        @Doc(value = "Last day of the published period; default: the last session's date.", vi = "Ngày cuối của kỳ công bố; mặc định: ngày của buổi tiếp cuối cùng.") LocalDate periodUntil,
        @Doc(value = "The sessions.", vi = "Các buổi tiếp.") List<ReceptionSession> sessions,
        @Doc(value = "Where the iCalendar file is served; default /lich-tiep-cong-dan.ics.", vi = "Đường dẫn của tệp iCalendar; mặc định /lich-tiep-cong-dan.ics.") WebLink icsPath) {

    /** The key of this section in {@code site.json}: {@code site.section(ReceptionSchedule.SECTION)}. */
    public static final SectionKey<ReceptionSchedule> SECTION = SectionKey.of("receptionSchedule", ReceptionSchedule.class);

    public ReceptionSchedule {
        var check = new Check();
        place = check.requiredText("place", place);
        placeEn = check.text("placeEn", placeEn);
        regularHours = check.requiredText("regularHours", regularHours);
        regularHoursEn = check.text("regularHoursEn", regularHoursEn);
        chairman = check.text("chairman", chairman);
        sessions = check.list("sessions", sessions);
        if (periodFrom != null && periodUntil != null && periodUntil.isBefore(periodFrom)) {
            check.fail("periodUntil", Check.notBefore("periodFrom", periodFrom, periodUntil));
        }
        check.that("icsPath", icsPath, l -> l.isSiteRelative() && l.value().startsWith("/") && !l.value().contains("?"), Bilingual.of("một đường dẫn trong trang như /lich-tiep-cong-dan.ics", "a site path such as /lich-tiep-cong-dan.ics"));
        icsPath = icsPath == null ? WebLink.of("/lich-tiep-cong-dan.ics") : icsPath;
        check.done();
    }

    /** The published period: as configured, else the span of the sessions; {@code null} ends when there are none. */
    public LocalDate from() {
        return periodFrom != null ? periodFrom : sessions.stream().map(ReceptionSession::date).min(Comparator.naturalOrder()).orElse(null);
    }

    public LocalDate until() {
        return periodUntil != null ? periodUntil : sessions.stream().map(ReceptionSession::date).max(Comparator.naturalOrder()).orElse(null);
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(String place, String regularHours) {
        return new Builder(place, regularHours);
    }

    /**
     * Builds a {@link ReceptionSchedule} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * ReceptionSchedule.builder(place, regularHours).placeEn(…).regularHoursEn(…).build()
     * }</pre>
     */
    public static final class Builder {
        private String place;
        private String placeEn;
        private String regularHours;
        private String regularHoursEn;
        private String chairman;
        private LocalDate periodFrom;
        private LocalDate periodUntil;
        private List<ReceptionSession> sessions;
        private WebLink icsPath;

        private Builder(String place, String regularHours) {
            this.place = place;
            this.regularHours = regularHours;
        }

        /** Place in English. */
        public Builder placeEn(String placeEn) {
            this.placeEn = placeEn;
            return this;
        }

        /** Regular hours in English. */
        public Builder regularHoursEn(String regularHoursEn) {
            this.regularHoursEn = regularHoursEn;
            return this;
        }

        /** The chairperson's official id; default: the official whose position is Chủ tịch UBND. */
        public Builder chairman(String chairman) {
            this.chairman = chairman;
            return this;
        }

        /** First day of the published period; default: the first session's date. */
        public Builder periodFrom(LocalDate periodFrom) {
            this.periodFrom = periodFrom;
            return this;
        }

        /** Last day of the published period; default: the last session's date. */
        public Builder periodUntil(LocalDate periodUntil) {
            this.periodUntil = periodUntil;
            return this;
        }

        /** The sessions. */
        public Builder sessions(List<ReceptionSession> sessions) {
            this.sessions = sessions;
            return this;
        }

        /** Where the iCalendar file is served; default /lich-tiep-cong-dan.ics. */
        public Builder icsPath(WebLink icsPath) {
            this.icsPath = icsPath;
            return this;
        }

        /** The ReceptionSchedule; a {@link ValidationException} names every rule the parts break. */
        public ReceptionSchedule build() {
            return new ReceptionSchedule(place, placeEn, regularHours, regularHoursEn, chairman, periodFrom, periodUntil, sessions, icsPath);
        }
    }
}

package dev.congkit.widgets.schedule;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.ValidationException;
import dev.congkit.core.model.SectionKey;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.WebLink;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code leaderSchedule} section: the leaders' weekly work schedules (SCHEDULE-LEADER).
 *
 * <p>Example:
 * <pre>{@code
 * // site.json: "leaderSchedule": { "weeks": [ { "week": "2026-W48", "approvedBy": "Chánh Văn phòng",
 * //     "entries": [ { "date": "2026-11-23", "start": "07:30", "content": "Giao ban đầu tuần",
 * //                    "leader": "nguyen-van-thanh", "location": "Phòng họp số 1" } ] } ] }
 * Optional<ScheduleWeek> week = site.section(LeaderSchedule.SECTION)
 *         .flatMap(schedule -> schedule.week("2026-W48"));
 * }</pre>
 */
@Doc(value = "The leaders' work schedule (Lịch làm việc của lãnh đạo), week by week.", vi = "Lịch làm việc của lãnh đạo, theo từng tuần.")
public record LeaderSchedule(
        @Doc(value = "The weeks, any order.", vi = "Các tuần, thứ tự bất kỳ.") List<ScheduleWeek> weeks,
        @Doc(value = "Where the iCalendar file is served; default /lich-lam-viec.ics.", vi = "Đường dẫn của tệp iCalendar; mặc định /lich-lam-viec.ics.") WebLink icsPath,
        @Doc(value = "The page that shows the schedule, target of the week and leader links; default /lich-lam-viec.", vi = "Trang hiển thị lịch, đích của liên kết tuần và lãnh đạo; mặc định /lich-lam-viec.") WebLink pagePath) {

    /** The key of this section in {@code site.json}: {@code site.section(LeaderSchedule.SECTION)}. */
    public static final SectionKey<LeaderSchedule> SECTION = SectionKey.of("leaderSchedule", LeaderSchedule.class);

    public LeaderSchedule {
        var check = new Check();
        weeks = check.list("weeks", weeks);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < weeks.size(); i++) {
            if (!seen.add(weeks.get(i).week())) {
                check.fail("weeks[" + i + "].week", Check.notUnique(weeks.get(i).week(), Bilingual.of("được ghi hai lần", "is given twice")));
            }
        }
        check.that("icsPath", icsPath, l -> l.isSiteRelative() && l.value().startsWith("/") && !l.value().contains("?"), Bilingual.of("một đường dẫn trong trang như /lich-lam-viec.ics", "a site path such as /lich-lam-viec.ics"));
        icsPath = icsPath == null ? WebLink.of("/lich-lam-viec.ics") : icsPath;
        check.that("pagePath", pagePath, l -> l.isSiteRelative() && l.value().startsWith("/") && !l.value().contains("?"), Bilingual.of("một đường dẫn trong trang như /lich-lam-viec", "a site path such as /lich-lam-viec"));
        pagePath = pagePath == null ? WebLink.of("/lich-lam-viec") : pagePath;
        check.done();
    }

    public Optional<ScheduleWeek> week(String isoWeek) {
        return weeks.stream().filter(w -> w.week().equals(isoWeek)).findFirst();
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link LeaderSchedule} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * LeaderSchedule.builder().weeks(…).icsPath(…).build()
     * }</pre>
     */
    public static final class Builder {
        private List<ScheduleWeek> weeks;
        private WebLink icsPath;
        private WebLink pagePath;

        private Builder() {
        }

        /** The weeks, any order. */
        public Builder weeks(List<ScheduleWeek> weeks) {
            this.weeks = weeks;
            return this;
        }

        /** Where the iCalendar file is served; default /lich-lam-viec.ics. */
        public Builder icsPath(WebLink icsPath) {
            this.icsPath = icsPath;
            return this;
        }

        /** The page that shows the schedule, target of the week and leader links; default /lich-lam-viec. */
        public Builder pagePath(WebLink pagePath) {
            this.pagePath = pagePath;
            return this;
        }

        /** The LeaderSchedule; a {@link ValidationException} names every rule the parts break. */
        public LeaderSchedule build() {
            return new LeaderSchedule(weeks, icsPath, pagePath);
        }
    }
}

package dev.congkit.widgets.schedule;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.widgets.internal.Dates;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.check.Finding;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.model.Official;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.text.TextMatch;
import dev.congkit.core.time.WorkingDays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Schedule rules: the current week's leaders' schedule exists and is fresh (SCHEDULE-LEADER,
 * FRESHNESS); the chairperson receives citizens at least one day in every week of the published
 * period, and each session is published at least 5 working days ahead (SCHEDULE-RECEPTION, Luật
 * Tiếp công dân 2013 Đ15 k2 d, Đ24).
 *
 * <p>Example:
 * <pre>{@code
 * // listed by the widget's Extension: a week not published, or a session published less than
 * // PUBLISH_AHEAD_WORKING_DAYS working days ahead, becomes a finding (SCHEDULE-LEADER, SCHEDULE-RECEPTION)
 * List<Finding> findings = CheckRunner.discover().run(site, context);
 * }</pre>
 */
public final class ScheduleCheck implements SiteCheck {

    /** Working days within which information is to be updated (NĐ 42/2022 Đ4; Luật Tiếp cận thông tin Đ18). */
    public static final int FRESH_WORKING_DAYS = 5;
    /** Working days ahead a reception session is to be published. */
    public static final int PUBLISH_AHEAD_WORKING_DAYS = 5;

    @Override
    public List<Finding> check(SiteConfig site, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        WorkingDays days = WorkingDays.of(site.workCalendar());
        leader(site, context.today(), days, findings);
        reception(site, days, findings);
        return findings;
    }

    private static void leader(SiteConfig site, LocalDate today, WorkingDays days, List<Finding> findings) {
        Optional<LeaderSchedule> schedule = site.section(LeaderSchedule.SECTION);
        String current = ScheduleWeek.isoWeek(today);
        if (schedule.isEmpty() || schedule.get().week(current).isEmpty()) {
            String week = Dates.day(ScheduleWeek.monday(current)) + "–" + Dates.day(ScheduleWeek.monday(current).plusDays(6));
            findings.add(Finding.warning("SCHEDULE-LEADER", LeaderSchedule.SECTION.name(), Bilingual.of("chưa có lịch của tuần này "
                    + current + " (" + week + ")", "has no schedule for the current week " + current + " (" + week + ")")));
            return;
        }
        List<ScheduleWeek> weeks = schedule.get().weeks();
        Optional<LocalDateTime> latest = weeks.stream().map(ScheduleWeek::updated).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder());
        if (latest.isPresent()) {
            int age = days.between(latest.get().toLocalDate().plusDays(1), today.plusDays(1));
            if (age > FRESH_WORKING_DAYS) {
                int index = weeks.indexOf(weeks.stream().filter(w -> latest.get().equals(w.updated())).findFirst().orElseThrow());
                findings.add(Finding.warning("FRESHNESS", LeaderSchedule.SECTION.name() + ".weeks[" + index + "].updated",
                        Bilingual.of("lịch làm việc của lãnh đạo cập nhật lần cuối ngày " + Dates.day(latest.get().toLocalDate()) + ", cách đây " + age
                                + " ngày làm việc; hãy cập nhật trong vòng " + FRESH_WORKING_DAYS + " ngày làm việc",
                                "the leaders' schedule was last updated on " + Dates.day(latest.get().toLocalDate()) + ", " + age
                                + " working days ago; update it within " + FRESH_WORKING_DAYS)));
            }
        }
    }

    private static void reception(SiteConfig site, WorkingDays days, List<Finding> findings) {
        Optional<ReceptionSchedule> found = site.section(ReceptionSchedule.SECTION);
        if (found.isEmpty()) {
            findings.add(Finding.warning("SCHEDULE-RECEPTION", ReceptionSchedule.SECTION.name(), Bilingual.of("chưa có: hãy công bố nơi tiếp, "
                    + "lịch tiếp định kỳ và ngày tiếp công dân của Chủ tịch", "is missing: publish the place, the regular "
                    + "hours and the chairperson's reception days")));
            return;
        }
        ReceptionSchedule schedule = found.get();
        List<ReceptionSession> sessions = schedule.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            ReceptionSession s = sessions.get(i);
            int ahead = days.between(s.published(), s.date());
            if (ahead < PUBLISH_AHEAD_WORKING_DAYS) {
                findings.add(Finding.warning("SCHEDULE-RECEPTION", ReceptionSchedule.SECTION.name() + ".sessions[" + i + "].published",
                        Bilingual.of("buổi tiếp ngày " + Dates.day(s.date()) + " (" + ReceptionScheduleWidget.receiver(s, site, false)[0]
                                + ") đăng ngày " + Dates.day(s.published()) + ", trước " + ahead + " ngày làm việc; luật yêu cầu ít nhất "
                                + PUBLISH_AHEAD_WORKING_DAYS + " ngày",
                                "the session of " + Dates.day(s.date()) + " (" + ReceptionScheduleWidget.receiver(s, site, false)[0]
                                + ") was published on " + Dates.day(s.published()) + ", " + ahead + " working day" + (ahead == 1 ? "" : "s")
                                + " ahead; the law asks for at least " + PUBLISH_AHEAD_WORKING_DAYS)));
            }
        }
        Optional<Official> chairman = chairman(site, schedule);
        if (chairman.isEmpty()) {
            findings.add(Finding.warning("SCHEDULE-RECEPTION", ReceptionSchedule.SECTION.name() + ".chairman",
                    Bilingual.of("chưa khai báo và không cán bộ nào có chức vụ Chủ tịch UBND, nên không kiểm tra được lịch tiếp hằng tuần",
                            "is not set and no official's position is Chủ tịch UBND, so the weekly reception cannot be checked")));
            return;
        }
        if (schedule.from() == null) {
            return;
        }
        for (LocalDate monday = schedule.from().with(DayOfWeek.MONDAY); !monday.isAfter(schedule.until()); monday = monday.plusWeeks(1)) {
            LocalDate start = monday;
            LocalDate end = monday.plusDays(6);
            boolean received = sessions.stream().anyMatch(s -> chairman.get().id().equals(s.official())
                    && !s.date().isBefore(start) && !s.date().isAfter(end));
            if (!received) {
                findings.add(Finding.warning("SCHEDULE-RECEPTION", ReceptionSchedule.SECTION.name() + ".sessions",
                        Bilingual.of("Chủ tịch (" + chairman.get().fullName() + ") không có ngày tiếp công dân nào trong tuần " + ScheduleWeek.isoWeek(start)
                                + " (" + Dates.day(start) + "–" + Dates.day(end) + "); luật yêu cầu ít nhất một ngày mỗi tuần",
                                "the chairperson (" + chairman.get().fullName() + ") has no reception day in the week " + ScheduleWeek.isoWeek(start)
                                + " (" + Dates.day(start) + "–" + Dates.day(end) + "); the law asks for at least one day a week")));
            }
        }
    }

    /** The configured chairperson, else the official whose position reads "Chủ tịch UBND…" (not a vice-chair). */
    static Optional<Official> chairman(SiteConfig site, ReceptionSchedule schedule) {
        if (schedule.chairman() != null) {
            return site.official(schedule.chairman());
        }
        return site.officials().stream().filter(o -> {
            String position = TextMatch.normalise(o.position());
            return position.startsWith("chủ tịch ubnd") || position.startsWith("chủ tịch ủy ban nhân dân");
        }).findFirst();
    }
}

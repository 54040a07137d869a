package dev.congkit.widgets.maintenance;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.check.Finding;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.time.WorkingDays;
import dev.congkit.widgets.internal.Dates;

import java.util.ArrayList;
import java.util.List;

/**
 * MAINTENANCE-NOTICE: each planned suspension is announced at least the rule set's
 * {@code workingDaysAhead} ({@value #WORKING_DAYS_AHEAD}) working days before it starts (the site's
 * working calendar, public holidays and make-up days included).
 *
 * <p>Example:
 * <pre>{@code
 * // listed by the widget's Extension: a window announced 5 working days ahead becomes
 * // error [MAINTENANCE-NOTICE] site.json: maintenance.windows[0].announced: ... announce it at least 7 working days ahead
 * List<Finding> findings = CheckRunner.discover().run(site, context);
 * }</pre>
 */
public final class MaintenanceCheck implements SiteCheck {

    /** Working days between the announcement and the suspension when the rule set gives none (NĐ 224/2026 Đ13 k1 a). */
    public static final int WORKING_DAYS_AHEAD = 7;

    @Override
    public List<Finding> check(SiteConfig site, CheckContext context) {
        List<MaintenanceWindow> windows = site.section(Maintenance.SECTION).map(Maintenance::windows).orElse(List.of());
        int required = context.rules().rule("MAINTENANCE-NOTICE").map(rule -> rule.params().path("workingDaysAhead").asInt(WORKING_DAYS_AHEAD))
                .orElse(WORKING_DAYS_AHEAD);
        WorkingDays days = WorkingDays.of(site.workCalendar());
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            MaintenanceWindow window = windows.get(i);
            int ahead = days.between(window.announced(), window.from().toLocalDate());
            if (ahead < required) {
                findings.add(Finding.error("MAINTENANCE-NOTICE", Maintenance.SECTION.name() + ".windows[" + i + "].announced",
                        Bilingual.of("là ngày " + Dates.day(window.announced()) + ", trước " + ahead + " ngày làm việc"
                                + " so với đợt tạm ngừng ngày " + Dates.day(window.from().toLocalDate())
                                + "; hãy thông báo trước ít nhất " + required + " ngày làm việc, hoặc dời đợt tạm ngừng",
                                "was " + Dates.day(window.announced()) + ", " + ahead + " working day" + (ahead == 1 ? "" : "s")
                                + " before the suspension of " + Dates.day(window.from().toLocalDate())
                                + "; announce it at least " + required + " working days ahead, or move the suspension")));
            }
        }
        return findings;
    }
}

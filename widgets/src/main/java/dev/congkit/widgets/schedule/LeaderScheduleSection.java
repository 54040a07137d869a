package dev.congkit.widgets.schedule;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.validation.Check;
import dev.congkit.core.config.SiteSection;
import dev.congkit.core.model.Official;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * Registers the {@code leaderSchedule} section; its leaders must be officials of the site.
 *
 * <p>Example:
 * <pre>{@code
 * // the "leaderSchedule" key of site.json; validate() refuses an entry whose leader is not an official
 * Optional<LeaderSchedule> schedule = site.section(LeaderSchedule.SECTION);
 * }</pre>
 */
public final class LeaderScheduleSection implements SiteSection<LeaderSchedule> {


    @Override
    public String name() {
        return LeaderSchedule.SECTION.name();
    }

    @Override
    public Class<LeaderSchedule> type() {
        return LeaderSchedule.SECTION.type();
    }

    @Override
    public List<Violation> validate(LeaderSchedule schedule, SiteConfig site) {
        List<Violation> problems = new ArrayList<>();
        List<String> ids = site.officials().stream().map(Official::id).toList();
        for (int w = 0; w < schedule.weeks().size(); w++) {
            List<ScheduleEntry> entries = schedule.weeks().get(w).entries();
            for (int e = 0; e < entries.size(); e++) {
                String leader = entries.get(e).leader();
                if (leader != null && !ids.contains(leader)) {
                    problems.add(new Violation("weeks[" + w + "].entries[" + e + "].leader", Check.mustBe(Bilingual.of(
                            "mã của một cán bộ trong danh sách cán bộ (" + String.join(", ", ids) + ")",
                            "the id of one of the officials (" + String.join(", ", ids) + ")"), leader)));
                }
            }
        }
        return problems;
    }

    @Override
    public String description() {
        return "The leaders' weekly work schedule (SCHEDULE-LEADER).";
    }
}

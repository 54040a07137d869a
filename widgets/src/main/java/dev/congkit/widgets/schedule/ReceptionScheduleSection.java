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
 * Registers the {@code receptionSchedule} section; the officials it names must exist.
 *
 * <p>Example:
 * <pre>{@code
 * // the "receptionSchedule" key of site.json; validate() refuses a session whose official is unknown
 * Optional<ReceptionSchedule> schedule = site.section(ReceptionSchedule.SECTION);
 * }</pre>
 */
public final class ReceptionScheduleSection implements SiteSection<ReceptionSchedule> {


    @Override
    public String name() {
        return ReceptionSchedule.SECTION.name();
    }

    @Override
    public Class<ReceptionSchedule> type() {
        return ReceptionSchedule.SECTION.type();
    }

    @Override
    public List<Violation> validate(ReceptionSchedule schedule, SiteConfig site) {
        List<String> ids = site.officials().stream().map(Official::id).toList();
        List<Violation> problems = new ArrayList<>();
        if (schedule.chairman() != null && !ids.contains(schedule.chairman())) {
            problems.add(unknown("chairman", schedule.chairman(), ids));
        }
        for (int i = 0; i < schedule.sessions().size(); i++) {
            String official = schedule.sessions().get(i).official();
            if (official != null && !ids.contains(official)) {
                problems.add(unknown("sessions[" + i + "].official", official, ids));
            }
        }
        return problems;
    }

    private static Violation unknown(String path, String id, List<String> ids) {
        return new Violation(path, Check.mustBe(Bilingual.of("mã của một cán bộ trong danh sách cán bộ (" + String.join(", ", ids) + ")",
                "the id of one of the officials (" + String.join(", ", ids) + ")"), id));
    }

    @Override
    public String description() {
        return "The citizen reception schedule (SCHEDULE-RECEPTION).";
    }
}

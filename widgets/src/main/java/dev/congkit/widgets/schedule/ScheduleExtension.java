package dev.congkit.widgets.schedule;

import dev.congkit.core.Extension;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.config.SiteSection;
import dev.congkit.core.render.Widget;

import java.util.List;

/**
 * The leaders' schedule and the citizen reception schedule:
 * the widgets, their section of {@code site.json} and their checks, in one place; listed in
 * {@code META-INF/services/dev.congkit.core.Extension}.
 *
 * <p>Example:
 * <pre>{@code
 * new ScheduleExtension().widgets();   // LeaderScheduleWidget, ReceptionScheduleWidget
 * }</pre>
 */
public final class ScheduleExtension implements Extension {

    @Override
    public List<Widget> widgets() {
        return List.of(new LeaderScheduleWidget(), new ReceptionScheduleWidget());
    }

    @Override
    public List<SiteSection<?>> sections() {
        return List.of(new LeaderScheduleSection(),
                new ReceptionScheduleSection());
    }

    @Override
    public List<SiteCheck> checks() {
        return List.of(new ScheduleCheck());
    }
}

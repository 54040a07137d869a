package dev.congkit.widgets.maintenance;

import dev.congkit.core.Extension;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.config.SiteSection;
import dev.congkit.core.render.Widget;

import java.util.List;

/**
 * Planned suspensions (MAINTENANCE-NOTICE): the notice widget, the {@code maintenance} section and
 * its check; listed in {@code META-INF/services/dev.congkit.core.Extension}.
 *
 * <p>Example:
 * <pre>{@code
 * new MaintenanceExtension().checks();   // MaintenanceCheck
 * }</pre>
 */
public final class MaintenanceExtension implements Extension {

    @Override
    public List<Widget> widgets() {
        return List.of(new MaintenanceNoticeWidget());
    }

    @Override
    public List<SiteSection<?>> sections() {
        return List.of(SiteSection.of(Maintenance.SECTION, "Planned suspensions of the portal (MAINTENANCE-NOTICE)."));
    }

    @Override
    public List<SiteCheck> checks() {
        return List.of(new MaintenanceCheck());
    }
}

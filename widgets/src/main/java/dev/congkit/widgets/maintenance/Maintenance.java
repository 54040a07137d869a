package dev.congkit.widgets.maintenance;

import dev.congkit.core.model.Doc;
import dev.congkit.core.model.SectionKey;
import dev.congkit.core.validation.Check;

import java.util.List;

/**
 * The {@code maintenance} section: the portal's planned suspensions, each announced at least
 * {@value MaintenanceCheck#WORKING_DAYS_AHEAD} working days ahead (MAINTENANCE-NOTICE, Nghị định
 * 224/2026 Đ13 k1 a).
 *
 * <p>Example:
 * <pre>{@code
 * Maintenance maintenance = site.section(Maintenance.SECTION).orElse(new Maintenance(List.of()));
 * maintenance.windows();   // in the order written
 * }</pre>
 */
@Doc(value = "Planned suspensions of the portal (MAINTENANCE-NOTICE).", vi = "Các đợt tạm ngừng hoạt động của cổng có kế hoạch (MAINTENANCE-NOTICE).")
public record Maintenance(@Doc(value = "The suspensions, each with its announcement, start, expected end and contact.", vi = "Các đợt tạm ngừng, mỗi đợt có ngày thông báo, giờ bắt đầu, giờ dự kiến khôi phục và cách liên hệ.") List<MaintenanceWindow> windows) {

    /** The key of this section in {@code site.json}: {@code site.section(Maintenance.SECTION)}. */
    public static final SectionKey<Maintenance> SECTION = SectionKey.of("maintenance", Maintenance.class);

    public Maintenance {
        windows = new Check().list("windows", windows);
    }
}

package dev.congkit.widgets.maintenance;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.widgets.internal.Dates;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The notice of a planned suspension ({@code maintenance-notice}, MAINTENANCE-NOTICE): from the
 * day it is announced until the portal is expected back, when it stops, when it is expected back,
 * why, and whom to contact meanwhile; nothing at other times. Place it under the header.
 *
 * <p>Example:
 * <pre>{@code
 * renderer.render(MaintenanceNoticeWidget.ID, RenderContext.of(site), out);   // "" when no suspension is announced
 * }</pre>
 */
public final class MaintenanceNoticeWidget implements Widget {

    public static final String ID = "maintenance-notice";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("MAINTENANCE-NOTICE");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        LocalDateTime now = context.now().toLocalDateTime();
        List<Item> shown = context.site().section(Maintenance.SECTION).map(Maintenance::windows).orElse(List.of()).stream()
                .filter(window -> window.shownAt(now))
                .map(window -> new Item(window, window.from().toString(), Dates.at(window.from(), labels.get("maintenance.on")),
                        window.until().toString(), Dates.at(window.until(), labels.get("maintenance.on")), context.isEnglish() && window.reasonEn() != null ? window.reasonEn() : window.reason()))
                .toList();
        return shown.isEmpty() ? null : new View(shown);
    }


    /**
     * What the template reads.
     *
     * <p>Example:
     * <pre>{@code
     * {{#items}}<time datetime="{{fromIso}}">{{fromText}}</time> – <time datetime="{{untilIso}}">{{untilText}}</time>{{/items}}
     * }</pre>
     */
    public record View(List<Item> items) {
    }

    /**
     * One announced suspension and its times as written.
     *
     * <p>Example:
     * <pre>{@code
     * {{#window.phone}}<a href="{{window.phone.tel}}">{{window.phone.value}}</a>{{/window.phone}}
     * }</pre>
     */
    public record Item(MaintenanceWindow window, String fromIso, String fromText, String untilIso, String untilText, String reason) {
    }
}

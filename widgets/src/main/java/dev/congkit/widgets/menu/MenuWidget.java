package dev.congkit.widgets.menu;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;

import java.util.List;

/**
 * The main menu ({@code menu}): vertical, left column, as in the directive's Phụ lục 2.
 *
 * <p>Example:
 * <pre>{@code
 * String menu = renderer.render(MenuWidget.ID, RenderContext.of(site).withPath("/tin-tuc"));
 * // <nav class="ck-menu" aria-label="Menu chính"> ... the entry for /tin-tuc marked aria-current="page" </nav>
 * }</pre>
 */
public final class MenuWidget implements Widget {

    public static final String ID = "menu";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("MENU-MAIN", "MENU-TTHC", "MENU-CAMPAIGN", "MENU-NO-DISTRICT");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        List<ShownItem> items = MenuResolver.shownMain(context.site(), context.today(), context.isEnglish());
        return items.isEmpty() ? null : MenuView.of("main", labels.get("menu.mainLabel"), items, context);
    }
}

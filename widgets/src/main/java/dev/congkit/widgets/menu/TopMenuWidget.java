package dev.congkit.widgets.menu;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;

import java.util.List;

/**
 * The top menu ({@code top-menu}): horizontal, under the header (MENU-TOP).
 *
 * <p>Example:
 * <pre>{@code
 * String top = renderer.render(TopMenuWidget.ID, RenderContext.of(site));
 * // <nav class="ck-menu ck-menu--top"> Trang chủ, Giới thiệu, Danh bạ cơ quan chức năng, Sơ đồ trang, ... </nav>
 * }</pre>
 */
public final class TopMenuWidget implements Widget {

    public static final String ID = "top-menu";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("MENU-TOP", "MENU-LAW", "A11Y-SHORTCUTS");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        List<ShownItem> items = MenuResolver.shownTop(context.site(), context.today(), context.isEnglish());
        return items.isEmpty() ? null : MenuView.of("top", labels.get("menu.topLabel"), items, context);
    }
}

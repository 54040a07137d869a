package dev.congkit.widgets.menu;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;

import java.util.List;

/** The top menu ({@code top-menu}): horizontal, under the header (MENU-TOP). */
public final class TopMenuWidget implements Widget {

    public static final String ID = "top-menu";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        List<ShownItem> items = MenuResolver.shownTop(context.site(), context.today(), context.isEnglish());
        return items.isEmpty() ? null : MenuView.of("top", labels.get("menu.topLabel"), items, context);
    }
}

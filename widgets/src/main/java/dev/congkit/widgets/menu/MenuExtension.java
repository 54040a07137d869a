package dev.congkit.widgets.menu;

import dev.congkit.core.Extension;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.config.SiteSection;
import dev.congkit.core.render.Widget;

import java.util.List;

/**
 * The main and top menus:
 * the widgets, their section of {@code site.json} and their checks, in one place; listed in
 * {@code META-INF/services/dev.congkit.core.Extension}.
 *
 * <p>Example:
 * <pre>{@code
 * new MenuExtension().widgets();   // MenuWidget, TopMenuWidget
 * }</pre>
 */
public final class MenuExtension implements Extension {

    @Override
    public List<Widget> widgets() {
        return List.of(new MenuWidget(), new TopMenuWidget());
    }

    @Override
    public List<SiteSection<?>> sections() {
        return List.of(new MenuSection());
    }

    @Override
    public List<SiteCheck> checks() {
        return List.of(new MenuCheck());
    }
}

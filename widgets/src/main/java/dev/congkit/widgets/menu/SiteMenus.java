package dev.congkit.widgets.menu;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A site's two menus after its preset and its changes are merged: what it configures.
 *
 * <p>Example:
 * <pre>{@code
 * SiteMenus menus = MenuResolver.configured(site);
 * menus.all();   // every configured item, main and top, sub-items included
 * }</pre>
 */
public record SiteMenus(MenuPreset preset, List<MenuItem> main, List<MenuItem> top) {

    public SiteMenus {
        main = List.copyOf(main);
        top = List.copyOf(top);
    }

    /** Every item of both menus, depth first, parents before children. */
    public List<MenuItem> all() {
        List<MenuItem> items = new ArrayList<>();
        Consumer<List<MenuItem>>[] walk = new Consumer[1];
        walk[0] = list -> list.forEach(item -> {
            items.add(item);
            walk[0].accept(item.children());
        });
        walk[0].accept(top);
        walk[0].accept(main);
        return items;
    }
}

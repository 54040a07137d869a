package dev.congkit.widgets.menu;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.config.SiteSection;
import dev.congkit.core.validation.Check;
import dev.congkit.core.internal.Json;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.Violation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Registers the {@code menu} section of {@code site.json}.
 *
 * <p>Example:
 * <pre>{@code
 * // the "menu" key of site.json, bound to Menu; validate() refuses an override of a key the preset lacks
 * Optional<Menu> menu = site.section(Menu.SECTION);
 * }</pre>
 */
public final class MenuSection implements SiteSection<Menu> {


    @Override
    public String name() {
        return Menu.SECTION.name();
    }

    @Override
    public Class<Menu> type() {
        return Menu.SECTION.type();
    }

    /** The preset must exist and every override must name one of its items. */
    @Override
    public List<Violation> validate(Menu menu, SiteConfig site) {
        List<Violation> problems = new ArrayList<>();
        if (menu.preset() != null && MenuPresets.get(menu.preset()).isEmpty()) {
            List<String> known = new ArrayList<>(MenuPresets.ids());
            known.add(MenuPresets.NONE);
            problems.add(new Violation("preset", Check.mustBe(Bilingual.of("một trong " + String.join(", ", known), "one of " + String.join(", ", known)), menu.preset())));
            return problems;
        }
        MenuPreset preset = MenuPresets.forSite(menu, site.ruleSet());
        Set<String> keys = new LinkedHashSet<>();
        collect(preset.main(), keys);
        collect(preset.top(), keys);
        for (String key : menu.overrides().keySet()) {
            if (!keys.contains(key)) {
                String closest = keys.stream().filter(k -> Json.editDistance(k, key) <= 2).findFirst().orElse(null);
                problems.add(new Violation("overrides." + key, Bilingual.of("không phải mục nào của mẫu menu '" + preset.id() + "'"
                        + (closest == null ? " (các mục: " + String.join(", ", keys) + ")" : "; có phải ý bạn là '" + closest + "'?"),
                        "names no item of the menu preset '" + preset.id() + "'"
                        + (closest == null ? " (its keys: " + String.join(", ", keys) + ")" : "; did you mean '" + closest + "'?"))));
            }
        }
        return problems;
    }

    private static void collect(List<MenuItem> items, Set<String> keys) {
        for (MenuItem item : items) {
            keys.add(item.key());
            collect(item.children(), keys);
        }
    }

    @Override
    public String description() {
        return "The main and top menus: preset, overrides and added items (MENU-MAIN, MENU-TOP, MENU-CAMPAIGN, MENU-TTHC).";
    }
}

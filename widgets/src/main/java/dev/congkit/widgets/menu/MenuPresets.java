package dev.congkit.widgets.menu;

import dev.congkit.core.config.DataFiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The menu presets shipped with the widgets. {@code none} is the empty preset, for sites that list
 * every item themselves; {@code vn-national} holds the entries the law names for every site.
 *
 * <p>Example:
 * <pre>{@code
 * MenuPresets.ids();                                     // [vn-national, thanhhoa-camthuy-2023]
 * MenuPresets.forSite(MenuResolver.section(site), site.ruleSet());   // the preset the site starts from
 * }</pre>
 */
public final class MenuPresets {

    public static final String NATIONAL = "vn-national";
    public static final String NONE = "none";
    private static final List<String> SHIPPED = List.of(NATIONAL, "thanhhoa-camthuy-2023");
    private static final Map<String, MenuPreset> PRESETS = load();

    private MenuPresets() {
    }

    public static Optional<MenuPreset> get(String id) {
        return NONE.equals(id) ? Optional.of(new MenuPreset(NONE, "No preset", List.of(), List.of())) : Optional.ofNullable(PRESETS.get(id));
    }

    public static List<String> ids() {
        return SHIPPED;
    }

    /** The preset a site uses: the one it names, else its rule set's, else the national one. */
    public static MenuPreset forSite(Menu menu, String ruleSet) {
        if (menu.preset() != null) {
            return get(menu.preset()).orElseThrow();
        }
        return Optional.ofNullable(ruleSet).flatMap(MenuPresets::get).orElse(PRESETS.get(NATIONAL));
    }

    private static Map<String, MenuPreset> load() {
        Map<String, MenuPreset> presets = new LinkedHashMap<>();
        for (String id : SHIPPED) {
            presets.put(id, DataFiles.read(MenuPresets.class.getClassLoader(), "dev/congkit/widgets/menu/presets/" + id + ".json", MenuPreset.class));
        }
        return Map.copyOf(presets);
    }
}

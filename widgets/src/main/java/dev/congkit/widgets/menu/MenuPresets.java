package dev.congkit.widgets.menu;

import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.internal.TreeBinder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The menu presets shipped with the widgets. {@code none} is the empty preset, for sites that list
 * every item themselves; {@code vn-national} holds the entries the law names for every site.
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
            String resource = "dev/congkit/widgets/menu/presets/" + id + ".json";
            try (InputStream in = MenuPresets.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("menu preset " + resource + " is missing");
                }
                TreeBinder binder = new TreeBinder();
                MenuPreset preset = binder.bindRecord(SiteConfigLoader.parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)),
                        MenuPreset.class, "", Map.of(), Set.of());
                if (preset == null) {
                    throw new IllegalStateException(resource + ": " + binder.problems());
                }
                presets.put(id, preset);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ConfigException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return Map.copyOf(presets);
    }
}

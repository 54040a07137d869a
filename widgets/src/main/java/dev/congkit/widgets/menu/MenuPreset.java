package dev.congkit.widgets.menu;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.validation.Check;

import java.util.List;

/**
 * A starting menu set, read from {@code presets/ID.json}: data, not code.
 *
 * <p>Example:
 * <pre>{@code
 * MenuPreset preset = MenuPresets.get(MenuPresets.NATIONAL).orElseThrow();
 * preset.main().size();   // the national main menu's top-level items
 * }</pre>
 */
public record MenuPreset(String id, String title, List<MenuItem> main, List<MenuItem> top) {

    public MenuPreset {
        var check = new Check();
        id = check.required("id", check.matches("id", id, MenuItem.KEY, Bilingual.of("mã của một mẫu có sẵn", "a preset id")));
        title = check.requiredText("title", title);
        main = check.list("main", main);
        top = check.list("top", top);
        check.done();
    }
}

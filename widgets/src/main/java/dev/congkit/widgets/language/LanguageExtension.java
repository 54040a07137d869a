package dev.congkit.widgets.language;

import dev.congkit.core.Extension;
import dev.congkit.core.render.Widget;

import java.util.List;

/**
 * The language switcher; listed in {@code META-INF/services/dev.congkit.core.Extension}.
 *
 * <p>Example:
 * <pre>{@code
 * new LanguageExtension().widgets();   // LanguageSwitcherWidget
 * }</pre>
 */
public final class LanguageExtension implements Extension {

    @Override
    public List<Widget> widgets() {
        return List.of(new LanguageSwitcherWidget());
    }
}

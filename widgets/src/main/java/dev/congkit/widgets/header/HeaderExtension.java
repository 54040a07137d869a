package dev.congkit.widgets.header;

import dev.congkit.core.Extension;
import dev.congkit.core.config.SiteSection;
import dev.congkit.core.render.Widget;

import java.util.List;

/**
 * The page header:
 * the widgets, their section of {@code site.json} and their checks, in one place; listed in
 * {@code META-INF/services/dev.congkit.core.Extension}.
 *
 * <p>Example:
 * <pre>{@code
 * new HeaderExtension().widgets();   // HeaderWidget
 * }</pre>
 */
public final class HeaderExtension implements Extension {

    @Override
    public List<Widget> widgets() {
        return List.of(new HeaderWidget());
    }

    @Override
    public List<SiteSection<?>> sections() {
        return List.of(SiteSection.of(Header.SECTION, "The page header: search target and skip-link target (HEADER-NAME, SEARCH)."));
    }
}

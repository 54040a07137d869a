package dev.congkit.widgets.sitemap;

import dev.congkit.core.Extension;
import dev.congkit.core.render.Widget;

import java.util.List;

/**
 * The sitemap:
 * the widgets, their section of {@code site.json} and their checks, in one place; listed in
 * {@code META-INF/services/dev.congkit.core.Extension}.
 *
 * <p>Example:
 * <pre>{@code
 * new SitemapExtension().widgets();   // SitemapWidget
 * }</pre>
 */
public final class SitemapExtension implements Extension {

    @Override
    public List<Widget> widgets() {
        return List.of(new SitemapWidget());
    }
}

package dev.congkit.widgets.document;

import dev.congkit.core.Extension;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.config.SiteSection;
import dev.congkit.core.render.Widget;

import java.util.List;

/**
 * The commune's documents (DOCS-LIST): the list and page widgets, the {@code documents} section and
 * its checks; listed in {@code META-INF/services/dev.congkit.core.Extension}.
 *
 * <p>Example:
 * <pre>{@code
 * new DocumentExtension().widgets();   // DocumentListWidget, DocumentWidget
 * }</pre>
 */
public final class DocumentExtension implements Extension {

    @Override
    public List<Widget> widgets() {
        return List.of(new DocumentListWidget(), new DocumentWidget());
    }

    @Override
    public List<SiteSection<?>> sections() {
        return List.of(SiteSection.of(Documents.SECTION, "The commune's documents (DOCS-LIST)."));
    }

    @Override
    public List<SiteCheck> checks() {
        return List.of(new DocumentCheck());
    }
}

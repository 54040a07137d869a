package dev.congkit.widgets.contact;

import dev.congkit.core.Extension;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.config.SiteSection;
import dev.congkit.core.render.Widget;

import java.util.List;

/**
 * The contact card and the directory:
 * the widgets, their section of {@code site.json} and their checks, in one place; listed in
 * {@code META-INF/services/dev.congkit.core.Extension}.
 *
 * <p>Example:
 * <pre>{@code
 * new ContactExtension().widgets();   // ContactCardWidget, DirectoryWidget
 * }</pre>
 */
public final class ContactExtension implements Extension {

    @Override
    public List<Widget> widgets() {
        return List.of(new ContactCardWidget(), new DirectoryWidget());
    }

    @Override
    public List<SiteSection<?>> sections() {
        return List.of(SiteSection.of(Directory.SECTION, "The officials' directory: organisation order and English names, last update, vCard path (CONTACT-DIRECTORY, CONTACT-POLITICAL)."));
    }

    @Override
    public List<SiteCheck> checks() {
        return List.of(new ContactCheck());
    }
}

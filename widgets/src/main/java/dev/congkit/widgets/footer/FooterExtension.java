package dev.congkit.widgets.footer;

import dev.congkit.core.Extension;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.config.SiteSection;
import dev.congkit.core.render.Widget;

import java.util.List;

/**
 * The responsibility footer:
 * the widgets, their section of {@code site.json} and their checks, in one place; listed in
 * {@code META-INF/services/dev.congkit.core.Extension}.
 *
 * <p>Example:
 * <pre>{@code
 * new FooterExtension().widgets();   // FooterWidget
 * }</pre>
 */
public final class FooterExtension implements Extension {

    @Override
    public List<Widget> widgets() {
        return List.of(new FooterWidget());
    }

    @Override
    public List<SiteSection<?>> sections() {
        return List.of(SiteSection.of(Footer.SECTION, "The responsibility footer: owning agency, person responsible for content, licence (FOOTER-RESPONSIBLE)."));
    }

    @Override
    public List<SiteCheck> checks() {
        return List.of(new FooterCheck());
    }
}

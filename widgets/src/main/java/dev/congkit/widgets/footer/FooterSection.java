package dev.congkit.widgets.footer;

import dev.congkit.core.config.SiteSection;

/**
 * Registers the {@code footer} section of {@code site.json}.
 *
 * <p>Example:
 * <pre>{@code
 * // the "footer" key of site.json, bound to Footer; listed in META-INF/services
 * Optional<Footer> footer = site.section(Footer.SECTION);
 * }</pre>
 */
public final class FooterSection implements SiteSection<Footer> {


    @Override
    public String name() {
        return Footer.SECTION.name();
    }

    @Override
    public Class<Footer> type() {
        return Footer.SECTION.type();
    }

    @Override
    public String description() {
        return "The responsibility footer: owning agency, person responsible for content, licence (FOOTER-RESPONSIBLE).";
    }
}

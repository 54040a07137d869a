package dev.congkit.widgets.footer;

import dev.congkit.core.config.SiteSection;

/**
 * Registers the {@code footer} section of {@code site.json}.
 *
 * <p>Example:
 * <pre>{@code
 * // the "footer" key of site.json, bound to Footer; listed in META-INF/services
 * Optional<Footer> footer = site.section(FooterSection.NAME, Footer.class);
 * }</pre>
 */
public final class FooterSection implements SiteSection<Footer> {

    public static final String NAME = "footer";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Footer> type() {
        return Footer.class;
    }

    @Override
    public String description() {
        return "The responsibility footer: owning agency, person responsible for content, licence (FOOTER-RESPONSIBLE).";
    }
}

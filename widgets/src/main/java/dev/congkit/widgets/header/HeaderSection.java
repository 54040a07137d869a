package dev.congkit.widgets.header;

import dev.congkit.core.config.SiteSection;

/**
 * Registers the {@code header} section of {@code site.json}.
 *
 * <p>Example:
 * <pre>{@code
 * // the "header" key of site.json, bound to Header; optional (defaults apply)
 * Optional<Header> header = site.section(Header.SECTION);
 * }</pre>
 */
public final class HeaderSection implements SiteSection<Header> {


    @Override
    public String name() {
        return Header.SECTION.name();
    }

    @Override
    public Class<Header> type() {
        return Header.SECTION.type();
    }

    @Override
    public String description() {
        return "The page header: search target and skip-link target (HEADER-NAME, SEARCH).";
    }
}

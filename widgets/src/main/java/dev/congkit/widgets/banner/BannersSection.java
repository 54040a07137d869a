package dev.congkit.widgets.banner;

import dev.congkit.core.config.SiteSection;

/**
 * Registers the {@code banners} section of {@code site.json}.
 *
 * <p>Example:
 * <pre>{@code
 * // the "banners" key of site.json, bound to Banners; listed in META-INF/services
 * Optional<Banners> banners = site.section(Banners.SECTION);
 * }</pre>
 */
public final class BannersSection implements SiteSection<Banners> {


    @Override
    public String name() {
        return Banners.SECTION.name();
    }

    @Override
    public Class<Banners> type() {
        return Banners.SECTION.type();
    }

    @Override
    public String description() {
        return "Banners by slot, each with a validity window (BANNER-EXPIRY, BANNER-NO-DUP, IMAGE-ALT, NO-MOTION).";
    }
}

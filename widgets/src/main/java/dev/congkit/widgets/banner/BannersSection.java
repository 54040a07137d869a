package dev.congkit.widgets.banner;

import dev.congkit.core.config.SiteSection;

/** Registers the {@code banners} section of {@code site.json}. */
public final class BannersSection implements SiteSection<Banners> {

    public static final String NAME = "banners";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Banners> type() {
        return Banners.class;
    }

    @Override
    public String description() {
        return "Banners by slot, each with a validity window (BANNER-EXPIRY, BANNER-NO-DUP, IMAGE-ALT, NO-MOTION).";
    }
}

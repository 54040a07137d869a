package dev.congkit.image;

import dev.congkit.core.config.SiteSection;

/**
 * Registers the {@code images} section of {@code site.json}.
 *
 * <p>Example:
 * <pre>{@code
 * // the optional "images" key of site.json, bound to Images; listed in META-INF/services
 * Optional<Images> images = site.section(ImagesSection.NAME, Images.class);
 * }</pre>
 */
public final class ImagesSection implements SiteSection<Images> {

    public static final String NAME = "images";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Images> type() {
        return Images.class;
    }

    @Override
    public String description() {
        return "Image budgets per slot and the folder of the site's images (IMAGE-BUDGET, BANNER-NO-DUP).";
    }
}

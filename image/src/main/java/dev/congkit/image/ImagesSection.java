package dev.congkit.image;

import dev.congkit.core.config.SiteSection;

/**
 * Registers the {@code images} section of {@code site.json}.
 *
 * <p>Example:
 * <pre>{@code
 * // the optional "images" key of site.json, bound to Images; listed in META-INF/services
 * Optional<Images> images = site.section(Images.SECTION);
 * }</pre>
 */
public final class ImagesSection implements SiteSection<Images> {


    @Override
    public String name() {
        return Images.SECTION.name();
    }

    @Override
    public Class<Images> type() {
        return Images.SECTION.type();
    }

    @Override
    public String description() {
        return "Image budgets per slot and the folder of the site's images (IMAGE-BUDGET, BANNER-NO-DUP).";
    }
}

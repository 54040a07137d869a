package dev.congkit.image;

import dev.congkit.core.Extension;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.config.SiteSection;

import java.util.List;

/**
 * The image module's part of a site: the optional {@code images} section of {@code site.json} (slot
 * budgets, the folder images are read from) and the pixel checks; listed in
 * {@code META-INF/services/dev.congkit.core.Extension}.
 *
 * <p>Example:
 * <pre>{@code
 * new ImagesExtension().sections();   // [images]
 * }</pre>
 */
public final class ImagesExtension implements Extension {

    @Override
    public List<SiteSection<?>> sections() {
        return List.of(SiteSection.of(Images.SECTION, "Image budgets per slot and the folder of the site's images (IMAGE-BUDGET, BANNER-NO-DUP)."));
    }

    @Override
    public List<SiteCheck> checks() {
        return List.of(new ImageChecks());
    }
}

package dev.congkit.widgets.banner;

import dev.congkit.core.Extension;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.config.SiteSection;
import dev.congkit.core.render.Widget;

import java.util.List;

/**
 * The banners and the feedback banner:
 * the widgets, their section of {@code site.json} and their checks, in one place; listed in
 * {@code META-INF/services/dev.congkit.core.Extension}.
 *
 * <p>Example:
 * <pre>{@code
 * new BannerExtension().widgets();   // BannersWidget, FeedbackBannerWidget
 * }</pre>
 */
public final class BannerExtension implements Extension {

    @Override
    public List<Widget> widgets() {
        return List.of(new BannersWidget(), new FeedbackBannerWidget());
    }

    @Override
    public List<SiteSection<?>> sections() {
        return List.of(SiteSection.of(Banners.SECTION, "Banners by slot, each with a validity window (BANNER-EXPIRY, BANNER-NO-DUP, IMAGE-ALT, NO-MOTION)."),
                new FeedbackBannerSection());
    }

    @Override
    public List<SiteCheck> checks() {
        return List.of(new BannerCheck());
    }
}

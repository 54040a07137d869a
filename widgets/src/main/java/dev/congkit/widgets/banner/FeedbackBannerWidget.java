package dev.congkit.widgets.banner;

import dev.congkit.core.model.Link;
import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.widgets.internal.Text;

import java.util.List;

/**
 * The feedback-system banner ({@code feedback-banner}), for the centre column under the
 * "Chuyên mục chuyển đổi số" banner (the directive's Phụ lục 2). Static: no motion.
 *
 * <p>Example:
 * <pre>{@code
 * String html = renderer.render(FeedbackBannerWidget.ID, RenderContext.of(site));
 * // <div class="ck-feedback"> <a class="ck-feedback__banner" href="https://phanhoi.thanhhoa.gov.vn/"> ...
 * }</pre>
 */
public final class FeedbackBannerWidget implements Widget {

    public static final String ID = "feedback-banner";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("BANNER-FEEDBACK", "FEEDBACK-FUNCTION");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        return FeedbackPresets.resolve(context.site()).map(b -> {
            boolean en = context.isEnglish();
            String title = en ? Text.first(b.titleEn(), b.title()) : b.title();
            String description = en ? Text.first(b.descriptionEn(), b.description()) : b.description();
            return (Object) new View(title, b.link().value(), b.image().src().value(), b.image().altText(),
                    description != null, description == null ? "" : description,
                    b.hotline() != null, b.hotline() == null ? "" : b.hotline().value(), b.hotline() == null ? "" : b.hotline().tel(),
                    b.apps(), !b.apps().isEmpty());
        }).orElse(null);
    }

    /**
     * What the template reads.
     *
     * <p>Example:
     * <pre>{@code
     * <p class="ck-feedback__title"><a href="{{link}}">{{title}}</a></p>
     * {{#hasHotline}}<p>{{msg.banner.hotline}}: <a href="{{tel}}">{{hotline}}</a></p>{{/hasHotline}}
     * }</pre>
     */
    public record View(String title, String link, String src, String alt, boolean hasDescription, String description,
                       boolean hasHotline, String hotline, String tel, List<Link> apps, boolean hasApps) {
    }
}

package dev.congkit.widgets.figure;

import java.util.List;

import dev.congkit.core.model.ValidationException;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.core.rules.RuleSets;

/**
 * A captioned figure ({@code figure}) for an article image. Parameters: {@code src}, {@code alt}
 * (or {@code decorative=true}), {@code caption}, {@code width}, {@code height}, {@code srcset},
 * {@code sizes}. Where the rule set holds NEWS-CAPTION (the directive's preset), the caption is
 * required. Invalid parameters are refused with a message naming the parameter.
 *
 * <p>Example:
 * <pre>{@code
 * String figure = renderer.render(FigureWidget.ID, RenderContext.of(site)
 *         .withParam("src", "/uploads/hoi-nghi.jpg")
 *         .withParam("alt", "Chủ tịch UBND xã phát biểu tại hội nghị")
 *         .withParam("caption", "Hội nghị chuyển đổi số, tháng 11/2026"));
 * // <figure class="ck-figure"><img src=... alt=...><figcaption>...</figcaption></figure>
 * }</pre>
 */
public final class FigureWidget implements Widget {

    public static final String ID = "figure";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("IMAGE-ALT", "NEWS-CAPTION");
    }

    @Override
    public java.util.List<String> bundles() {
        return java.util.List.of(); // every text comes from the parameters
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        Figure figure;
        try {
            figure = new Figure(link(context.param("src")), context.param("alt"),
                    "true".equals(context.param("decorative")), context.param("caption"), number(context, "width"),
                    number(context, "height"), context.param("srcset"), context.param("sizes"));
        } catch (ValidationException e) {
            throw new IllegalArgumentException("figure: " + e.getMessage(), e);
        }
        if (figure.caption() == null && captionRequired(context)) {
            throw new IllegalArgumentException("figure: caption: is required by the site's rule set (NEWS-CAPTION: images in articles carry a caption)");
        }
        return new View(figure.src().value(), figure.decorative() ? "" : figure.alt(), figure.width() != null && figure.height() != null,
                figure.width() == null ? 0 : figure.width(), figure.height() == null ? 0 : figure.height(),
                figure.srcset() != null, figure.srcset() == null ? "" : figure.srcset(),
                figure.sizes() != null, figure.sizes() == null ? "" : figure.sizes(),
                figure.caption() != null, figure.caption() == null ? "" : figure.caption());
    }

    /** The image address; a refusal names the parameter, as every other refusal of this widget does. */
    private static WebLink link(String src) {
        try {
            return src == null ? null : WebLink.of(src);
        } catch (ValidationException e) {
            throw new IllegalArgumentException("figure: src: " + e.getMessage(), e);
        }
    }

    private static boolean captionRequired(RenderContext context) {
        try {
            return RuleSets.builtIn().effective(context.site().ruleSet(), context.today()).rule("NEWS-CAPTION").isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Integer number(RenderContext context, String name) {
        String value = context.param(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.matches("[0-9]{1,5}")) {
            throw new IllegalArgumentException("figure: " + name + ": must be a whole number of pixels, but was '" + value + "'");
        }
        return Integer.valueOf(value);
    }

    /**
     * What the template reads.
     *
     * <p>Example:
     * <pre>{@code
     * <figure class="ck-figure"><img src="{{src}}" alt="{{alt}}"{{#sized}} width="{{width}}" height="{{height}}"{{/sized}}>
     * {{#hasCaption}}<figcaption>{{caption}}</figcaption>{{/hasCaption}}</figure>
     * }</pre>
     */
    public record View(String src, String alt, boolean sized, int width, int height, boolean hasSrcset, String srcset,
                       boolean hasSizes, String sizes, boolean hasCaption, String caption) {
    }
}

package dev.congkit.widgets.banner;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The banners of one slot ({@code banners}, parameter {@code slot}: left, right, centre or top),
 * in order, all visible at once: no carousel, no motion (NO-MOTION). A banner outside its validity
 * window is never rendered (BANNER-EXPIRY).
 *
 * <p>Example:
 * <pre>{@code
 * String right = renderer.render(BannersWidget.ID, RenderContext.of(site).withParam("slot", "right"));
 * // <div class="ck-banners ck-banners--right"> ... only the banners shown today, in order
 * }</pre>
 */
public final class BannersWidget implements Widget {

    public static final String ID = "banners";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("BANNER-EXPIRY", "BANNER-NO-DUP", "IMAGE-BUDGET", "NO-MOTION");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        BannerSlot slot;
        try {
            slot = BannerSlot.fromParam(context.param("slot"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("slot: must be left, right, centre or top, but was '" + context.param("slot") + "'", e);
        }
        LocalDate today = context.today();
        List<Item> items = context.site().section(Banners.SECTION).map(Banners::items).orElse(List.of()).stream()
                .filter(b -> b.slot() == slot && b.shownOn(today))
                .sorted(Comparator.comparingInt(Banner::order))
                .map(Item::of).toList();
        return items.isEmpty() ? null : new View(slot.name().toLowerCase(java.util.Locale.ROOT), labels.get("banner.label"), items);
    }

    /**
     * What the template reads.
     *
     * <p>Example:
     * <pre>{@code
     * {{! banners.mustache, overridden by a vendor: the model is a View }}
     * <ul class="ck-banners__list ck-banners--{{slot}}" aria-label="{{label}}">{{#items}}<li>...</li>{{/items}}</ul>
     * }</pre>
     */
    public record View(String slot, String label, List<Item> items) {
    }

    /**
     * One banner; presence is a boolean so nested values never leak.
     *
     * <p>Example:
     * <pre>{@code
     * {{#items}}<li>{{#linked}}<a href="{{link}}">{{/linked}}<img src="{{src}}" alt="{{alt}}"{{#sized}} width="{{width}}" height="{{height}}"{{/sized}}>{{#linked}}</a>{{/linked}}</li>{{/items}}
     * }</pre>
     */
    public record Item(String key, boolean linked, String link, String src, String alt, boolean sized, int width, int height) {
        static Item of(Banner b) {
            return new Item(b.key(), b.link() != null, b.link() == null ? "" : b.link().value(), b.image().src().value(), b.image().altText(),
                    b.width() != null && b.height() != null, b.width() == null ? 0 : b.width(), b.height() == null ? 0 : b.height());
        }
    }
}

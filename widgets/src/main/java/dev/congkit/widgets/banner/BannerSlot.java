package dev.congkit.widgets.banner;

import java.util.Locale;

/**
 * Where a banner is placed; each place has its image budget slot ({@code banner-right}, ...).
 *
 * <p>Example:
 * <pre>{@code
 * BannerSlot slot = BannerSlot.fromParam("center");   // CENTRE (either spelling); null gives RIGHT
 * slot.imageSlot();                                   // "banner-centre": the image budget it must fit
 * }</pre>
 */
public enum BannerSlot {
    LEFT, RIGHT, CENTRE, TOP;

    /** The image budget slot, e.g. {@code banner-right}. */
    public String imageSlot() {
        return "banner-" + name().toLowerCase(Locale.ROOT);
    }

    /** The slot named by a widget parameter ({@code left}, {@code right}, {@code centre}/{@code center}, {@code top}). */
    public static BannerSlot fromParam(String value) {
        if (value == null) {
            return RIGHT;
        }
        String normal = value.strip().toUpperCase(Locale.ROOT);
        return "CENTER".equals(normal) ? CENTRE : BannerSlot.valueOf(normal);
    }
}

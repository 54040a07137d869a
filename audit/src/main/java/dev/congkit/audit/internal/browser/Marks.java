package dev.congkit.audit.internal.browser;

import org.jsoup.nodes.Element;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The attributes a rendering writes on the elements of a page. Their names carry a random part drawn
 * once per run, so a page cannot write them itself to pass for hidden or to place a box.
 */
public final class Marks {

    private static final String NONCE = HexFormat.of().formatHex(SecureRandom.getSeed(6));
    private static final String HIDDEN = "data-ck" + NONCE + "-hidden";
    private static final String BOX = "data-ck" + NONCE + "-box";

    /** A box in CSS px from the top left of the page. */
    public record Box(int x, int y, int width, int height) {
        public int centreX() {
            return x + width / 2;
        }
    }

    private Marks() {
    }

    /** The attribute on elements the browser did not draw (display, visibility, opacity, or outside the page). */
    public static String hidden() {
        return HIDDEN;
    }

    /** The attribute holding {@code x,y,width,height} of links, images, buttons and landmarks. */
    public static String box() {
        return BOX;
    }

    /** Whether an attribute is one of the marks (kept out of the evidence shown to readers). */
    public static boolean isMark(String attribute) {
        return attribute.equals(HIDDEN) || attribute.equals(BOX);
    }

    /** Whether the browser drew nothing of {@code element}: it or an ancestor is marked hidden. */
    public static boolean notDrawn(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr(HIDDEN)) {
                return true;
            }
        }
        return false;
    }

    /** The element's box, when the rendering measured it. */
    public static Optional<Box> boxOf(Element element) {
        String value = element.attr(BOX);
        String[] parts = value.split(",");
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Box(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                    Integer.parseInt(parts[3])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

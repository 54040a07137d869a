package dev.congkit.image.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * A 64-bit difference hash of an image's appearance: the same picture resized, re-saved at another
 * quality or converted to another format hashes within a few bits, whatever its file name. Internal.
 */
public final class PerceptualHash {

    /** Hashes at most this many bits apart show the same picture. */
    public static final int SAME_PICTURE = 6;

    private PerceptualHash() {
    }

    public static long of(BufferedImage image) {
        BufferedImage small = new BufferedImage(9, 8, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(Pixels.flattenOnWhite(image), 0, 0, 9, 8, null);
        } finally {
            g.dispose();
        }
        long hash = 0;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                int left = small.getRaster().getSample(x, y, 0);
                int right = small.getRaster().getSample(x + 1, y, 0);
                hash = (hash << 1) | (left > right ? 1 : 0);
            }
        }
        return hash;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}

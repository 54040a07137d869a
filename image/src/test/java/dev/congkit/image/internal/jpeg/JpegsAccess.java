package dev.congkit.image.internal.jpeg;

import javax.imageio.ImageWriter;

/** The JPEG test helpers, for tests in other packages. */
public final class JpegsAccess {

    private JpegsAccess() {
    }

    public static ImageWriter jdkWriter() {
        return Jpegs.jdkWriter();
    }

    /** A progressive 4:2:0 JPEG of the image, at quality 0.9. */
    public static byte[] progressive(java.awt.image.BufferedImage image) throws java.io.IOException {
        return Jpegs.write(image, new int[] {2, 2}, true, 0, 0.9f);
    }
}

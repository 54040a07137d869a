package dev.congkit.image.internal.jpeg;

import javax.imageio.ImageWriter;

/** The JPEG test helpers, for tests in other packages. */
public final class JpegsAccess {

    private JpegsAccess() {
    }

    public static ImageWriter jdkWriter() {
        return Jpegs.jdkWriter();
    }
}

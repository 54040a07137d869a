package dev.congkit.image.internal.jpeg;

/** A valid JPEG this decoder leaves to the JDK's (arithmetic coding, 12-bit, lossless, hierarchical…). Internal. */
public final class JpegUnsupportedException extends Exception {

    private static final long serialVersionUID = 1L;

    JpegUnsupportedException(String message) {
        super(message);
    }
}

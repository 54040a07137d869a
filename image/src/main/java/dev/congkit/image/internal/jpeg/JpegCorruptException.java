package dev.congkit.image.internal.jpeg;

/** The JPEG data breaks the standard or ends early: the file is at fault. Internal. */
public final class JpegCorruptException extends Exception {

    private static final long serialVersionUID = 1L;

    JpegCorruptException(String message) {
        super(message);
    }
}

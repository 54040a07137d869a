package dev.congkit.image;

import dev.congkit.core.i18n.Bilingual;
/**
 * An image could not be read or could not meet its budget. The message names the file, the rule
 * and the value, e.g. {@code photo.jpg: is 20000 × 20000 pixels (400 megapixels), over the limit of
 * 50 megapixels}.
 *
 * <p>Example:
 * <pre>{@code
 * try {
 *     resizer.write(Path.of("banner.jpg"), Slots.defaults().get("banner-right"), Path.of("out/banner.jpg"));
 * } catch (ImageException e) {
 *     System.err.println(e.getMessage());   // names the file and what is wrong, e.g. not an image or too large to decode
 * }
 * }</pre>
 */
public final class ImageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Bilingual text;

    public ImageException(String source, String message) {
        this(source, Bilingual.same(message), null);
    }

    public ImageException(String source, String message, Throwable cause) {
        this(source, Bilingual.same(message), cause);
    }

    public ImageException(String source, Bilingual text) {
        this(source, text, null);
    }

    public ImageException(String source, Bilingual text, Throwable cause) {
        super(source + ": " + text.en(), cause);
        this.text = Bilingual.same(source + ": ").then(text);
    }

    /** The message in Vietnamese and English, the file named first; {@link #getMessage()} is the English one. */
    public Bilingual text() {
        return text;
    }
}

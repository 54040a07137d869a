package dev.congkit.image;

/**
 * The format a slot's images are written in.
 *
 * <p>Example:
 * <pre>{@code
 * Path output = Path.of("out", "logo." + slot.format().extension());   // "png" for the logo slot
 * }</pre>
 */
public enum OutputFormat {
    /** Photographs and banners; transparency is flattened onto white. */
    JPEG("jpg"),
    /** Logos and emblems; transparency is kept. */
    PNG("png");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}

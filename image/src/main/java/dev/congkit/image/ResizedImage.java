package dev.congkit.image;

/**
 * An encoded image that meets its slot's budget.
 *
 * <p>Example:
 * <pre>{@code
 * ResizedImage image = ImageResizer.create().fit(Path.of("anh-hoi-nghi.jpg"), Slots.defaults().get("news"));
 * image.width();   // at most the slot's maxWidth
 * image.size();    // bytes, at most the slot's maxBytes
 * Files.write(Path.of("out/anh-hoi-nghi.jpg"), image.bytes());
 * }</pre>
 */
public record ResizedImage(byte[] bytes, int width, int height, OutputFormat format, float quality) {

    public int size() {
        return bytes.length;
    }
}

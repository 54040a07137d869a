package dev.congkit.image;

/** An encoded image that meets its slot's budget. */
public record ResizedImage(byte[] bytes, int width, int height, OutputFormat format, float quality) {

    public int size() {
        return bytes.length;
    }
}

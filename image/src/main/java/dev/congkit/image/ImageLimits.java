package dev.congkit.image;

/**
 * Safety limits: images larger than {@code maxPixels} are refused from their header, before any
 * decoding; a decode whose buffer would exceed {@code maxDecodeBytes} is refused (the reader first
 * subsamples as far as quality allows); at most {@code maxConcurrent} images are processed at once,
 * so that many parallel uploads cannot exhaust the heap.
 *
 * <p>Example:
 * <pre>{@code
 * // at most 4 images decoded at once, none over 50 megapixels
 * ImageResizer resizer = ImageResizer.withLimits(ImageLimits.forConcurrency(4));
 * }</pre>
 */
public record ImageLimits(long maxPixels, long maxDecodeBytes, int maxConcurrent) {

    public static final long DEFAULT_MAX_PIXELS = 50_000_000L;

    public ImageLimits {
        if (maxPixels < 1 || maxDecodeBytes < 1024 || maxConcurrent < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** 50 megapixels; two decodes at once (one on a single processor), each within a quarter of the heap. */
    public static ImageLimits defaults() {
        return forConcurrency(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    /** {@code concurrent} decodes at once, sharing half of the heap. */
    public static ImageLimits forConcurrency(int concurrent) {
        long perDecode = Runtime.getRuntime().maxMemory() / 2 / concurrent;
        return new ImageLimits(DEFAULT_MAX_PIXELS, Math.max(4L << 20, perDecode), concurrent);
    }
}

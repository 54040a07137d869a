package dev.congkit.image;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.io.AtomicFile;
import dev.congkit.image.internal.Decoder;
import dev.congkit.image.internal.Encoder;
import dev.congkit.image.internal.Lanczos;
import dev.congkit.image.internal.Pixels;
import dev.congkit.image.internal.Warmup;
import net.coobird.thumbnailator.Thumbnails;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * Fits images into a {@link Slot}'s budget (IMAGE-BUDGET): upright (EXIF orientation), in sRGB,
 * flattened onto white for JPEG, stripped of metadata, no larger than the slot in pixels or bytes.
 * Images are decoded at reduced resolution where possible and reduced by box-filter halving before
 * a final bicubic step. Thread-safe; at most {@link ImageLimits#maxConcurrent()} images are
 * processed at once.
 *
 * <pre>{@code
 * ImageResizer resizer = ImageResizer.create();
 * resizer.write(Path.of("anh-hoi-nghi.jpg"), Slots.defaults().get("news"), Path.of("out/anh-hoi-nghi.jpg"));
 * }</pre>
 */
public final class ImageResizer {

    private static final float START_QUALITY = 0.85f;
    private static final float MIN_QUALITY = 0.45f;
    private static final int HEAD_BYTES = 128 * 1024;

    private final ImageLimits limits;
    private final Semaphore permits;

    private ImageResizer(ImageLimits limits) {
        this.limits = limits;
        this.permits = new Semaphore(limits.maxConcurrent(), true);
    }

    public static ImageResizer create() {
        return new ImageResizer(ImageLimits.defaults());
    }

    public static ImageResizer withLimits(ImageLimits limits) {
        return new ImageResizer(limits);
    }

    public ImageLimits limits() {
        return limits;
    }

    /**
     * Gives a batch a head start: runs the JPEG path on a small photo kept as a resource, often enough
     * for the JIT to compile it, fits that photo once the whole way (image I/O's plug-ins and the JPEG encoder's
     * native library load on first use) and seeds the random source that names temporary files. On a
     * cold JVM that is a tenth of a second the first images would otherwise wait for. Optional; a tool
     * that resizes many files calls it on a spare thread while it reads its options.
     */
    public static void prepare() {
        Warmup.run();
        byte[] sample = Warmup.sample();
        if (sample != null) {
            try {
                // a slot smaller than the photo, so that the fit takes the reduction step as a real photo does
                withLimits(ImageLimits.forConcurrency(1)).fit("warm-up", sample, new Slot("warm-up", 100, 80, 100 * 1024, OutputFormat.JPEG));
            } catch (ImageException | RuntimeException | LinkageError e) {
                // only a head start: the real images report their own errors
                System.getLogger(ImageResizer.class.getName()).log(System.Logger.Level.DEBUG, "warm-up fit skipped", e);
            }
        }
        AtomicFile.prepare();
    }

    /** Fits the file at {@code input}; the error messages name it. */
    public ResizedImage fit(Path input, Slot slot) throws ImageException {
        String source = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        byte[] head = head(source, input);
        return fit(source, () -> open(input), head, slot, slot.maxWidth(), slot.maxHeight());
    }

    /** Fits an image held in memory (an upload, say); {@code source} names it in messages. */
    public ResizedImage fit(String source, byte[] input, Slot slot) throws ImageException {
        return fit(source, () -> new ByteArrayInputStream(input), input, slot, slot.maxWidth(), slot.maxHeight());
    }

    /** Variants of one image for {@code srcset}: one per width (each no wider than the slot), smallest first. */
    public List<ResizedImage> variants(Path input, Slot slot, int... widths) throws ImageException {
        String source = input.getFileName().toString();
        byte[] head = head(source, input);
        List<ResizedImage> results = new ArrayList<>();
        for (int width : java.util.Arrays.stream(widths).sorted().distinct().toArray()) {
            int w = Math.min(width, slot.maxWidth());
            int h = (int) Math.max(1, Math.round((double) slot.maxHeight() * w / slot.maxWidth()));
            results.add(fit(source, () -> open(input), head, slot, w, h));
        }
        return results;
    }

    /**
     * Fits {@code input} and writes it to {@code output} through a temporary file moved into place:
     * a failure never leaves half an image behind and never replaces a good one.
     */
    public ResizedImage write(Path input, Slot slot, Path output) throws ImageException {
        ResizedImage resized = fit(input, slot);
        writeAtomically(output, resized.bytes());
        return resized;
    }

    /** Writes bytes to {@code output} atomically (temporary file in the same folder, then a move); rw-r--r--. */
    public static void writeAtomically(Path output, byte[] bytes) throws ImageException {
        try {
            AtomicFile.write(output, bytes);
        } catch (IOException e) {
            throw new ImageException(output.toString(), Bilingual.of("không ghi được: " + e.getMessage(), "cannot be written: " + e.getMessage()), e);
        }
    }

    private ResizedImage fit(String source, java.util.function.Supplier<InputStream> open, byte[] head, Slot slot,
                             int maxWidth, int maxHeight) throws ImageException {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageException(source, Bilingual.of("chưa được xử lý: bị ngắt", "was not processed: interrupted"));
        }
        try {
            Decoder.Decoded decoded = Decoder.decode(source, open, head, head.length, maxWidth, maxHeight, limits);
            BufferedImage image = reduce(decoded, maxWidth, maxHeight);
            return encodeWithinBudget(source, image, slot);
        } catch (OutOfMemoryError e) {
            throw new ImageException(source, Bilingual.of("cần nhiều bộ nhớ hơn phần bộ nhớ Java còn lại; hãy thử lại sau hoặc tăng -Xmx", "needs more memory than the Java heap has left; try again later or raise -Xmx"));
        } finally {
            permits.release();
        }
    }

    private static BufferedImage reduce(Decoder.Decoded decoded, int maxWidth, int maxHeight) {
        boolean swap = decoded.orientation() >= 5;
        int boxW = swap ? maxHeight : maxWidth;
        int boxH = swap ? maxWidth : maxHeight;
        BufferedImage image = decoded.image();
        double full = Math.min(1.0, Math.min((double) boxW / decoded.sourceWidth(), (double) boxH / decoded.sourceHeight()));
        int targetW = Math.max(1, (int) Math.round(decoded.sourceWidth() * full));
        int targetH = Math.max(1, (int) Math.round(decoded.sourceHeight() * full));
        while (image.getWidth() >= 4 * targetW && image.getHeight() >= 4 * targetH) {
            image = Pixels.halve(image);
        }
        image = Pixels.toSrgb(image);
        if (image.getWidth() != targetW || image.getHeight() != targetH) {
            image = Lanczos.resize(image, targetW, targetH);
        }
        return Pixels.orient(image, decoded.orientation());
    }

    private static ResizedImage encodeWithinBudget(String source, BufferedImage image, Slot slot) throws ImageException {
        BufferedImage current = slot.format() == OutputFormat.JPEG && image.getColorModel().hasAlpha() ? Pixels.flattenOnWhite(image) : image;
        for (int attempt = 0; attempt < 4; attempt++) {
            if (slot.format() == OutputFormat.PNG) {
                byte[] png = Encoder.encode(current, OutputFormat.PNG, 1f);
                if (png.length <= slot.maxBytes()) {
                    return new ResizedImage(png, current.getWidth(), current.getHeight(), OutputFormat.PNG, 1f);
                }
            } else {
                ResizedImage jpeg = bestQuality(current, slot.maxBytes());
                if (jpeg != null) {
                    return jpeg;
                }
            }
            current = shrink(current, 0.8);
        }
        String size = current.getWidth() + " × " + current.getHeight();
        throw new ImageException(source, Bilingual.of("không thể nhỏ hơn " + slot.maxBytes() + " byte cho vị trí '" + slot.name()
                + "' mà không làm hỏng ảnh (kể cả ở cỡ " + size + " điểm ảnh)", "cannot be made smaller than " + slot.maxBytes() + " bytes for the slot '" + slot.name()
                + "' without spoiling it (even at " + size + " pixels)"));
    }

    /** The highest JPEG quality that fits {@code maxBytes}, by a bounded bisection; {@code null} if even the lowest does not. */
    private static ResizedImage bestQuality(BufferedImage image, int maxBytes) {
        byte[] first = Encoder.encode(image, OutputFormat.JPEG, START_QUALITY);
        if (first.length <= maxBytes) {
            return new ResizedImage(first, image.getWidth(), image.getHeight(), OutputFormat.JPEG, START_QUALITY);
        }
        float low = MIN_QUALITY;
        float high = START_QUALITY;
        byte[] best = Encoder.encode(image, OutputFormat.JPEG, low);
        if (best.length > maxBytes) {
            return null;
        }
        float bestQuality = low;
        for (int step = 0; step < 5; step++) {
            float middle = (low + high) / 2;
            byte[] candidate = Encoder.encode(image, OutputFormat.JPEG, middle);
            if (candidate.length <= maxBytes) {
                best = candidate;
                bestQuality = middle;
                low = middle;
            } else {
                high = middle;
            }
        }
        return new ResizedImage(best, image.getWidth(), image.getHeight(), OutputFormat.JPEG, bestQuality);
    }

    private static BufferedImage shrink(BufferedImage image, double factor) {
        try {
            return Thumbnails.of(image).scale(factor).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] head(String source, Path input) throws ImageException {
        try (InputStream in = Files.newInputStream(input)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (NoSuchFileException e) {
            throw new ImageException(source, Bilingual.of("không có tệp này", "no such file"));
        } catch (IOException e) {
            throw new ImageException(source, Bilingual.of("không đọc được: " + e.getMessage(), "cannot be read: " + e.getMessage()), e);
        }
    }

    private static InputStream open(Path input) {
        try {
            return Files.newInputStream(input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.congkit.image.internal;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.image.ImageException;
import dev.congkit.image.ImageLimits;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Reads an image at the smallest resolution that still allows a quality reduction to the target:
 * the size comes from the header first (huge images are refused before decoding), then the reader
 * subsamples on load so that the decoded buffer stays within the limits. Internal.
 */
public final class Decoder {

    /** {@code -Dcongkit.image.jdkJpeg=true}: read JPEGs with the JDK's decoder, as before CổngKit had its own. */
    public static final String JDK_JPEG_PROPERTY = "congkit.image.jdkJpeg";

    private Decoder() {
    }

    /** A decoded image, still in the source orientation, and its EXIF orientation. */
    public record Decoded(BufferedImage image, int sourceWidth, int sourceHeight, int orientation) {
    }

    /**
     * Decodes {@code open} for a result that fits {@code maxWidth × maxHeight} (in display orientation).
     *
     * @param head the first bytes of the file (at least 64 KiB when available), for format and EXIF
     */
    public static Decoded decode(String source, Supplier<InputStream> open, byte[] head, int headLength, int maxWidth, int maxHeight,
                                 ImageLimits limits) throws ImageException {
        String format = Formats.sniff(head, headLength);
        if (format == null) {
            String start = headLength == 0 ? "" : Formats.describe(head, headLength);
            throw new ImageException(source, headLength == 0 ? Bilingual.of("trống, không phải ảnh", "is empty, not an image")
                    : Bilingual.of("không phải ảnh: tệp bắt đầu bằng " + start + ", không phải dấu hiệu của tệp JPEG, PNG, GIF, BMP hay WebP",
                    "is not an image: it starts with " + start + ", not with the signature of a JPEG, PNG, GIF, BMP or WebP file"));
        }
        if (format.equals("heif")) {
            throw new ImageException(source, Bilingual.of("là ảnh HEIC/HEIF hoặc AVIF (iPhone lưu như vậy), ở đây không đọc được;"
                    + " hãy lưu thành JPEG (trên điện thoại: Cài đặt › Camera › Định dạng › Tương thích nhất) rồi thử lại",
                    "is a HEIC/HEIF or AVIF photo (as iPhones save them), which cannot be read here;"
                    + " save it as JPEG (on the phone: Settings › Camera › Formats › Most Compatible) and try again"));
        }
        int orientation = format.equals("jpeg") ? ExifOrientation.read(head, headLength) : 1;
        if (format.equals("jpeg") && !Boolean.getBoolean(JDK_JPEG_PROPERTY)) {
            boolean swap = orientation >= 5;
            Decoded decoded = ShrinkOnLoad.decode(source, open, swap ? maxHeight : maxWidth, swap ? maxWidth : maxHeight, limits, orientation);
            if (decoded != null) {
                return decoded;
            }
        }
        try (InputStream in = open.get(); ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            ImageReader reader = reader(source, stream, format);
            try {
                reader.setInput(stream, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                checkPixels(source, width, height, limits);
                boolean swap = orientation >= 5;
                int targetW = swap ? maxHeight : maxWidth;
                int targetH = swap ? maxWidth : maxHeight;
                int bytesPerPixel = bytesPerPixel(reader, format);
                // a progressive JPEG's decoder keeps every coefficient of the image in native memory, outside the heap
                long coefficients = progressiveCoefficientBytes(head, headLength);
                if (coefficients > limits.maxDecodeBytes()) {
                    throw new ImageException(source, progressiveTooBig(width, height, coefficients, limits, " outside the heap"));
                }
                long budget = limits.maxDecodeBytes() - coefficients;
                int factor = subsampling(width, height, targetW, targetH, bytesPerPixel, budget);
                long decodeBytes = (long) ceil(width, factor) * ceil(height, factor) * bytesPerPixel;
                if (decodeBytes > budget) {
                    throw new ImageException(source, overBudget(decodeBytes + coefficients, limits));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int box = progressive(head, headLength) ? 0 : boxFactor(format, reader, width, height, targetW, targetH);
                // the reduced image, the Lanczos pass and the result must fit the budget too
                while (box >= 2 && box < 64 && 4L * ((long) ceil(width, box) * ceil(height, box) + (long) targetW * ceil(height, box)
                        + 2L * targetW * targetH) > budget) {
                    box++;
                }
                BoxRaster boxed = null;
                if (box >= 2 && Math.min((double) width / targetW, (double) height / targetH) >= 2) {
                    boxed = new BoxRaster(width, height, box);
                    param.setDestination(boxDestination(boxed));
                } else {
                    param.setSourceSubsampling(factor, factor, 0, 0);
                }
                StringBuilder warnings = new StringBuilder();
                // the JDK reports a cut-off JPEG as a warning and fills the rest grey: that is an error here
                IIOReadWarningListener listener = (r, warning) -> {
                    String lower = warning.toLowerCase(Locale.ROOT);
                    if (lower.contains("premature end") || lower.contains("corrupt") || lower.contains("truncat")) {
                        warnings.append(warning);
                    }
                };
                reader.addIIOReadWarningListener(listener);
                BufferedImage image = reader.read(0, param);
                if (warnings.length() > 0) {
                    throw new ImageException(source, corrupt(String.valueOf(warnings)));
                }
                if (boxed != null) {
                    if (boxed.outOfOrder()) {
                        throw new IllegalStateException("the reader wrote rows out of order");
                    }
                    image = boxed.result();
                }
                return new Decoded(image, width, height, orientation);
            } finally {
                reader.dispose();
            }
        } catch (IIOException e) {
            throw new ImageException(source, corrupt(message(e)), e);
        } catch (IOException e) {
            throw new ImageException(source, unreadable(message(e)), e);
        } catch (java.io.UncheckedIOException e) {
            throw new ImageException(source, unreadable(message(e.getCause())), e);
        } catch (RuntimeException e) {
            // decoders throw unchecked exceptions on malformed data: the file is at fault, not the caller
            throw new ImageException(source, corrupt(message(e)), e);
        }
    }

    /**
     * The bytes one decoded pixel takes, from the reader's own sample model (16-bit PNGs take 6 or 8),
     * at least what the later steps convert it to (3 for a JPEG, 4 otherwise).
     */
    static int bytesPerPixel(ImageReader reader, String format) throws IOException {
        int least = format.equals("jpeg") ? 3 : 4;
        javax.imageio.ImageTypeSpecifier type = reader.getRawImageType(0);
        if (type == null) {
            Iterator<javax.imageio.ImageTypeSpecifier> types = reader.getImageTypes(0);
            type = types.hasNext() ? types.next() : null;
        }
        if (type == null) {
            return 8;   // unknown: assume the widest common layout
        }
        int bits = 0;
        for (int size : type.getSampleModel().getSampleSize()) {
            bits += size;
        }
        return Math.max(least, (bits + 7) / 8);
    }

    /**
     * The native memory a progressive JPEG's decoder holds: every DCT coefficient (two bytes each) of
     * every component, as its sampling factors size it. Zero for a baseline JPEG or another format.
     */
    static long progressiveCoefficientBytes(byte[] head, int length) {
        int offset = 2;
        while (offset + 4 <= length && (head[offset] & 0xFF) == 0xFF) {
            int marker = head[offset + 1] & 0xFF;
            int segment = ((head[offset + 2] & 0xFF) << 8) | (head[offset + 3] & 0xFF);
            if (marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE) {
                return coefficients(head, offset + 4, Math.min(length, offset + 2 + segment));
            }
            if (marker == 0xDA || (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)) {
                return 0;
            }
            offset += 2 + segment;
        }
        return 0;
    }

    private static long coefficients(byte[] sof, int start, int end) {
        if (start + 6 > end) {
            return 0;
        }
        int height = ((sof[start + 1] & 0xFF) << 8) | (sof[start + 2] & 0xFF);
        int width = ((sof[start + 3] & 0xFF) << 8) | (sof[start + 4] & 0xFF);
        int count = sof[start + 5] & 0xFF;
        int maxH = 1;
        int maxV = 1;
        for (int i = 0; i < count && start + 6 + 3 * i + 2 < end; i++) {
            int factors = sof[start + 6 + 3 * i + 1] & 0xFF;
            maxH = Math.max(maxH, Math.max(1, factors >> 4));
            maxV = Math.max(maxV, Math.max(1, factors & 0x0F));
        }
        long total = 0;
        for (int i = 0; i < count && start + 6 + 3 * i + 2 < end; i++) {
            int factors = sof[start + 6 + 3 * i + 1] & 0xFF;
            long columns = ceil(ceil(width * Math.max(1, factors >> 4), maxH), 8);
            long rows = ceil(ceil(height * Math.max(1, factors & 0x0F), maxV), 8);
            // whole MCUs are allocated: round up to the component's share of an MCU
            total += roundUp(columns, Math.max(1, factors >> 4)) * roundUp(rows, Math.max(1, factors & 0x0F)) * 64 * 2;
        }
        return total;
    }

    /** Refuses an image whose header declares more pixels than the limits allow, before any decoding. */
    static void checkPixels(String source, int width, int height, ImageLimits limits) throws ImageException {
        long pixels = (long) width * height;
        if (pixels > limits.maxPixels()) {
            String size = width + " × " + height;
            throw new ImageException(source, Bilingual.of("cỡ " + size + " điểm ảnh (" + pixels / 1_000_000 + " megapixel), vượt giới hạn "
                    + limits.maxPixels() / 1_000_000 + " megapixel", "is " + size + " pixels (" + pixels / 1_000_000
                    + " megapixels), over the limit of " + limits.maxPixels() / 1_000_000 + " megapixels"));
        }
    }

    private static long roundUp(long value, int multiple) {
        return (value + multiple - 1) / multiple * multiple;
    }

    static long mib(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    /** Whether a JPEG is progressive (SOF2, SOF6, SOF10, SOF14): its rows are written in several passes. */
    static boolean progressive(byte[] head, int length) {
        int offset = 2;
        while (offset + 4 <= length && (head[offset] & 0xFF) == 0xFF) {
            int marker = head[offset + 1] & 0xFF;
            if (marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE) {
                return true;
            }
            if (marker == 0xDA || (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)) {
                return false;
            }
            offset += 2 + (((head[offset + 2] & 0xFF) << 8) | (head[offset + 3] & 0xFF));
        }
        return false;
    }

    /**
     * The box factor for reading a colour JPEG straight into a reduced image: the largest whole
     * factor that leaves at least the target, or 0 when the image is not a 3-band JPEG.
     */
    private static int boxFactor(String format, ImageReader reader, int width, int height, int targetW, int targetH) throws IOException {
        if (!format.equals("jpeg")) {
            return 0;
        }
        Iterator<javax.imageio.ImageTypeSpecifier> types = reader.getImageTypes(0);
        if (!types.hasNext()) {
            return 0;
        }
        javax.imageio.ImageTypeSpecifier type = types.next();
        // an embedded non-sRGB profile (Adobe RGB, say) needs the converting path
        if (type.getSampleModel().getNumBands() != 3 || !type.getColorModel().getColorSpace().isCS_sRGB()) {
            return 0;
        }
        double scale = Math.min((double) width / targetW, (double) height / targetH);
        // leave about twice the target for the final Lanczos step, which keeps the result sharp
        return (int) Math.max(2, Math.floor(scale / 2));
    }

    private static BufferedImage boxDestination(BoxRaster raster) {
        java.awt.image.ColorModel colours = new java.awt.image.ComponentColorModel(java.awt.color.ColorSpace.getInstance(
                java.awt.color.ColorSpace.CS_sRGB), new int[] {8, 8, 8}, false, false, java.awt.Transparency.OPAQUE,
                java.awt.image.DataBuffer.TYPE_BYTE);
        return new BufferedImage(colours, raster, false, null);
    }

    /**
     * The subsampling factor: keep at least 3× the target before the box-filter steps, which is
     * what makes the result sharp and unaliased, unless the memory budget asks for more.
     */
    static int subsampling(int width, int height, int targetW, int targetH, int bytesPerPixel, long maxBytes) {
        double scale = Math.max((double) width / targetW, (double) height / targetH);
        int factor = Math.max(1, (int) Math.floor(scale / 3));
        while ((long) ceil(width, factor) * ceil(height, factor) * bytesPerPixel > maxBytes && factor < 64) {
            factor++;
        }
        return factor;
    }

    private static int ceil(int size, int factor) {
        return (size + factor - 1) / factor;
    }

    private static ImageReader reader(String source, ImageInputStream stream, String format) throws ImageException {
        if (stream == null) {
            throw new ImageException(source, Bilingual.of("không mở được như một ảnh", "cannot be opened as an image"));
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
        if (!readers.hasNext()) {
            throw new ImageException(source, Bilingual.of("là tệp " + format.toUpperCase(Locale.ROOT) + " mà không bộ đọc nào đã cài giải mã được", "is a " + format.toUpperCase(Locale.ROOT) + " file that no installed reader can decode"));
        }
        return readers.next();
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** "is a progressive JPEG … over the memory budget …", in both languages; {@code where} says where the decoder keeps it. */
    public static Bilingual progressiveTooBig(int width, int height, long coefficients, ImageLimits limits, String where) {
        String size = width + " × " + height;
        return Bilingual.of("là JPEG progressive cỡ " + size + " điểm ảnh, bộ giải mã cần " + mib(coefficients) + " MiB"
                        + (where.isEmpty() ? "" : " ngoài heap") + ", vượt mức bộ nhớ " + mib(limits.maxDecodeBytes())
                        + " MiB; hãy lưu thành JPEG baseline, hoặc nhỏ hơn",
                "is a progressive JPEG of " + size + " pixels, whose decoder needs " + mib(coefficients) + " MiB" + where
                        + ", over the memory budget of " + mib(limits.maxDecodeBytes()) + " MiB; save it as a baseline JPEG, or smaller");
    }

    /** "would need … MiB to decode, over the memory budget …", in both languages. */
    public static Bilingual overBudget(long bytes, ImageLimits limits) {
        return Bilingual.of("cần " + mib(bytes) + " MiB để giải mã, vượt mức bộ nhớ " + mib(limits.maxDecodeBytes()) + " MiB",
                "would need " + mib(bytes) + " MiB to decode, over the memory budget of " + mib(limits.maxDecodeBytes()) + " MiB");
    }

    /** "is truncated or corrupt (…)", in both languages. */
    public static Bilingual corrupt(String detail) {
        return Bilingual.of("bị cắt cụt hoặc hỏng (" + detail + ")", "is truncated or corrupt (" + detail + ")");
    }

    /** "cannot be read: …", in both languages. */
    public static Bilingual unreadable(String detail) {
        return Bilingual.of("không đọc được: " + detail, "cannot be read: " + detail);
    }
}

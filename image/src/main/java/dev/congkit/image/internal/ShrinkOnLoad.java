package dev.congkit.image.internal;

import com.twelvemonkeys.imageio.color.ColorSpaces;
import dev.congkit.image.ImageException;
import dev.congkit.image.ImageLimits;
import dev.congkit.image.internal.jpeg.JpegCorruptException;
import dev.congkit.image.internal.jpeg.JpegDecoder;
import dev.congkit.image.internal.jpeg.JpegUnsupportedException;
import dev.congkit.image.internal.jpeg.PixelSink;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Reads a JPEG with CổngKit's own decoder at the smallest DCT scale (1/1, 1/2, 1/4, 1/8) that
 * still gives 1.5× the target size (shrink on load, as libvips does), straight into a box reduction
 * when even 1/8 leaves four times the target or more. Internal.
 */
final class ShrinkOnLoad {

    private static final System.Logger LOG = System.getLogger(ShrinkOnLoad.class.getName());
    private static final double MARGIN = 1.5;

    private ShrinkOnLoad() {
    }

    /**
     * Decodes the JPEG for a result that fits {@code boxW × boxH} (source orientation), or returns
     * {@code null} when the file needs the JDK's decoder (the reason goes to the debug log).
     */
    static Decoder.Decoded decode(String source, Supplier<InputStream> open, int boxW, int boxH, ImageLimits limits,
                                  int orientation) throws ImageException {
        try (InputStream in = open.get()) {
            JpegDecoder jpeg = JpegDecoder.open(in);
            int width = jpeg.width();
            int height = jpeg.height();
            Decoder.checkPixels(source, width, height, limits);
            long coefficients = jpeg.coefficientBytes();
            if (coefficients > limits.maxDecodeBytes()) {
                throw new ImageException(source, Decoder.progressiveTooBig(width, height, coefficients, limits, ""));
            }
            ICC_Profile profile = profile(jpeg.iccProfile());
            Plan plan = Plan.of(jpeg, profile, boxW, boxH, limits.maxDecodeBytes() - coefficients);
            if (plan == null) {
                Plan wanted = Plan.of(jpeg, profile, boxW, boxH, Long.MAX_VALUE);
                throw new ImageException(source, Decoder.overBudget(wanted.bytes() + coefficients, limits));
            }
            BufferedImage image;
            if (plan.streaming()) {
                // rows go from the decoder through the box step into the Lanczos step: the decoded photo is never held
                Lanczos.Rows rows = new Lanczos.Rows(plan.reducedW(), plan.reducedH(), plan.targetW(), plan.targetH(), false);
                PixelSink sink = plan.box() == 1 ? PixelSink.rgbOrYcc(plan.scaledW(), plan.scaledH(), rows, rows::acceptYcc)
                        : PixelSink.packedRgb(plan.scaledW(), plan.scaledH(), plan.box(), rows);
                jpeg.decode(plan.denominator(), sink);
                sink.finish();
                image = rows.result();
            } else {
                JpegDecoder.ColourType colour = jpeg.colourType();
                PixelSink sink = plan.bands() == 3 ? PixelSink.packedRgb(plan.scaledW(), plan.scaledH(), plan.box())
                        : PixelSink.bytes(plan.scaledW(), plan.scaledH(), plan.bands(), plan.box());
                jpeg.decode(plan.denominator(), sink);
                image = image(sink, colour, profile);
            }
            return new Decoder.Decoded(image, width, height, orientation);
        } catch (JpegUnsupportedException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> source + ": read by the JDK's decoder: " + e.getMessage());
            return null;
        } catch (JpegCorruptException e) {
            throw new ImageException(source, Decoder.corrupt(e.getMessage()), e);
        } catch (IOException e) {
            throw new ImageException(source, Decoder.unreadable(e.getMessage()), e);
        } catch (java.io.UncheckedIOException e) {
            throw new ImageException(source, Decoder.unreadable(e.getCause().getMessage()), e);
        } catch (RuntimeException e) {
            // a safety net: the fuzz tests find no such case, but the file, not the caller, is at fault
            throw new ImageException(source, Decoder.corrupt(String.valueOf(e)), e);
        }
    }

    /**
     * How a JPEG is read: the DCT scale, the box step on load, the size of the result, and whether
     * rows stream into the Lanczos step (sRGB colour) or the decoded image is kept for a colour
     * conversion first (grey, CMYK, another profile).
     */
    private record Plan(int denominator, int scaledW, int scaledH, int box, int targetW, int targetH, int bands, boolean streaming) {

        int reducedW() {
            return (scaledW + box - 1) / box;
        }

        int reducedH() {
            return (scaledH + box - 1) / box;
        }

        /**
         * The heap it takes: the Lanczos step's ring of unpacked rows and its result, the encoder's
         * copy of that, and the decoded (or boxed) image when it is kept.
         */
        long bytes() {
            long lanczos = (long) Lanczos.Rows.taps(reducedH(), targetH) * 12 * reducedW() + 8L * targetW * targetH;
            return streaming ? lanczos + 8L * scaledW : lanczos + PixelSink.bytesFor(scaledW, scaledH, bands, bands == 3, box);
        }

        /** The plan for a result that fits {@code boxW × boxH}, or {@code null} when no plan fits {@code budget}. */
        static Plan of(JpegDecoder jpeg, ICC_Profile profile, int boxW, int boxH, long budget) {
            int width = jpeg.width();
            int height = jpeg.height();
            double fit = Math.min(1.0, Math.min((double) boxW / width, (double) boxH / height));
            int targetW = Math.max(1, (int) Math.round(width * fit));
            int targetH = Math.max(1, (int) Math.round(height * fit));
            // the smallest DCT scale that leaves the Lanczos step at least 1.5× the target: less, and the
            // scaled decode's block averaging shows (a 24 MP photo for 1200 px loses 1 dB at 1/4)
            int denominator = 8;
            while (denominator > 1 && (JpegDecoder.scaled(width, denominator) < MARGIN * targetW
                    || JpegDecoder.scaled(height, denominator) < MARGIN * targetH)) {
                denominator /= 2;
            }
            int scaledW = JpegDecoder.scaled(width, denominator);
            int scaledH = JpegDecoder.scaled(height, denominator);
            JpegDecoder.ColourType colour = jpeg.colourType();
            boolean rgb = colour == JpegDecoder.ColourType.RGB || colour == JpegDecoder.ColourType.RGB_FROM_YCC;
            int bands = rgb ? 3 : colour == JpegDecoder.ColourType.GREY ? 1 : 4;
            boolean converted = profile != null && profile.getColorSpaceType() == ColorSpace.TYPE_RGB && !isSrgb(profile);
            boolean streaming = rgb && !converted && (scaledW != targetW || scaledH != targetH);
            double remaining = Math.min((double) scaledW / targetW, (double) scaledH / targetH);
            // a box step on load only when even the smallest scale leaves 4× or more: Lanczos gets 2× to 4×
            int box = remaining >= 4 ? (int) Math.floor(remaining / 2) : 1;
            Plan plan = new Plan(denominator, scaledW, scaledH, box, targetW, targetH, bands, streaming);
            // a tight budget takes a coarser box step, as long as the reduced image still holds the target
            while (plan.bytes() > budget && scaledW / (plan.box + 1) >= targetW && scaledH / (plan.box + 1) >= targetH) {
                plan = new Plan(denominator, scaledW, scaledH, Math.max(2, plan.box + 1), targetW, targetH, bands, streaming);
            }
            return plan.bytes() <= budget ? plan : null;
        }
    }

    private static BufferedImage image(PixelSink sink, JpegDecoder.ColourType colour, ICC_Profile profile) {
        switch (colour) {
            case GREY:
                return sink.greyImage();
            case RGB:
            case RGB_FROM_YCC: {
                BufferedImage rgb = sink.rgbImage();
                if (profile == null || profile.getColorSpaceType() != ColorSpace.TYPE_RGB || isSrgb(profile)) {
                    return rgb;
                }
                // keep the camera's or editor's colour space (Adobe RGB, Display P3): the resizer converts it to sRGB
                DirectColorModel model = new DirectColorModel(new ICC_ColorSpace(profile), 24, 0xFF0000, 0xFF00, 0xFF, 0, false,
                        DataBuffer.TYPE_INT);
                return new BufferedImage(model, rgb.getRaster(), false, null);
            }
            default: {
                ColorSpace space = profile != null && profile.getColorSpaceType() == ColorSpace.TYPE_CMYK
                        ? new ICC_ColorSpace(profile) : ColorSpaces.getColorSpace(ColorSpaces.CS_GENERIC_CMYK);
                byte[] data = sink.bytes();
                WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(data, data.length), sink.width(), sink.height(),
                        sink.width() * 4, 4, new int[] {0, 1, 2, 3}, null);
                ComponentColorModel model = new ComponentColorModel(space, false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
                return new BufferedImage(model, raster, false, null);
            }
        }
    }

    private static ICC_Profile profile(byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return ICC_Profile.getInstance(data);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "an embedded ICC profile cannot be read, sRGB assumed: " + e.getMessage());
            return null;
        }
    }

    /** Whether the profile is a copy of sRGB (its description begins "sRGB", as "sRGB IEC61966-2.1"): no conversion needed. */
    static boolean isSrgb(ICC_Profile profile) {
        return description(profile).startsWith("sRGB");
    }

    /** The profile's description: an ICC v2 'desc' ASCII string or the first record of a v4 'mluc'; empty if neither. */
    static String description(ICC_Profile profile) {
        byte[] tag = profile.getData(ICC_Profile.icSigProfileDescriptionTag);
        if (tag == null || tag.length < 12) {
            return "";
        }
        String type = new String(tag, 0, 4, StandardCharsets.ISO_8859_1);
        ByteBuffer data = ByteBuffer.wrap(tag);
        if (type.equals("desc")) {
            int length = data.getInt(8);
            if (length < 1 || 12 + length > tag.length) {
                return "";
            }
            return new String(tag, 12, length - 1, StandardCharsets.ISO_8859_1);
        }
        if (type.equals("mluc") && tag.length >= 28) {
            int length = data.getInt(20);
            int offset = data.getInt(24);
            if (offset >= 0 && length >= 0 && (long) offset + length <= tag.length) {
                return new String(tag, offset, length, StandardCharsets.UTF_16BE);
            }
        }
        return "";
    }
}

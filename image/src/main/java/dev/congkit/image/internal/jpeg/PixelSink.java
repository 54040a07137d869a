package dev.congkit.image.internal.jpeg;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * Receives the decoded rows, top to bottom, and keeps either each row or, with a box factor of 2 or
 * more, only the average of each {@code box × box} block (a true low-pass on load, the memory of the
 * reduced image alone). Packed RGB for colour images, bytes for grey and CMYK. Internal.
 */
public final class PixelSink {

    private final int width;
    private final int bands;
    private final boolean packed;
    private final int box;
    private final int outWidth;
    private final int outHeight;
    private final int[] packedRow;
    private final byte[] byteRow;
    private final int[] packedResult;
    private final byte[] byteResult;
    private final int[] sums;
    private final int[] counts;
    /** Where finished (boxed) packed rows go instead of being kept, or {@code null}. */
    private final java.util.function.Consumer<int[]> downstream;
    /** Where a YCbCr image's rows go as they are decoded, before any colour conversion, or {@code null}. */
    private final YccRows yccDownstream;
    private final int[] boxedRow;
    private int currentRow = -1;

    private PixelSink(int width, int height, int bands, boolean packed, int box, java.util.function.Consumer<int[]> downstream) {
        this(width, height, bands, packed, box, downstream, null);
    }

    private PixelSink(int width, int height, int bands, boolean packed, int box, java.util.function.Consumer<int[]> downstream,
                      YccRows yccDownstream) {
        this.yccDownstream = yccDownstream;
        this.width = width;
        this.bands = bands;
        this.packed = packed;
        this.box = Math.max(1, box);
        this.outWidth = (width + this.box - 1) / this.box;
        this.outHeight = (height + this.box - 1) / this.box;
        this.packedRow = packed ? new int[width] : null;
        this.byteRow = packed ? null : new byte[width * bands];
        this.downstream = downstream;
        this.packedResult = packed && downstream == null && yccDownstream == null ? new int[outWidth * outHeight] : null;
        this.byteResult = packed ? null : new byte[outWidth * outHeight * bands];
        this.sums = this.box > 1 ? new int[outWidth * bands] : null;
        this.counts = this.box > 1 ? new int[outWidth] : null;
        this.boxedRow = downstream != null && this.box > 1 ? new int[outWidth] : null;
    }

    /** For an RGB image of {@code width × height}, reduced by {@code box} (1: kept as is). */
    public static PixelSink packedRgb(int width, int height, int box) {
        return new PixelSink(width, height, 3, true, box, null);
    }

    /**
     * For an RGB image of {@code width × height}, reduced by {@code box}, each finished row handed to
     * {@code downstream} (packed, {@link #width()} long, the array reused) instead of kept.
     */
    public static PixelSink packedRgb(int width, int height, int box, java.util.function.Consumer<int[]> downstream) {
        return new PixelSink(width, height, 3, true, box, java.util.Objects.requireNonNull(downstream));
    }

    /**
     * Rows of Y, Cb and Cr samples, each {@code width} long from its offset, top to bottom: a colour
     * image's rows handed on before colour conversion, which then happens on the smaller result.
     */
    @FunctionalInterface
    public interface YccRows {
        void accept(byte[] luma, int lumaOffset, byte[] blue, int blueOffset, byte[] red, int redOffset);
    }

    /**
     * For an RGB image of {@code width × height} whose rows go to {@code ycc} as YCbCr samples when
     * the file stores them so (a JPEG's usual case), or to {@code packed} as packed RGB otherwise;
     * never kept, no box step.
     */
    public static PixelSink rgbOrYcc(int width, int height, java.util.function.Consumer<int[]> packed, YccRows ycc) {
        return new PixelSink(width, height, 3, true, 1, java.util.Objects.requireNonNull(packed), java.util.Objects.requireNonNull(ycc));
    }

    /** For a grey (1 band) or CMYK (4 bands) image, interleaved bytes. */
    public static PixelSink bytes(int width, int height, int bands, int box) {
        return new PixelSink(width, height, bands, false, box, null);
    }

    /** The bytes it takes, for the memory budget. */
    public static long bytesFor(int width, int height, int bands, boolean packed, int box) {
        long outW = (width + Math.max(1, box) - 1) / Math.max(1, box);
        long outH = (height + Math.max(1, box) - 1) / Math.max(1, box);
        return outW * outH * (packed ? 4 : bands) + (long) width * 4 * 2;
    }

    public int width() {
        return outWidth;
    }

    public int height() {
        return outHeight;
    }

    int[] packedRow() {
        return packedRow;
    }

    /** Where YCbCr rows go unconverted, or {@code null} when rows are to be converted to RGB first. */
    YccRows yccRows() {
        return yccDownstream;
    }

    byte[] byteRow() {
        return byteRow;
    }

    void commit(int y) {
        if (box == 1) {
            if (downstream != null) {
                downstream.accept(packedRow);
            } else if (packed) {
                System.arraycopy(packedRow, 0, packedResult, y * width, width);
            } else {
                System.arraycopy(byteRow, 0, byteResult, y * width * bands, width * bands);
            }
            return;
        }
        int target = y / box;
        if (target != currentRow) {
            flush();
            currentRow = target;
        }
        if (packed) {
            for (int x = 0; x < width; x++) {
                int p = packedRow[x];
                int at = x / box * 3;
                sums[at] += (p >> 16) & 0xFF;
                sums[at + 1] += (p >> 8) & 0xFF;
                sums[at + 2] += p & 0xFF;
                counts[x / box]++;
            }
        } else {
            for (int x = 0; x < width; x++) {
                int at = x / box * bands;
                for (int b = 0; b < bands; b++) {
                    sums[at + b] += byteRow[x * bands + b] & 0xFF;
                }
                counts[x / box]++;
            }
        }
    }

    private void flush() {
        if (currentRow < 0 || currentRow >= outHeight) {
            return;
        }
        for (int column = 0; column < outWidth; column++) {
            int count = counts[column];
            if (count == 0) {
                continue;
            }
            int at = column * bands;
            if (packed) {
                int r = (sums[at] + count / 2) / count;
                int g = (sums[at + 1] + count / 2) / count;
                int b = (sums[at + 2] + count / 2) / count;
                if (downstream != null) {
                    boxedRow[column] = (r << 16) | (g << 8) | b;
                } else {
                    packedResult[currentRow * outWidth + column] = (r << 16) | (g << 8) | b;
                }
            } else {
                for (int b = 0; b < bands; b++) {
                    byteResult[(currentRow * outWidth + column) * bands + b] = (byte) ((sums[at + b] + count / 2) / count);
                }
            }
            for (int b = 0; b < bands; b++) {
                sums[at + b] = 0;
            }
            counts[column] = 0;
        }
        if (downstream != null) {
            downstream.accept(boxedRow);
        }
    }

    /** Hands on the last boxed row, when rows go downstream. */
    public void finish() {
        flushIfBoxed();
    }

    /** The packed RGB image (after the last row). */
    public BufferedImage rgbImage() {
        flushIfBoxed();
        // the image wraps the pixels already decoded: no second copy of the largest buffer
        int[] masks = {0xFF0000, 0xFF00, 0xFF};
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(packedResult, packedResult.length), outWidth, outHeight,
                outWidth, masks, null);
        return new BufferedImage(new DirectColorModel(24, masks[0], masks[1], masks[2]), raster, false, null);
    }

    /** The grey image (after the last row). */
    public BufferedImage greyImage() {
        flushIfBoxed();
        WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(byteResult, byteResult.length), outWidth, outHeight,
                outWidth, 1, new int[] {0}, null);
        ComponentColorModel grey = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        return new BufferedImage(grey, raster, false, null);
    }

    /** The interleaved bytes (after the last row), {@code bands} a pixel. */
    public byte[] bytes() {
        flushIfBoxed();
        return byteResult;
    }

    private void flushIfBoxed() {
        if (box > 1) {
            flush();
            currentRow = outHeight;
        }
    }
}

package dev.congkit.image.internal;

import java.awt.Point;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * A destination raster that a JPEG reader decodes into at full resolution, row by row, and that
 * keeps only the average of each {@code factor × factor} block: a true box low-pass on load, so a
 * 24 MP photo is reduced without holding its pixels and without the aliasing of plain
 * subsampling. Rows must arrive top to bottom, as the JDK's JPEG reader writes them. Internal.
 */
public final class BoxRaster extends WritableRaster {

    private final int factor;
    private final int outWidth;
    private final int outHeight;
    private final long[] sums;
    private final int[] counts;
    private final int[] result;
    private int[] row = new int[0];
    private int currentRow;
    private boolean outOfOrder;

    public BoxRaster(int width, int height, int factor) {
        super(new PixelInterleavedSampleModel(DataBuffer.TYPE_BYTE, width, height, 3, 3 * width, new int[] {0, 1, 2}),
                new DataBufferByte(3), new Point(0, 0));
        this.factor = factor;
        this.outWidth = (width + factor - 1) / factor;
        this.outHeight = (height + factor - 1) / factor;
        this.sums = new long[outWidth * 3];
        this.counts = new int[outWidth];
        this.result = new int[outWidth * outHeight];
    }

    /** The reader asks for a child covering the whole image: it is this raster. */
    @Override
    public WritableRaster createWritableChild(int parentX, int parentY, int w, int h, int childMinX, int childMinY, int[] bandList) {
        if (parentX != 0 || parentY != 0 || childMinX != 0 || childMinY != 0 || w != getWidth() || h != getHeight()
                || bandList != null && (bandList.length != 3 || bandList[0] != 0 || bandList[1] != 1 || bandList[2] != 2)) {
            throw new UnsupportedOperationException("a box raster only accepts whole rows");
        }
        return this;
    }

    @Override
    public void setRect(int dx, int dy, Raster source) {
        int width = source.getWidth();
        for (int line = 0; line < source.getHeight(); line++) {
            int y = dy + line;
            int target = y / factor;
            if (target != currentRow) {
                if (target < currentRow) {
                    outOfOrder = true;
                    return;
                }
                flush();
                currentRow = target;
            }
            if (!addBytes(dx, source, line, width)) {
                if (row.length < width * 3) {
                    row = new int[width * 3];
                }
                source.getPixels(source.getMinX(), source.getMinY() + line, width, 1, row);
                for (int x = 0; x < width; x++) {
                    int at = (dx + x) / factor * 3;
                    sums[at] += row[3 * x];
                    sums[at + 1] += row[3 * x + 1];
                    sums[at + 2] += row[3 * x + 2];
                    counts[(dx + x) / factor]++;
                }
            }
        }
    }

    /** The fast path: reads the row straight from the reader's byte buffer. */
    private boolean addBytes(int dx, Raster source, int line, int width) {
        if (!(source.getDataBuffer() instanceof DataBufferByte bytes) || bytes.getNumBanks() != 1
                || !(source.getSampleModel() instanceof java.awt.image.ComponentSampleModel model) || model.getNumBands() != 3) {
            return false;
        }
        byte[] data = bytes.getData();
        int stride = model.getPixelStride();
        int[] offsets = model.getBandOffsets();
        int start = bytes.getOffset() + (source.getMinY() + line - source.getSampleModelTranslateY()) * model.getScanlineStride()
                + (source.getMinX() - source.getSampleModelTranslateX()) * stride;
        int r = offsets[0];
        int g = offsets[1];
        int b = offsets[2];
        for (int x = 0, at = start; x < width; x++, at += stride) {
            int column = (dx + x) / factor;
            int sum = column * 3;
            sums[sum] += data[at + r] & 0xFF;
            sums[sum + 1] += data[at + g] & 0xFF;
            sums[sum + 2] += data[at + b] & 0xFF;
            counts[column]++;
        }
        return true;
    }

    @Override
    public void setRect(Raster source) {
        setRect(0, 0, source);
    }

    public boolean outOfOrder() {
        return outOfOrder;
    }

    /** The reduced image (RGB). */
    public BufferedImage result() {
        flush();
        BufferedImage image = new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, outWidth, outHeight, result, 0, outWidth);
        return image;
    }

    private void flush() {
        if (currentRow >= outHeight) {
            return;
        }
        int base = currentRow * outWidth;
        for (int column = 0; column < outWidth; column++) {
            int count = counts[column];
            if (count > 0) {
                int at = column * 3;
                int r = (int) ((sums[at] + count / 2) / count);
                int g = (int) ((sums[at + 1] + count / 2) / count);
                int b = (int) ((sums[at + 2] + count / 2) / count);
                result[base + column] = (r << 16) | (g << 8) | b;
            }
            sums[column * 3] = 0;
            sums[column * 3 + 1] = 0;
            sums[column * 3 + 2] = 0;
            counts[column] = 0;
        }
    }
}

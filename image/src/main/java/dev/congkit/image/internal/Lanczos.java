package dev.congkit.image.internal;

import java.awt.image.BufferedImage;

/**
 * Separable Lanczos-3 reduction, the filter reference tools use for photographs: sharp, without
 * the ringing of sinc or the blur of a box. Used for the last step, from at most a few times the
 * target size. Internal.
 */
public final class Lanczos {

    private static final int LOBES = 3;

    private Lanczos() {
    }

    public static BufferedImage resize(BufferedImage source, int width, int height) {
        boolean alpha = source.getColorModel().hasAlpha();
        int channels = alpha ? 4 : 3;
        int sw = source.getWidth();
        int sh = source.getHeight();
        int[] pixels = pixels(source);
        Weights horizontal = Weights.of(sw, width);
        Weights vertical = Weights.of(sh, height);
        // vertical pass first, row by row from a ring of unpacked source rows: it shrinks the row count
        // early, its inner loop runs along a row (which the JIT vectorises), and only a few rows are held
        int ring = 1;
        for (float[] w : vertical.weights) {
            ring = Math.max(ring, w.length);
        }
        float[][] rows = new float[ring][sw * channels];
        int unpacked = 0;
        float[] column = new float[sw * channels];
        // colour without alpha comes out as 3-byte BGR, which the JPEG encoder reads a third faster than packed ints
        BufferedImage target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_3BYTE_BGR);
        java.awt.image.DataBuffer buffer = target.getRaster().getDataBuffer();
        int[] argb = alpha ? ((java.awt.image.DataBufferInt) buffer).getData() : null;
        byte[] bgr = alpha ? null : ((java.awt.image.DataBufferByte) buffer).getData();
        for (int y = 0; y < height; y++) {
            int first = vertical.start[y];
            float[] weights = vertical.weights[y];
            while (unpacked < first + weights.length) {
                unpack(pixels, unpacked * sw, sw, rows[unpacked % ring], alpha);
                unpacked++;
            }
            verticalPass(rows, ring, first, weights, column);
            horizontalPass(column, sw, horizontal, argb, bgr, y * width);
        }
        return target;
    }

    /** One output row of the vertical pass: the weighted sum of its source rows, all channels at once. */
    private static void verticalPass(float[][] rows, int ring, int first, float[] weights, float[] column) {
        java.util.Arrays.fill(column, 0f);
        for (int k = 0; k < weights.length; k++) {
            float w = weights[k];
            float[] row = rows[(first + k) % ring];
            for (int i = 0; i < column.length; i++) {
                column[i] += w * row[i];
            }
        }
    }

    /** One packed row into planes: red, green, blue (and alpha), {@code width} floats each. */
    private static void unpack(int[] pixels, int offset, int width, float[] row, boolean alpha) {
        for (int x = 0; x < width; x++) {
            int p = pixels[offset + x];
            row[x] = (p >> 16) & 0xFF;
            row[width + x] = (p >> 8) & 0xFF;
            row[2 * width + x] = p & 0xFF;
        }
        if (alpha) {
            for (int x = 0; x < width; x++) {
                row[3 * width + x] = pixels[offset + x] >>> 24;
            }
        }
    }

    private static void horizontalPass(float[] column, int sw, Weights horizontal, int[] argb, byte[] bgr, int offset) {
        int width = horizontal.start.length;
        for (int x = 0; x < width; x++) {
            float[] w = horizontal.weights[x];
            int first = horizontal.start[x];
            float r = 0;
            float g = 0;
            float b = 0;
            for (int k = 0; k < w.length; k++) {
                int at = first + k;
                float weight = w[k];
                r += weight * column[at];
                g += weight * column[sw + at];
                b += weight * column[2 * sw + at];
            }
            if (bgr != null) {
                int at = 3 * (offset + x);
                bgr[at] = (byte) clamp(b);
                bgr[at + 1] = (byte) clamp(g);
                bgr[at + 2] = (byte) clamp(r);
            } else {
                float a = 0;
                for (int k = 0; k < w.length; k++) {
                    a += w[k] * column[3 * sw + first + k];
                }
                argb[offset + x] = (clamp(a) << 24) | (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
            }
        }
    }

    /** The pixels as packed ARGB, without a copy when the image already holds them so. */
    private static int[] pixels(BufferedImage image) {
        if ((image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB)
                && image.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferInt ints
                && ints.getNumBanks() == 1 && ints.getOffset() == 0 && image.getRaster().getParent() == null) {
            return ints.getData();   // an RGB image's undefined top byte is never read: unpack skips it
        }
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static int clamp(float value) {
        return value <= 0 ? 0 : value >= 255 ? 255 : (int) (value + 0.5f);
    }

    /** Normalised filter taps for each output position along one axis. */
    private record Weights(int[] start, float[][] weights) {

        static Weights of(int sourceSize, int targetSize) {
            double scale = (double) sourceSize / targetSize;
            double stretch = Math.max(1.0, scale);
            double support = LOBES * stretch;
            int[] start = new int[targetSize];
            float[][] weights = new float[targetSize][];
            for (int i = 0; i < targetSize; i++) {
                double centre = (i + 0.5) * scale - 0.5;
                int first = Math.max(0, (int) Math.floor(centre - support) + 1);
                int last = Math.min(sourceSize - 1, (int) Math.ceil(centre + support) - 1);
                float[] w = new float[last - first + 1];
                double total = 0;
                for (int j = first; j <= last; j++) {
                    double value = kernel((j - centre) / stretch);
                    w[j - first] = (float) value;
                    total += value;
                }
                for (int k = 0; k < w.length; k++) {
                    w[k] /= (float) total;
                }
                start[i] = first;
                weights[i] = w;
            }
            return new Weights(start, weights);
        }

        private static double kernel(double x) {
            if (x == 0) {
                return 1;
            }
            if (Math.abs(x) >= LOBES) {
                return 0;
            }
            double pi = Math.PI * x;
            return LOBES * Math.sin(pi) * Math.sin(pi / LOBES) / (pi * pi);
        }
    }
}

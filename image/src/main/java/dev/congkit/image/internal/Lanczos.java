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
        int[] out = new int[width * height];
        for (int y = 0; y < height; y++) {
            int first = vertical.start[y];
            float[] weights = vertical.weights[y];
            while (unpacked < first + weights.length) {
                unpack(pixels, unpacked * sw, sw, rows[unpacked % ring], alpha);
                unpacked++;
            }
            java.util.Arrays.fill(column, 0f);
            for (int k = 0; k < weights.length; k++) {
                float w = weights[k];
                float[] row = rows[(first + k) % ring];
                for (int i = 0; i < column.length; i++) {
                    column[i] += w * row[i];
                }
            }
            horizontalPass(column, sw, horizontal, out, y * width, alpha);
        }
        // the image wraps the result: no second copy
        java.awt.image.DirectColorModel model = alpha
                ? new java.awt.image.DirectColorModel(32, 0xFF0000, 0xFF00, 0xFF, 0xFF000000)
                : new java.awt.image.DirectColorModel(24, 0xFF0000, 0xFF00, 0xFF);
        java.awt.image.WritableRaster raster = java.awt.image.Raster.createPackedRaster(new java.awt.image.DataBufferInt(out, out.length),
                width, height, width, model.getMasks(), null);
        return new BufferedImage(model, raster, false, null);
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

    private static void horizontalPass(float[] column, int sw, Weights horizontal, int[] out, int offset, boolean alpha) {
        int width = horizontal.start.length;
        for (int x = 0; x < width; x++) {
            float[] w = horizontal.weights[x];
            int first = horizontal.start[x];
            float r = 0;
            float g = 0;
            float b = 0;
            float a = 0;
            for (int k = 0; k < w.length; k++) {
                int at = first + k;
                float weight = w[k];
                r += weight * column[at];
                g += weight * column[sw + at];
                b += weight * column[2 * sw + at];
            }
            if (alpha) {
                for (int k = 0; k < w.length; k++) {
                    a += w[k] * column[3 * sw + first + k];
                }
            }
            out[offset + x] = ((alpha ? clamp(a) : 255) << 24) | (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
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

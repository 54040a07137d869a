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
        int sw = source.getWidth();
        int sh = source.getHeight();
        int[] pixels = pixels(source);
        // horizontal pass into packed 8-bit pixels: memory stays near the size of the images themselves
        Weights horizontal = Weights.of(sw, width);
        int[] wide = new int[width * sh];
        for (int y = 0; y < sh; y++) {
            int row = y * sw;
            for (int x = 0; x < width; x++) {
                wide[y * width + x] = apply(horizontal.weights[x], pixels, row + horizontal.start[x], 1, alpha);
            }
        }
        Weights vertical = Weights.of(sh, height);
        int[] out = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out[y * width + x] = apply(vertical.weights[y], wide, vertical.start[y] * width + x, width, alpha);
            }
        }
        BufferedImage target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        target.setRGB(0, 0, width, height, out, 0, width);
        return target;
    }

    private static int apply(float[] weights, int[] data, int first, int step, boolean alpha) {
        float a = 0;
        float r = 0;
        float g = 0;
        float b = 0;
        for (int k = 0, at = first; k < weights.length; k++, at += step) {
            int p = data[at];
            float w = weights[k];
            a += w * (p >>> 24);
            r += w * ((p >> 16) & 0xFF);
            g += w * ((p >> 8) & 0xFF);
            b += w * (p & 0xFF);
        }
        return ((alpha ? clamp(a) : 255) << 24) | (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    /** The pixels as packed ARGB, without a copy when the image already holds them so. */
    private static int[] pixels(BufferedImage image) {
        if ((image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB)
                && image.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferInt ints
                && ints.getNumBanks() == 1 && ints.getOffset() == 0 && image.getRaster().getParent() == null) {
            int[] data = ints.getData();
            if (image.getType() == BufferedImage.TYPE_INT_RGB) {
                for (int i = 0; i < data.length; i++) {
                    data[i] |= 0xFF000000; // RGB images leave the alpha byte undefined
                }
            }
            return data;
        }
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static int clamp(float value) {
        return value <= 0 ? 0 : value >= 255 ? 255 : Math.round(value);
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

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
        int[] pixels = pixels(source);
        Rows rows = new Rows(sw, source.getHeight(), width, height, alpha);
        int[] row = new int[sw];
        for (int y = 0; y < source.getHeight(); y++) {
            System.arraycopy(pixels, y * sw, row, 0, sw);
            rows.accept(row);
        }
        return rows.result();
    }

    /**
     * The reduction fed one source row at a time, top to bottom, as a decoder gives them: it holds a
     * ring of unpacked rows (as many as the vertical filter's taps) and the result, never the source.
     * Vertical pass first: it shrinks the row count early and its inner loop runs along a row (which
     * the JIT vectorises). Opaque images come out as 3-byte BGR, which the JPEG encoder reads a third
     * faster than packed ints.
     */
    public static final class Rows implements java.util.function.Consumer<int[]> {

        private final int sw;
        private final boolean alpha;
        private final Weights horizontal;
        private final Weights vertical;
        private final float[][] ring;
        private final float[] column;
        private final BufferedImage target;
        private final int[] argb;
        private final byte[] bgr;
        private final int width;
        private int received;
        private int next;
        /** Whether the rows are Y, Cb, Cr (JFIF's full-range BT.601) rather than R, G, B. */
        private boolean ycc;

        /** Packed RGB (or ARGB) rows of {@code sourceWidth} pixels in, {@code width × height} out. */
        public Rows(int sourceWidth, int sourceHeight, int width, int height, boolean alpha) {
            this.sw = sourceWidth;
            this.alpha = alpha;
            this.width = width;
            this.horizontal = Weights.of(sourceWidth, width);
            this.vertical = Weights.of(sourceHeight, height);
            this.ring = new float[taps(vertical)][sourceWidth * (alpha ? 4 : 3)];
            this.column = new float[sourceWidth * (alpha ? 4 : 3)];
            this.target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_3BYTE_BGR);
            java.awt.image.DataBuffer buffer = target.getRaster().getDataBuffer();
            this.argb = alpha ? ((java.awt.image.DataBufferInt) buffer).getData() : null;
            this.bgr = alpha ? null : ((java.awt.image.DataBufferByte) buffer).getData();
        }

        /** The rows of source held at once: the longest vertical filter. */
        static int taps(int sourceHeight, int height) {
            return taps(Weights.of(sourceHeight, height));
        }

        private static int taps(Weights weights) {
            int most = 1;
            for (float[] w : weights.weights) {
                most = Math.max(most, w.length);
            }
            return most;
        }

        /** The next source row (packed, at least {@code sourceWidth} long); the array may be reused after the call. */
        @Override
        public void accept(int[] row) {
            kind(false);
            unpack(row, sw, ring[received % ring.length], alpha);
            received();
        }

        /**
         * The next source row as Y, Cb and Cr samples ({@code sourceWidth} each from their offsets), as a
         * JPEG stores them: converted to RGB after the reduction, on fewer pixels. An image's rows come
         * all packed or all so.
         */
        public void acceptYcc(byte[] luma, int lumaOffset, byte[] blue, int blueOffset, byte[] red, int redOffset) {
            kind(true);
            float[] row = ring[received % ring.length];
            for (int x = 0; x < sw; x++) {
                row[x] = luma[lumaOffset + x] & 0xFF;
            }
            for (int x = 0; x < sw; x++) {
                row[sw + x] = blue[blueOffset + x] & 0xFF;
            }
            for (int x = 0; x < sw; x++) {
                row[2 * sw + x] = red[redOffset + x] & 0xFF;
            }
            received();
        }

        private void kind(boolean yccRow) {
            if (received == 0) {
                ycc = yccRow;
            } else if (ycc != yccRow) {
                throw new IllegalStateException("packed and YCbCr rows mixed in one image");
            }
        }

        private void received() {
            received++;
            while (next < vertical.start.length && vertical.start[next] + vertical.weights[next].length <= received) {
                outputRow(next++);
            }
        }

        /**
         * Output row {@code y}: the vertical pass over the ring, then the horizontal pass. One method,
         * larger than the JIT inlines into its callers, so that its loops are compiled once, not again
         * inside every method that hands rows on.
         */
        private void outputRow(int y) {
            float[] weightsDown = vertical.weights[y];
            int first = vertical.start[y];
            java.util.Arrays.fill(column, 0f);
            for (int k = 0; k < weightsDown.length; k++) {
                float w = weightsDown[k];
                float[] row = ring[(first + k) % ring.length];
                for (int i = 0; i < column.length; i++) {
                    column[i] += w * row[i];
                }
            }
            int offset = y * width;
            for (int x = 0; x < width; x++) {
                float[] w = horizontal.weights[x];
                int start = horizontal.start[x];
                float r = 0;
                float g = 0;
                float b = 0;
                for (int k = 0; k < w.length; k++) {
                    int at = start + k;
                    float weight = w[k];
                    r += weight * column[at];
                    g += weight * column[sw + at];
                    b += weight * column[2 * sw + at];
                }
                if (ycc) {
                    float luma = r;
                    float blue = g - 128f;
                    float red = b - 128f;
                    r = luma + 1.402f * red;
                    g = luma - 0.344136f * blue - 0.714136f * red;
                    b = luma + 1.772f * blue;
                }
                if (bgr != null) {
                    int at = 3 * (offset + x);
                    bgr[at] = (byte) clamp(b);
                    bgr[at + 1] = (byte) clamp(g);
                    bgr[at + 2] = (byte) clamp(r);
                } else {
                    float a = 0;
                    for (int k = 0; k < w.length; k++) {
                        a += w[k] * column[3 * sw + start + k];
                    }
                    argb[offset + x] = (clamp(a) << 24) | (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
                }
            }
        }

        /** The reduced image, once every source row has come. */
        public BufferedImage result() {
            if (next < vertical.start.length) {
                throw new IllegalStateException("rows missing: " + received + " received, output row " + next + " needs more");
            }
            return target;
        }
    }

    /** One packed row into planes: red, green, blue (and alpha), {@code width} floats each. */
    private static void unpack(int[] pixels, int width, float[] row, boolean alpha) {
        for (int x = 0; x < width; x++) {
            int p = pixels[x];
            row[x] = (p >> 16) & 0xFF;
            row[width + x] = (p >> 8) & 0xFF;
            row[2 * width + x] = p & 0xFF;
        }
        if (alpha) {
            for (int x = 0; x < width; x++) {
                row[3 * width + x] = pixels[x] >>> 24;
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

        /** Recent filters by size pair: a batch of photos from one camera needs the same two, computed once. */
        private static final java.util.Map<Long, Weights> RECENT = new java.util.concurrent.ConcurrentHashMap<>();
        private static final int RECENT_MAX = 8;   // a few hundred KiB at most, kept for the life of the process

        static Weights of(int sourceSize, int targetSize) {
            Long key = ((long) sourceSize << 32) | targetSize;
            Weights known = RECENT.get(key);
            if (known != null) {
                return known;
            }
            Weights computed = compute(sourceSize, targetSize);
            if (RECENT.size() >= RECENT_MAX) {
                RECENT.clear();   // many sizes: start again rather than keep a list of use
            }
            RECENT.put(key, computed);
            return computed;
        }

        private static Weights compute(int sourceSize, int targetSize) {
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

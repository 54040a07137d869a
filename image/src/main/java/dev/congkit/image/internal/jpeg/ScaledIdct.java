package dev.congkit.image.internal.jpeg;

/**
 * The inverse DCT of one 8 × 8 block to 8 × 8, 4 × 4, 2 × 2 or 1 × 1 pixels. A reduced output is
 * the average of the full output's pixels it covers (as libjpeg's scaled IDCT), computed straight
 * from the coefficients: a box low-pass for free, without ever forming the full-size block.
 * Separable, and it skips the rows and columns of coefficients that are zero. Internal.
 */
final class ScaledIdct {

    private final int size;
    /** {@code basis[x * 8 + u]}: the weight of frequency {@code u} in output sample {@code x}. */
    private final float[] basis;
    /** One row of the 8 × 8 transform's second pass. */
    private final float[] rowBuffer = new float[8];
    private final float[] columns = new float[64];

    ScaledIdct(int size) {
        if (size != 1 && size != 2 && size != 4 && size != 8) {
            throw new IllegalArgumentException("IDCT size " + size + ": 1, 2, 4 or 8");
        }
        this.size = size;
        this.basis = basis(size);
    }

    int size() {
        return size;
    }

    /** The quantization table this transform wants: the 8 × 8 one folds its scale factors (and the final 1/8) into it. */
    float[] prepare(float[] quantization) {
        if (size != 8) {
            return quantization;
        }
        float[] prepared = new float[64];
        for (int v = 0; v < 8; v++) {
            for (int u = 0; u < 8; u++) {
                prepared[v * 8 + u] = (float) (quantization[v * 8 + u] * AAN[v] * AAN[u] / 8);
            }
        }
        return prepared;
    }

    private static final double[] AAN = new double[8];

    static {
        AAN[0] = 1;
        for (int k = 1; k < 8; k++) {
            AAN[k] = Math.cos(k * Math.PI / 16) * Math.sqrt(2);
        }
    }

    private static float[] basis(int size) {
        double[] full = new double[64];
        for (int x = 0; x < 8; x++) {
            for (int u = 0; u < 8; u++) {
                double c = u == 0 ? Math.sqrt(0.5) : 1;
                full[x * 8 + u] = c / 2 * Math.cos((2 * x + 1) * u * Math.PI / 16);
            }
        }
        int group = 8 / size;
        float[] reduced = new float[size * 8];
        for (int x = 0; x < size; x++) {
            for (int u = 0; u < 8; u++) {
                double sum = 0;
                for (int j = x * group; j < (x + 1) * group; j++) {
                    sum += full[j * 8 + u];
                }
                reduced[x * 8 + u] = (float) (sum / group);
            }
        }
        return reduced;
    }

    /**
     * Writes the block's {@code size × size} samples.
     *
     * @param coefficients quantized coefficients in natural (row-major) order
     * @param quantization the quantization table in natural order
     * @param lastRow      the last row holding a non-zero coefficient
     * @param lastColumn   the last column holding a non-zero coefficient
     */
    void transform(float[] coefficients, float[] quantization, int lastRow, int lastColumn, byte[] out, int offset, int stride) {
        if (size == 1) {
            // the average of a block is its DC term alone: every other basis function sums to zero
            out[offset] = clamp(coefficients[0] * quantization[0] * 0.125f);
            return;
        }
        if (lastRow == 0 && lastColumn == 0) {
            byte value = clamp(coefficients[0] * quantization[0] * (size == 8 ? 1f : 0.125f));
            for (int y = 0, at = offset; y < size; y++, at += stride) {
                for (int x = 0; x < size; x++) {
                    out[at + x] = value;
                }
            }
            return;
        }
        switch (size) {
            case 8 -> transform8(coefficients, quantization, lastRow, lastColumn, out, offset, stride);
            case 4 -> transform4(coefficients, quantization, lastRow, lastColumn, out, offset, stride);
            default -> transform2(coefficients, quantization, lastRow, lastColumn, out, offset, stride);
        }
    }

    /**
     * The full 8 × 8 inverse DCT by the Arai–Agui–Nakajima factorisation (5 multiplications per
     * 8 samples), columns first; {@code quantization} comes from {@link #prepare}.
     */
    private void transform8(float[] coefficients, float[] quantization, int lastRow, int lastColumn, byte[] out, int offset, int stride) {
        // straight-line steps, no short inner loops: called per block, the JIT then compiles it once instead of once per loop
        float[] w = columns;
        for (int u = lastColumn + 1; u < 8; u++) {
            fillColumn(w, u, 0);   // no coefficient past the last column: loop bounds, not a branch the JIT may find untaken
        }
        for (int u = 0; u <= lastColumn; u++) {
            float in0 = coefficients[u] * quantization[u];
            if (lastRow == 0) {
                fillColumn(w, u, in0);
                continue;
            }
            float in1 = coefficients[8 + u] * quantization[8 + u];
            float in2 = coefficients[16 + u] * quantization[16 + u];
            float in3 = coefficients[24 + u] * quantization[24 + u];
            float in4 = coefficients[32 + u] * quantization[32 + u];
            float in5 = coefficients[40 + u] * quantization[40 + u];
            float in6 = coefficients[48 + u] * quantization[48 + u];
            float in7 = coefficients[56 + u] * quantization[56 + u];
            butterfly(in0, in1, in2, in3, in4, in5, in6, in7, w, u, 8);
        }
        float[] row = rowBuffer;
        for (int y = 0, at = offset; y < 8; y++, at += stride) {
            int r = y * 8;
            butterfly(w[r], w[r + 1], w[r + 2], w[r + 3], w[r + 4], w[r + 5], w[r + 6], w[r + 7], row, 0, 1);
            out[at] = clamp(row[0]);
            out[at + 1] = clamp(row[1]);
            out[at + 2] = clamp(row[2]);
            out[at + 3] = clamp(row[3]);
            out[at + 4] = clamp(row[4]);
            out[at + 5] = clamp(row[5]);
            out[at + 6] = clamp(row[6]);
            out[at + 7] = clamp(row[7]);
        }
    }

    /** Column {@code u} of the first pass, all one value (a column whose AC terms are zero, or no column). */
    private static void fillColumn(float[] w, int u, float value) {
        w[u] = value;
        w[8 + u] = value;
        w[16 + u] = value;
        w[24 + u] = value;
        w[32 + u] = value;
        w[40 + u] = value;
        w[48 + u] = value;
        w[56 + u] = value;
    }

    /** 8 × 8 coefficients to 4 × 4 pixels, each 1-D step unrolled: frequency 4 cancels out, even and odd halves mirror. */
    private void transform4(float[] coefficients, float[] q, int lastRow, int lastColumn, byte[] out, int offset, int stride) {
        float[] b = basis;
        float dc = b[0];
        float e02 = b[2];
        float e06 = b[6];
        float e12 = b[8 + 2];
        float e16 = b[8 + 6];
        float o01 = b[1];
        float o03 = b[3];
        float o05 = b[5];
        float o07 = b[7];
        float o11 = b[8 + 1];
        float o13 = b[8 + 3];
        float o15 = b[8 + 5];
        float o17 = b[8 + 7];
        float[] w = columns;
        for (int u = lastColumn + 1; u < 8; u++) {
            w[u] = 0;
            w[8 + u] = 0;
            w[16 + u] = 0;
            w[24 + u] = 0;
        }
        for (int u = 0; u <= lastColumn; u++) {
            float f0 = coefficients[u] * q[u];
            if (lastRow == 0) {
                float v = dc * f0;
                w[u] = v;
                w[8 + u] = v;
                w[16 + u] = v;
                w[24 + u] = v;
                continue;
            }
            float f1 = coefficients[8 + u] * q[8 + u];
            float f2 = coefficients[16 + u] * q[16 + u];
            float f3 = coefficients[24 + u] * q[24 + u];
            float f5 = coefficients[40 + u] * q[40 + u];
            float f6 = coefficients[48 + u] * q[48 + u];
            float f7 = coefficients[56 + u] * q[56 + u];
            float even0 = dc * f0 + e02 * f2 + e06 * f6;
            float even1 = dc * f0 + e12 * f2 + e16 * f6;
            float odd0 = o01 * f1 + o03 * f3 + o05 * f5 + o07 * f7;
            float odd1 = o11 * f1 + o13 * f3 + o15 * f5 + o17 * f7;
            w[u] = even0 + odd0;
            w[24 + u] = even0 - odd0;
            w[8 + u] = even1 + odd1;
            w[16 + u] = even1 - odd1;
        }
        for (int y = 0, at = offset; y < 4; y++, at += stride) {
            int r = y * 8;
            float f0 = w[r];
            float f1 = w[r + 1];
            float f2 = w[r + 2];
            float f3 = w[r + 3];
            float f5 = w[r + 5];
            float f6 = w[r + 6];
            float f7 = w[r + 7];
            float even0 = dc * f0 + e02 * f2 + e06 * f6;
            float even1 = dc * f0 + e12 * f2 + e16 * f6;
            float odd0 = o01 * f1 + o03 * f3 + o05 * f5 + o07 * f7;
            float odd1 = o11 * f1 + o13 * f3 + o15 * f5 + o17 * f7;
            out[at] = clamp(even0 + odd0);
            out[at + 3] = clamp(even0 - odd0);
            out[at + 1] = clamp(even1 + odd1);
            out[at + 2] = clamp(even1 - odd1);
        }
    }

    /** 8 × 8 coefficients to 2 × 2 pixels: only the DC term and the odd frequencies reach a half-block average. */
    private void transform2(float[] coefficients, float[] q, int lastRow, int lastColumn, byte[] out, int offset, int stride) {
        float[] b = basis;
        float dc = b[0];
        float o1 = b[1];
        float o3 = b[3];
        float o5 = b[5];
        float o7 = b[7];
        float top0 = 0;
        float top1 = 0;
        float top3 = 0;
        float top5 = 0;
        float top7 = 0;
        float bottom0 = 0;
        float bottom1 = 0;
        float bottom3 = 0;
        float bottom5 = 0;
        float bottom7 = 0;
        for (int u = 0; u <= lastColumn; u++) {
            if ((u & 1) == 0 && u != 0) {
                continue;
            }
            float f0 = coefficients[u] * q[u];
            float even = dc * f0;
            float odd = 0;
            if (lastRow > 0) {
                odd = o1 * coefficients[8 + u] * q[8 + u] + o3 * coefficients[24 + u] * q[24 + u]
                        + o5 * coefficients[40 + u] * q[40 + u] + o7 * coefficients[56 + u] * q[56 + u];
            }
            float top = even + odd;
            float bottom = even - odd;
            switch (u) {
                case 0 -> { top0 = top; bottom0 = bottom; }
                case 1 -> { top1 = top; bottom1 = bottom; }
                case 3 -> { top3 = top; bottom3 = bottom; }
                case 5 -> { top5 = top; bottom5 = bottom; }
                default -> { top7 = top; bottom7 = bottom; }
            }
        }
        float evenTop = dc * top0;
        float oddTop = o1 * top1 + o3 * top3 + o5 * top5 + o7 * top7;
        float evenBottom = dc * bottom0;
        float oddBottom = o1 * bottom1 + o3 * bottom3 + o5 * bottom5 + o7 * bottom7;
        out[offset] = clamp(evenTop + oddTop);
        out[offset + 1] = clamp(evenTop - oddTop);
        out[offset + stride] = clamp(evenBottom + oddBottom);
        out[offset + stride + 1] = clamp(evenBottom - oddBottom);
    }

    /** One 8-point inverse DCT, written to {@code target[start + k * step]}. */
    private static void butterfly(float in0, float in1, float in2, float in3, float in4, float in5, float in6, float in7,
                                  float[] target, int start, int step) {
        float tmp10 = in0 + in4;
        float tmp11 = in0 - in4;
        float tmp13 = in2 + in6;
        float tmp12 = (in2 - in6) * 1.414213562f - tmp13;
        float tmp0 = tmp10 + tmp13;
        float tmp3 = tmp10 - tmp13;
        float tmp1 = tmp11 + tmp12;
        float tmp2 = tmp11 - tmp12;
        float z13 = in5 + in3;
        float z10 = in5 - in3;
        float z11 = in1 + in7;
        float z12 = in1 - in7;
        float tmp7 = z11 + z13;
        float tmp11b = (z11 - z13) * 1.414213562f;
        float z5 = (z10 + z12) * 1.847759065f;
        float tmp10b = z5 - z12 * 1.082392200f;
        float tmp12b = z5 - z10 * 2.613125930f;
        float tmp6 = tmp12b - tmp7;
        float tmp5 = tmp11b - tmp6;
        float tmp4 = tmp10b - tmp5;
        target[start] = tmp0 + tmp7;
        target[start + 7 * step] = tmp0 - tmp7;
        target[start + step] = tmp1 + tmp6;
        target[start + 6 * step] = tmp1 - tmp6;
        target[start + 2 * step] = tmp2 + tmp5;
        target[start + 5 * step] = tmp2 - tmp5;
        target[start + 3 * step] = tmp3 + tmp4;
        target[start + 4 * step] = tmp3 - tmp4;
    }

    private static byte clamp(float value) {
        int v = (int) (value + 128.5f);
        return (byte) (v < 0 ? 0 : v > 255 ? 255 : v);
    }
}

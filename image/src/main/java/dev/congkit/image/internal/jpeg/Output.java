package dev.congkit.image.internal.jpeg;

/**
 * Turns decoded component samples into image rows: chroma upsampled as libjpeg does ("fancy"
 * triangle filter for 2× factors, replication otherwise), colour converted, handed to the sink as
 * soon as the rows they need are decoded. Internal.
 */
final class Output {

    private static final int[] CR_R = new int[256];
    private static final int[] CB_B = new int[256];
    private static final int[] CR_G = new int[256];
    private static final int[] CB_G = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int x = i - 128;
            CR_R[i] = (int) Math.round(1.40200 * x);
            CB_B[i] = (int) Math.round(1.77200 * x);
            CR_G[i] = (int) Math.round(-0.71414 * 65536 * x);
            CB_G[i] = (int) Math.round(-0.34414 * 65536 * x) + 32768;
        }
    }

    private final Component[] components;
    private final int width;
    private final int height;
    private final JpegDecoder.ColourType colour;
    private final boolean inverted;
    private final PixelSink sink;
    private final boolean fancy;
    private final byte[][] upsampled;
    private final int[] decodedRows;
    /** Where rows go straight from the planes, as YCbCr with nothing to upsample; {@code null} otherwise. */
    private final PixelSink.YccRows direct;
    private int nextRow;

    Output(Component[] components, int maxH, int maxV, int scale, int width, int height, int sourceWidth, int sourceHeight,
           JpegDecoder.ColourType colour, boolean inverted, PixelSink sink) {
        this.components = components;
        this.width = width;
        this.height = height;
        this.colour = colour;
        this.inverted = inverted;
        this.sink = sink;
        this.fancy = scale > 1;
        this.upsampled = new byte[components.length][];
        this.decodedRows = new int[components.length];
        boolean upsampling = false;
        for (int i = 0; i < components.length; i++) {
            Component c = components[i];
            // a subsampled component gets a larger IDCT instead of upsampling where the scale allows (as libjpeg)
            int size = scale;
            while (size < 8 && (maxH * scale) % (c.horizontal * size * 2) == 0 && (maxV * scale) % (c.vertical * size * 2) == 0) {
                size *= 2;
            }
            c.idct = new ScaledIdct(size);
            c.upsampleH = maxH * scale / (c.horizontal * size);
            c.upsampleV = maxV * scale / (c.vertical * size);
            c.sampleWidth = (int) Math.max(1, ((long) sourceWidth * c.horizontal * size + 8L * maxH - 1) / (8L * maxH));
            c.sampleHeight = (int) Math.max(1, ((long) sourceHeight * c.vertical * size + 8L * maxV - 1) / (8L * maxV));
            c.planeWidth = c.paddedBlocksPerLine * size;
            c.planeRows = 3 * c.vertical * size;
            c.plane = new byte[c.planeWidth * c.planeRows];
            if (c.upsampleH != 1 || c.upsampleV != 1) {
                upsampled[i] = new byte[width + 8];
                upsampling = true;
            }
        }
        this.direct = colour == JpegDecoder.ColourType.RGB_FROM_YCC && !upsampling ? sink.yccRows() : null;
    }

    /** MCU row {@code row} is in the planes: emit every output row whose samples are all there. */
    void rowDecoded(int row) {
        for (int i = 0; i < components.length; i++) {
            Component c = components[i];
            decodedRows[i] = (row + 1) * c.vertical * c.idct.size();
        }
        emit(false);
    }

    void finish() {
        emit(true);
    }

    private void emit(boolean all) {
        while (nextRow < height && (all || ready(nextRow))) {
            writeRow(nextRow++);
        }
    }

    private boolean ready(int y) {
        for (int i = 0; i < components.length; i++) {
            Component c = components[i];
            int needed;
            if (c.upsampleV == 2 && fancy) {
                needed = Math.min((y >> 1) + 1, c.sampleHeight - 1);
            } else {
                needed = Math.min(y / c.upsampleV, c.sampleHeight - 1);
            }
            if (needed >= decodedRows[i]) {
                return false;
            }
        }
        return true;
    }

    private final int[] offsets = new int[4];
    private final byte[][] rows = new byte[4][];

    private void writeRow(int y) {
        if (direct != null) {
            direct.accept(components[0].plane, components[0].rowOffset(y), components[1].plane, components[1].rowOffset(y),
                    components[2].plane, components[2].rowOffset(y));
            return;
        }
        convertRow(y);
    }

    /**
     * A row upsampled, converted or both. A method of its own, larger than the JIT inlines: the
     * direct rows of a scaled photo then never carry the upsampling a full-size decode compiled in.
     */
    private void convertRow(int y) {
        for (int i = 0; i < components.length; i++) {
            Component c = components[i];
            if (upsampled[i] == null) {
                rows[i] = c.plane;
                offsets[i] = c.rowOffset(y);
            } else {
                upsample(c, y, upsampled[i]);
                rows[i] = upsampled[i];
                offsets[i] = 0;
            }
        }
        switch (colour) {
            case GREY -> {
                byte[] out = sink.byteRow();
                System.arraycopy(rows[0], offsets[0], out, 0, width);
            }
            case RGB -> {
                int[] out = sink.packedRow();
                byte[] r = rows[0];
                byte[] g = rows[1];
                byte[] b = rows[2];
                for (int x = 0, ro = offsets[0], go = offsets[1], bo = offsets[2]; x < width; x++) {
                    out[x] = ((r[ro + x] & 0xFF) << 16) | ((g[go + x] & 0xFF) << 8) | (b[bo + x] & 0xFF);
                }
            }
            case RGB_FROM_YCC -> {
                PixelSink.YccRows ycc = sink.yccRows();
                if (ycc != null) {
                    ycc.accept(rows[0], offsets[0], rows[1], offsets[1], rows[2], offsets[2]);
                    return;   // converted later, after the reduction: fewer pixels
                }
                yccToRgb(sink.packedRow());
            }
            default -> toCmyk(sink.byteRow());
        }
        sink.commit(y);
    }

    private void yccToRgb(int[] out) {
        byte[] yRow = rows[0];
        byte[] cbRow = rows[1];
        byte[] crRow = rows[2];
        int yo = offsets[0];
        int cbo = offsets[1];
        int cro = offsets[2];
        for (int x = 0; x < width; x++) {
            int luma = yRow[yo + x] & 0xFF;
            int cb = cbRow[cbo + x] & 0xFF;
            int cr = crRow[cro + x] & 0xFF;
            int r = luma + CR_R[cr];
            int g = luma + ((CB_G[cb] + CR_G[cr]) >> 16);
            int b = luma + CB_B[cb];
            out[x] = (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
        }
    }

    /** CMYK as stored (Adobe inverts it), or YCCK turned into CMYK: four bytes a pixel, ink amounts. */
    private void toCmyk(byte[] out) {
        boolean ycck = colour == JpegDecoder.ColourType.CMYK_FROM_YCCK;
        for (int x = 0; x < width; x++) {
            int c0 = rows[0][offsets[0] + x] & 0xFF;
            int c1 = rows[1][offsets[1] + x] & 0xFF;
            int c2 = rows[2][offsets[2] + x] & 0xFF;
            int k = rows[3][offsets[3] + x] & 0xFF;
            if (ycck) {
                // YCC to RGB, then the complement: libjpeg's YCCK conversion
                int r = clamp(c0 + CR_R[c2]);
                int g = clamp(c0 + ((CB_G[c1] + CR_G[c2]) >> 16));
                int b = clamp(c0 + CB_B[c1]);
                c0 = 255 - r;
                c1 = 255 - g;
                c2 = 255 - b;
            }
            if (inverted) {
                c0 = 255 - c0;
                c1 = 255 - c1;
                c2 = 255 - c2;
                k = 255 - k;
            }
            out[4 * x] = (byte) c0;
            out[4 * x + 1] = (byte) c1;
            out[4 * x + 2] = (byte) c2;
            out[4 * x + 3] = (byte) k;
        }
    }

    private static int clamp(int v) {
        return (v & ~0xFF) == 0 ? v : v < 0 ? 0 : 255;
    }

    private void upsample(Component c, int y, byte[] out) {
        byte[] plane = c.plane;
        int inWidth = c.sampleWidth;
        if (fancy && c.upsampleV == 2) {
            int near = y >> 1;
            int far = Math.max(0, Math.min(c.sampleHeight - 1, (y & 1) == 0 ? near - 1 : near + 1));
            near = Math.min(near, c.sampleHeight - 1);
            int a = c.rowOffset(near);
            int b = c.rowOffset(far);
            if (c.upsampleH == 2) {
                h2v2(plane, a, b, inWidth, out);
                return;
            }
            if (c.upsampleH == 1) {
                int bias = (y & 1) == 0 ? 1 : 2;
                for (int x = 0; x < width; x++) {
                    out[x] = (byte) ((3 * (plane[a + x] & 0xFF) + (plane[b + x] & 0xFF) + bias) >> 2);
                }
                return;
            }
        }
        int row = c.rowOffset(Math.min(y / c.upsampleV, c.sampleHeight - 1));
        if (fancy && c.upsampleH == 2 && c.upsampleV == 1) {
            h2v1(plane, row, inWidth, out);
            return;
        }
        int factor = c.upsampleH;
        for (int x = 0; x < width; x++) {
            out[x] = plane[row + Math.min(x / factor, inWidth - 1)];
        }
    }

    private void h2v1(byte[] in, int at, int inWidth, byte[] out) {
        if (inWidth == 1) {
            out[0] = in[at];
            out[1] = in[at];
            return;
        }
        int first = in[at] & 0xFF;
        out[0] = (byte) first;
        out[1] = (byte) ((first * 3 + (in[at + 1] & 0xFF) + 2) >> 2);
        for (int i = 1; i < inWidth - 1; i++) {
            int here = (in[at + i] & 0xFF) * 3;
            out[2 * i] = (byte) ((here + (in[at + i - 1] & 0xFF) + 1) >> 2);
            out[2 * i + 1] = (byte) ((here + (in[at + i + 1] & 0xFF) + 2) >> 2);
        }
        int last = inWidth - 1;
        out[2 * last] = (byte) (((in[at + last] & 0xFF) * 3 + (in[at + last - 1] & 0xFF) + 1) >> 2);
        out[2 * last + 1] = in[at + last];
    }

    private void h2v2(byte[] in, int near, int far, int inWidth, byte[] out) {
        // libjpeg's rounding: even and odd columns round differently so that no bias builds up
        int biasEven = 8;
        int biasOdd = 7;
        int thisSum = (in[near] & 0xFF) * 3 + (in[far] & 0xFF);
        if (inWidth == 1) {
            out[0] = (byte) ((thisSum * 4 + biasEven) >> 4);
            out[1] = (byte) ((thisSum * 4 + biasOdd) >> 4);
            return;
        }
        int nextSum = (in[near + 1] & 0xFF) * 3 + (in[far + 1] & 0xFF);
        out[0] = (byte) ((thisSum * 4 + biasEven) >> 4);
        out[1] = (byte) ((thisSum * 3 + nextSum + biasOdd) >> 4);
        int lastSum = thisSum;
        thisSum = nextSum;
        for (int i = 1; i < inWidth - 1; i++) {
            nextSum = (in[near + i + 1] & 0xFF) * 3 + (in[far + i + 1] & 0xFF);
            out[2 * i] = (byte) ((thisSum * 3 + lastSum + biasEven) >> 4);
            out[2 * i + 1] = (byte) ((thisSum * 3 + nextSum + biasOdd) >> 4);
            lastSum = thisSum;
            thisSum = nextSum;
        }
        int last = inWidth - 1;
        out[2 * last] = (byte) ((thisSum * 3 + lastSum + biasEven) >> 4);
        out[2 * last + 1] = (byte) ((thisSum * 4 + biasOdd) >> 4);
    }
}

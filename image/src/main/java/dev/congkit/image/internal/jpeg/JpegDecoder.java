package dev.congkit.image.internal.jpeg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A baseline and progressive JPEG decoder (ITU T.81, Huffman coding, 8-bit) that decodes at 1/1,
 * 1/2, 1/4 or 1/8 of the size in the DCT domain. {@link #open} reads the header up to the first
 * scan, so that the caller can check the size and choose the scale before any pixel is decoded.
 * A baseline file whose first scan holds every component is decoded one MCU row at a time into the
 * output (memory follows the output, not the input); other files keep their quantized coefficients
 * ({@link #coefficientBytes()}) until the last scan. Not thread-safe; one instance per file. Internal.
 *
 * <p>Left to the JDK's decoder ({@link JpegUnsupportedException}): arithmetic coding, 12-bit
 * samples, lossless and hierarchical files, a height given by a DNL marker, unusual sampling.
 */
public final class JpegDecoder {

    /** At most this many scans: each one walks every block, so a file of many empty scans could take minutes. */
    static final int MAX_SCANS = 300;
    private static final String TRUNCATED = "the image data ends early (the file is truncated)";

    private final JpegInput input;
    private final float[][] quantization = new float[4][];
    private final HuffmanTable[] dcTables = new HuffmanTable[4];
    private final HuffmanTable[] acTables = new HuffmanTable[4];
    private int restartInterval;
    private boolean jfif;
    private int adobeTransform = -1;
    private final ByteArrayOutputStream icc = new ByteArrayOutputStream();

    private int width;
    private int height;
    private boolean progressive;
    private boolean baseline;
    private Component[] components;
    private int maxH;
    private int maxV;
    private int mcusPerLine;
    private int mcusPerColumn;
    private int scans;
    private boolean eoi;

    /** The scan read by {@link #open} and not yet decoded. */
    private Component[] scan;
    private int spectralStart;
    private int spectralEnd;
    private int approximationHigh;
    private int approximationLow;
    private int eobRun;
    private final float[] scratch = new float[64];

    private JpegDecoder(InputStream in) {
        this.input = new JpegInput(in);
    }

    /** Reads the header of a JPEG file up to its first scan. */
    public static JpegDecoder open(InputStream in) throws IOException, JpegCorruptException, JpegUnsupportedException {
        JpegDecoder decoder = new JpegDecoder(in);
        if (decoder.input.readByte() != 0xFF || decoder.input.readByte() != 0xD8) {
            throw new JpegCorruptException("it does not start with a JPEG start-of-image marker");
        }
        if (!decoder.readToScan()) {
            throw new JpegCorruptException("it has no image data");
        }
        return decoder;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean progressive() {
        return progressive;
    }

    /** Colour components: 1 grey, 3 colour, 4 CMYK or YCCK. */
    public int componentCount() {
        return components.length;
    }

    /** The embedded ICC profile (APP2 chunks joined), or {@code null}. */
    public byte[] iccProfile() {
        return icc.size() == 0 ? null : icc.toByteArray();
    }

    /** Whether the file is CMYK as Adobe writes it (APP14 present): values stored inverted. */
    public boolean adobeInverted() {
        return adobeTransform >= 0;
    }

    /** The output's colour model. */
    public ColourType colourType() {
        if (components.length == 1) {
            return ColourType.GREY;
        }
        if (components.length == 3) {
            if (adobeTransform == 0 || !jfif && adobeTransform < 0
                    && components[0].id == 'R' && components[1].id == 'G' && components[2].id == 'B') {
                return ColourType.RGB;
            }
            return ColourType.RGB_FROM_YCC;
        }
        return adobeTransform == 2 ? ColourType.CMYK_FROM_YCCK : ColourType.CMYK;
    }

    /** The colour models of the output. */
    public enum ColourType { GREY, RGB, RGB_FROM_YCC, CMYK, CMYK_FROM_YCCK }

    /** Whether the whole file can be decoded in one pass, one MCU row at a time. */
    public boolean streaming() {
        return baseline && scan.length == components.length;
    }

    /** The heap the buffered coefficients take (0 when the file is decoded in one pass). */
    public long coefficientBytes() {
        if (streaming()) {
            return 0;
        }
        long total = 0;
        for (Component c : components) {
            total += (long) c.paddedBlocksPerLine * c.paddedBlocksPerColumn * 64 * 2;
        }
        return total;
    }

    /** The output size at 1/{@code denominator} scale. */
    public static int scaled(int size, int denominator) {
        return (int) (((long) size + denominator - 1) / denominator);
    }

    /**
     * Decodes the image at 1/{@code denominator} of its size (1, 2, 4 or 8) into {@code sink}.
     */
    public void decode(int denominator, PixelSink sink) throws IOException, JpegCorruptException {
        if (denominator != 1 && denominator != 2 && denominator != 4 && denominator != 8) {
            throw new IllegalArgumentException("scale 1/" + denominator);
        }
        Output output = new Output(components, maxH, maxV, 8 / denominator, scaled(width, denominator),
                scaled(height, denominator), width, height, colourType(), adobeInverted(), sink);
        float[][] tables = new float[components.length][];
        for (int i = 0; i < components.length; i++) {
            tables[i] = quantization(components[i].quantizationTable);
        }
        if (streaming()) {
            decodeStreaming(output, tables);
        } else {
            decodeBuffered(output, tables);
        }
        output.finish();
    }

    private float[] quantization(int table) throws JpegCorruptException {
        float[] q = quantization[table];
        if (q == null) {
            throw new JpegCorruptException("a component uses quantization table " + table + ", which the file does not define");
        }
        return q;
    }

    // ---- header ----

    /** Reads marker segments up to and including the next SOS; false at EOI or the end of the file. */
    private boolean readToScan() throws IOException, JpegCorruptException, JpegUnsupportedException {
        while (true) {
            int marker = input.nextMarker();
            if (marker < 0 || marker == 0xD9) {
                eoi = marker == 0xD9;
                return false;
            }
            if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                continue;   // a stray restart marker between scans carries nothing
            }
            int length = input.readUnsignedShort() - 2;
            if (length < 0) {
                throw new JpegCorruptException("a marker segment has a length under 2");
            }
            switch (marker) {
                case 0xC0, 0xC1, 0xC2 -> readFrame(marker, length);
                case 0xC3, 0xC5, 0xC6, 0xC7, 0xCB, 0xCD, 0xCE, 0xCF ->
                        throw new JpegUnsupportedException("lossless or hierarchical JPEG (SOF" + (marker - 0xC0) + ")");
                case 0xC9, 0xCA -> throw new JpegUnsupportedException("arithmetic coding (SOF" + (marker - 0xC0) + ")");
                case 0xCC -> throw new JpegUnsupportedException("arithmetic coding (DAC)");
                case 0xC4 -> readHuffman(length);
                case 0xDB -> readQuantization(length);
                case 0xDD -> readRestartInterval(length);
                case 0xDC -> throw new JpegUnsupportedException("a height given by a DNL marker");
                case 0xDA -> {
                    readScanHeader(length);
                    return true;
                }
                case 0xE0 -> readApp0(length);
                case 0xE2 -> readApp2(length);
                case 0xEE -> readApp14(length);
                default -> input.skip(length);
            }
        }
    }

    private byte[] segment(int length) throws IOException, JpegCorruptException {
        byte[] data = new byte[length];
        input.readFully(data, length);
        return data;
    }

    private void readApp0(int length) throws IOException, JpegCorruptException {
        byte[] data = segment(length);
        jfif |= length >= 5 && data[0] == 'J' && data[1] == 'F' && data[2] == 'I' && data[3] == 'F' && data[4] == 0;
    }

    private void readApp2(int length) throws IOException, JpegCorruptException {
        byte[] data = segment(length);
        byte[] tag = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
        if (length < tag.length + 2) {
            return;
        }
        for (int i = 0; i < tag.length; i++) {
            if (data[i] != tag[i]) {
                return;
            }
        }
        // chunks come in order in practice; a profile over 4 MiB is no profile
        if (icc.size() + length < (4 << 20)) {
            icc.write(data, tag.length + 2, length - tag.length - 2);
        }
    }

    private void readApp14(int length) throws IOException, JpegCorruptException {
        byte[] data = segment(length);
        if (length >= 12 && data[0] == 'A' && data[1] == 'd' && data[2] == 'o' && data[3] == 'b' && data[4] == 'e') {
            adobeTransform = data[11] & 0xFF;
        }
    }

    private void readRestartInterval(int length) throws IOException, JpegCorruptException {
        if (length != 2) {
            throw new JpegCorruptException("a DRI segment is " + length + " bytes long, not 2");
        }
        restartInterval = input.readUnsignedShort();
    }

    private void readQuantization(int length) throws IOException, JpegCorruptException, JpegUnsupportedException {
        byte[] data = segment(length);
        int at = 0;
        while (at < length) {
            int precision = (data[at] & 0xFF) >> 4;
            int id = data[at] & 0x0F;
            at++;
            if (id > 3) {
                throw new JpegCorruptException("a quantization table has the number " + id + " (0 to 3 allowed)");
            }
            int size = precision == 0 ? 64 : 128;
            if (precision > 1) {
                throw new JpegCorruptException("a quantization table has the precision " + precision);
            }
            if (at + size > length) {
                throw new JpegCorruptException("a quantization table is cut off");
            }
            float[] table = new float[64];
            for (int k = 0; k < 64; k++) {
                int value = precision == 0 ? data[at + k] & 0xFF : ((data[at + 2 * k] & 0xFF) << 8) | (data[at + 2 * k + 1] & 0xFF);
                table[Zigzag.NATURAL[k]] = value;
            }
            quantization[id] = table;
            at += size;
        }
    }

    private void readHuffman(int length) throws IOException, JpegCorruptException {
        byte[] data = segment(length);
        int at = 0;
        while (at < length) {
            if (at + 17 > length) {
                throw new JpegCorruptException("a Huffman table is cut off");
            }
            int type = (data[at] & 0xFF) >> 4;
            int id = data[at] & 0x0F;
            if (type > 1 || id > 3) {
                throw new JpegCorruptException("a Huffman table has the class " + type + " and number " + id);
            }
            int total = 0;
            for (int i = 1; i <= 16; i++) {
                total += data[at + i] & 0xFF;
            }
            if (total > 256 || at + 17 + total > length) {
                throw new JpegCorruptException("a Huffman table is cut off or has more than 256 codes");
            }
            HuffmanTable table = HuffmanTable.of(data, at + 1, total);
            at += 17 + total;
            if (type == 0) {
                dcTables[id] = table;
            } else {
                acTables[id] = table;
            }
        }
    }

    private void readFrame(int marker, int length) throws IOException, JpegCorruptException, JpegUnsupportedException {
        if (components != null) {
            throw new JpegCorruptException("it has two frame headers");
        }
        byte[] data = segment(length);
        if (length < 6) {
            throw new JpegCorruptException("its frame header is cut off");
        }
        int precision = data[0] & 0xFF;
        if (precision != 8) {
            throw new JpegUnsupportedException(precision + "-bit samples");
        }
        height = ((data[1] & 0xFF) << 8) | (data[2] & 0xFF);
        width = ((data[3] & 0xFF) << 8) | (data[4] & 0xFF);
        int count = data[5] & 0xFF;
        if (height == 0) {
            throw new JpegUnsupportedException("a height given by a DNL marker");
        }
        if (width == 0) {
            throw new JpegCorruptException("its width is 0");
        }
        if (count != 1 && count != 3 && count != 4) {
            throw new JpegUnsupportedException(count + " colour components");
        }
        if (length < 6 + 3 * count) {
            throw new JpegCorruptException("its frame header is cut off");
        }
        progressive = marker == 0xC2;
        baseline = !progressive;
        components = new Component[count];
        for (int i = 0; i < count; i++) {
            int id = data[6 + 3 * i] & 0xFF;
            int h = (data[7 + 3 * i] & 0xFF) >> 4;
            int v = data[7 + 3 * i] & 0x0F;
            int tq = data[8 + 3 * i] & 0xFF;
            if (h < 1 || h > 4 || v < 1 || v > 4) {
                throw new JpegCorruptException("component " + id + " has the sampling factors " + h + "×" + v);
            }
            if (tq > 3) {
                throw new JpegCorruptException("component " + id + " uses quantization table " + tq);
            }
            for (int j = 0; j < i; j++) {
                if (components[j].id == id) {
                    throw new JpegCorruptException("two components have the number " + id);
                }
            }
            // a single component is always sampled 1 × 1, whatever its header says (T.81 A.2.2)
            components[i] = count == 1 ? new Component(id, 1, 1, tq) : new Component(id, h, v, tq);
        }
        maxH = 1;
        maxV = 1;
        for (Component c : components) {
            maxH = Math.max(maxH, c.horizontal);
            maxV = Math.max(maxV, c.vertical);
        }
        for (Component c : components) {
            if (maxH % c.horizontal != 0 || maxV % c.vertical != 0) {
                throw new JpegUnsupportedException("sampling factors " + c.horizontal + "×" + c.vertical + " of " + maxH + "×" + maxV);
            }
        }
        mcusPerLine = (width + 8 * maxH - 1) / (8 * maxH);
        mcusPerColumn = (height + 8 * maxV - 1) / (8 * maxV);
        for (Component c : components) {
            c.blocksPerLine = (int) (((long) width * c.horizontal + 8L * maxH - 1) / (8L * maxH));
            c.blocksPerColumn = (int) (((long) height * c.vertical + 8L * maxV - 1) / (8L * maxV));
            c.paddedBlocksPerLine = mcusPerLine * c.horizontal;
            c.paddedBlocksPerColumn = mcusPerColumn * c.vertical;
        }
    }

    private void readScanHeader(int length) throws IOException, JpegCorruptException {
        if (components == null) {
            throw new JpegCorruptException("a scan comes before the frame header");
        }
        if (++scans > MAX_SCANS) {
            throw new JpegCorruptException("it has more than " + MAX_SCANS + " scans");
        }
        byte[] data = segment(length);
        int count = length > 0 ? data[0] & 0xFF : 0;
        if (count < 1 || count > 4 || length != 4 + 2 * count) {
            throw new JpegCorruptException("a scan header is malformed");
        }
        scan = new Component[count];
        for (int i = 0; i < count; i++) {
            int id = data[1 + 2 * i] & 0xFF;
            Component found = null;
            for (Component c : components) {
                if (c.id == id) {
                    found = c;
                }
            }
            if (found == null) {
                throw new JpegCorruptException("a scan names component " + id + ", which the frame does not have");
            }
            for (int j = 0; j < i; j++) {
                if (scan[j] == found) {
                    throw new JpegCorruptException("a scan names component " + id + " twice");
                }
            }
            found.dcTable = (data[2 + 2 * i] & 0xFF) >> 4;
            found.acTable = data[2 + 2 * i] & 0x0F;
            if (found.dcTable > 3 || found.acTable > 3) {
                throw new JpegCorruptException("a scan names Huffman table " + Math.max(found.dcTable, found.acTable));
            }
            scan[i] = found;
        }
        spectralStart = data[1 + 2 * count] & 0xFF;
        spectralEnd = data[2 + 2 * count] & 0xFF;
        approximationHigh = (data[3 + 2 * count] & 0xFF) >> 4;
        approximationLow = data[3 + 2 * count] & 0x0F;
        if (progressive) {
            boolean dc = spectralStart == 0;
            if (spectralEnd > 63 || spectralStart > spectralEnd || dc && spectralEnd != 0 || !dc && count != 1
                    || approximationHigh > 13 || approximationLow > 13) {
                throw new JpegCorruptException("a progressive scan has the parameters Ss=" + spectralStart + " Se=" + spectralEnd
                        + " Ah=" + approximationHigh + " Al=" + approximationLow);
            }
        } else {
            spectralStart = 0;
            spectralEnd = 63;
            approximationHigh = 0;
            approximationLow = 0;
        }
        if (count > 1) {
            int blocks = 0;
            for (Component c : scan) {
                blocks += c.horizontal * c.vertical;
            }
            if (blocks > 10) {
                throw new JpegCorruptException("an MCU has " + blocks + " blocks (at most 10 allowed)");
            }
        }
    }

    private HuffmanTable dc(Component c) throws JpegCorruptException {
        HuffmanTable table = dcTables[c.dcTable];
        if (table == null) {
            throw new JpegCorruptException("a scan uses DC Huffman table " + c.dcTable + ", which the file does not define");
        }
        return table;
    }

    private HuffmanTable ac(Component c) throws JpegCorruptException {
        HuffmanTable table = acTables[c.acTable];
        if (table == null) {
            throw new JpegCorruptException("a scan uses AC Huffman table " + c.acTable + ", which the file does not define");
        }
        return table;
    }

    // ---- one-pass baseline ----

    private void decodeStreaming(Output output, float[][] tables) throws IOException, JpegCorruptException {
        int count = scan.length;
        HuffmanTable[] dc = new HuffmanTable[count];
        HuffmanTable[] ac = new HuffmanTable[count];
        float[][] q = new float[count][];
        int[] index = new int[count];
        for (int i = 0; i < count; i++) {
            dc[i] = dc(scan[i]);
            ac[i] = ac(scan[i]);
            for (int j = 0; j < components.length; j++) {
                if (components[j] == scan[i]) {
                    index[i] = j;
                }
            }
            q[i] = scan[i].idct.prepare(tables[index[i]]);
            scan[i].predictor = 0;
        }
        int single = count == 1 ? 1 : 0;
        int perLine = single == 1 ? scan[0].blocksPerLine : mcusPerLine;
        int perColumn = single == 1 ? scan[0].blocksPerColumn : mcusPerColumn;
        McuRow rows = new McuRow(dc, ac, q, perLine);
        for (int row = 0; row < perColumn; row++) {
            rows.decode(row);
            output.rowDecoded(row);
        }
        checkOverrun();
    }

    /** One MCU row of a one-pass scan, decoded and transformed into the components' planes (a method of its own for the JIT). */
    private final class McuRow {

        private final HuffmanTable[] dc;
        private final HuffmanTable[] ac;
        private final float[][] quantization;
        private final int perLine;
        /** Coefficients as floats: the transform then needs no int-to-float conversions, which stall one another. */
        private final float[] block = new float[64];
        private int mcu;

        McuRow(HuffmanTable[] dc, HuffmanTable[] ac, float[][] quantization, int perLine) {
            this.dc = dc;
            this.ac = ac;
            this.quantization = quantization;
            this.perLine = perLine;
        }

        void decode(int row) throws IOException, JpegCorruptException {
            for (int column = 0; column < perLine; column++) {
                decodeMcu(row, column);
            }
        }

        /** One MCU: a method called often with short loops, which the JIT compiles once, not once per loop. */
        private void decodeMcu(int row, int column) throws IOException, JpegCorruptException {
            restartIfDue(mcu++);
            for (int i = 0; i < scan.length; i++) {
                Component c = scan[i];
                int size = c.idct.size();
                for (int by = 0; by < c.vertical; by++) {
                    int offset = c.rowOffset((row * c.vertical + by) * size);
                    for (int bx = 0; bx < c.horizontal; bx++) {
                        int last = size == 1 ? decodeDcOnly(c, dc[i], ac[i], block) : decodeBlock(c, dc[i], ac[i], block);
                        c.idct.transform(block, quantization[i], Zigzag.LAST_ROW[last], Zigzag.LAST_COLUMN[last], c.plane,
                                offset + (column * c.horizontal + bx) * size, c.planeWidth);
                        clear(block, last);
                    }
                }
            }
            checkOverrun();
        }
    }

    /**
     * Decodes one block's coefficients (quantized, natural order) into {@code block}, which must be
     * zero and which {@link #clear} zeroes again; returns the last zigzag index written. The bit
     * buffer is kept in locals: at least 32 bits are buffered before each coefficient, enough for
     * its code and value, so the common case is one table lookup.
     */
    private int decodeBlock(Component c, HuffmanTable dcTable, HuffmanTable acTable, float[] block)
            throws IOException, JpegCorruptException {
        JpegInput in = input;
        block[0] = decodeDc(c, dcTable);
        long bits = in.bits;
        int count = in.count;
        int[] fast = acTable.fast;
        int last = 0;
        int k = 1;
        while (k < 64) {
            if (count < 32) {
                in.count = count;
                in.fill();
                bits = in.bits;
                count = in.count;
            }
            int entry = fast[(int) (bits >>> (count - HuffmanTable.FAST_BITS)) & HuffmanTable.FAST_MASK];
            if (entry != 0) {
                count -= entry & 31;
                k += (entry >> 5) & 127;
                if (k > 63) {
                    break;   // end of block, or corrupt data (as libjpeg: the coefficient is dropped)
                }
                block[Zigzag.NATURAL[k]] = entry >> 16;
                last = k++;
                continue;
            }
            in.count = count;
            int rs = in.decodeFilled(acTable);
            int r = rs >> 4;
            int s = rs & 15;
            if (s == 0) {
                count = in.count;
                if (r != 15) {
                    break;
                }
                k += 16;
                continue;
            }
            k += r;
            int value = in.receiveExtend(s);
            count = in.count;
            bits = in.bits;
            if (k > 63) {
                break;
            }
            block[Zigzag.NATURAL[k]] = value;
            last = k++;
        }
        in.count = count;
        return last;
    }

    /** The block's DC value: the difference decoded and added to the component's predictor. */
    private int decodeDc(Component c, HuffmanTable dcTable) throws IOException, JpegCorruptException {
        JpegInput in = input;
        if (in.count < 32) {
            in.fill();
        }
        int t = in.decodeFilled(dcTable);
        if (t > 16) {
            throw new JpegCorruptException("a DC difference has " + t + " bits");
        }
        c.predictor += t == 0 ? 0 : in.receiveExtend(t);
        return c.predictor;
    }

    /**
     * {@link #decodeBlock} for a block whose 1 × 1 transform needs its DC value alone: the AC codes are
     * read past (the same bits, the same corrupt-data rules), nothing stored, nothing to clear.
     */
    private int decodeDcOnly(Component c, HuffmanTable dcTable, HuffmanTable acTable, float[] block)
            throws IOException, JpegCorruptException {
        JpegInput in = input;
        block[0] = decodeDc(c, dcTable);
        long bits = in.bits;
        int count = in.count;
        int[] fast = acTable.fast;
        int k = 1;
        while (k < 64) {
            if (count < 32) {
                in.count = count;
                in.fill();
                bits = in.bits;
                count = in.count;
            }
            int entry = fast[(int) (bits >>> (count - HuffmanTable.FAST_BITS)) & HuffmanTable.FAST_MASK];
            if (entry != 0) {
                count -= entry & 31;
                k += ((entry >> 5) & 127) + 1;   // end of block runs past 63
                continue;
            }
            in.count = count;
            int rs = in.decodeFilled(acTable);
            int s = rs & 15;
            count = in.count;
            if (s == 0) {
                if ((rs >> 4) != 15) {
                    break;
                }
                k += 16;
                continue;
            }
            count -= s;   // the value's bits: at least 16 are left after a code
            k += (rs >> 4) + 1;
        }
        in.count = count;
        return 0;
    }

    /** Zeroes what {@link #decodeBlock} wrote up to zigzag index {@code last}. */
    private static void clear(float[] block, int last) {
        for (int k = 0; k <= last; k++) {
            block[Zigzag.NATURAL[k]] = 0;
        }
    }

    private void restartIfDue(int mcu) throws IOException, JpegCorruptException {
        if (restartInterval == 0 || mcu == 0 || mcu % restartInterval != 0) {
            return;
        }
        checkOverrun();
        int marker = input.nextMarker();
        if (marker < 0xD0 || marker > 0xD7) {
            throw new JpegCorruptException(marker < 0 ? TRUNCATED
                    : "a restart marker is missing (found 0x" + Integer.toHexString(marker) + ")");
        }
        for (Component c : scan) {
            c.predictor = 0;
        }
        eobRun = 0;
    }

    /** Refuses a scan that consumed bits past its end: the data is cut off. */
    private void checkOverrun() throws JpegCorruptException {
        if (input.overrun()) {
            throw new JpegCorruptException(TRUNCATED);
        }
    }

    // ---- buffered: progressive, or baseline with several scans ----

    private void decodeBuffered(Output output, float[][] tables) throws IOException, JpegCorruptException {
        for (Component c : components) {
            c.coefficients = new short[c.paddedBlocksPerLine * c.paddedBlocksPerColumn * 64];
        }
        boolean more = true;
        while (more) {
            decodeScan();
            checkOverrun();
            try {
                more = readToScan();
            } catch (JpegUnsupportedException e) {
                throw new JpegCorruptException("a marker between scans is not allowed here (" + e.getMessage() + ")");
            }
        }
        if (!eoi) {
            // the file stops between scans: the image would come out blurred, with no sign of why
            throw new JpegCorruptException(TRUNCATED);
        }
        float[] block = new float[64];
        float[][] prepared = new float[components.length][];
        for (int i = 0; i < components.length; i++) {
            prepared[i] = components[i].idct.prepare(tables[i]);
        }
        for (int row = 0; row < mcusPerColumn; row++) {
            for (int i = 0; i < components.length; i++) {
                Component c = components[i];
                int size = c.idct.size();
                for (int by = 0; by < c.vertical; by++) {
                    int blockRow = row * c.vertical + by;
                    int offset = c.rowOffset(blockRow * size);
                    for (int bx = 0; bx < c.paddedBlocksPerLine; bx++) {
                        int at = (blockRow * c.paddedBlocksPerLine + bx) * 64;
                        int lastRow = 0;
                        int lastColumn = 0;
                        for (int z = 0; z < 64; z++) {
                            int value = c.coefficients[at + z];
                            block[z] = value;
                            if (value != 0) {
                                lastRow = Math.max(lastRow, z >> 3);
                                lastColumn = Math.max(lastColumn, z & 7);
                            }
                        }
                        c.idct.transform(block, prepared[i], lastRow, lastColumn, c.plane, offset + bx * size, c.planeWidth);
                    }
                }
            }
            output.rowDecoded(row);
        }
    }

    private void decodeScan() throws IOException, JpegCorruptException {
        for (Component c : scan) {
            c.predictor = 0;
            if (!progressive || spectralStart == 0 && approximationHigh == 0) {
                dc(c);
            }
            if (!progressive || spectralStart > 0) {
                ac(c);
            }
        }
        eobRun = 0;
        int mcu = 0;
        if (scan.length == 1) {
            Component c = scan[0];
            for (int by = 0; by < c.blocksPerColumn; by++) {
                for (int bx = 0; bx < c.blocksPerLine; bx++) {
                    restartIfDue(mcu++);
                    decodeCoefficients(c, (by * c.paddedBlocksPerLine + bx) * 64);
                }
                checkOverrun();
            }
            return;
        }
        for (int row = 0; row < mcusPerColumn; row++) {
            for (int column = 0; column < mcusPerLine; column++) {
                restartIfDue(mcu++);
                for (Component c : scan) {
                    for (int by = 0; by < c.vertical; by++) {
                        for (int bx = 0; bx < c.horizontal; bx++) {
                            int blockRow = row * c.vertical + by;
                            int blockColumn = column * c.horizontal + bx;
                            decodeCoefficients(c, (blockRow * c.paddedBlocksPerLine + blockColumn) * 64);
                        }
                    }
                }
            }
            checkOverrun();
        }
    }

    private void decodeCoefficients(Component c, int at) throws IOException, JpegCorruptException {
        short[] coefficients = c.coefficients;
        if (!progressive) {
            float[] block = scratch;
            int last = decodeBlock(c, dc(c), ac(c), block);
            for (int z = 0; z < 64; z++) {
                coefficients[at + z] = (short) block[z];
            }
            clear(block, last);
        } else if (spectralStart == 0) {
            if (approximationHigh == 0) {
                int t = input.decode(dc(c));
                if (t > 16) {
                    throw new JpegCorruptException("a DC difference has " + t + " bits");
                }
                c.predictor += t == 0 ? 0 : input.receiveExtend(t);
                coefficients[at] = (short) (c.predictor << approximationLow);
            } else if (input.readBit() != 0) {
                coefficients[at] |= (short) (1 << approximationLow);
            }
        } else if (approximationHigh == 0) {
            decodeAcFirst(c, coefficients, at);
        } else {
            decodeAcRefine(c, coefficients, at);
        }
    }

    private void decodeAcFirst(Component c, short[] coefficients, int at) throws IOException, JpegCorruptException {
        if (eobRun > 0) {
            eobRun--;
            return;
        }
        HuffmanTable table = ac(c);
        for (int k = spectralStart; k <= spectralEnd; ) {
            int rs = input.decode(table);
            int r = rs >> 4;
            int s = rs & 15;
            if (s == 0) {
                if (r < 15) {
                    eobRun = (1 << r) - 1;
                    if (r > 0) {
                        eobRun += input.readBits(r);
                    }
                    break;
                }
                k += 16;
                continue;
            }
            k += r;
            if (k > 63) {
                break;
            }
            coefficients[at + Zigzag.NATURAL[k]] = (short) (input.receiveExtend(s) * (1 << approximationLow));
            k++;
        }
    }

    private void decodeAcRefine(Component c, short[] coefficients, int at) throws IOException, JpegCorruptException {
        int plus = 1 << approximationLow;
        int minus = -1 << approximationLow;
        int k = spectralStart;
        if (eobRun == 0) {
            HuffmanTable table = ac(c);
            for (; k <= spectralEnd; k++) {
                int rs = input.decode(table);
                int r = rs >> 4;
                int s = rs & 15;
                int value = 0;
                if (s != 0) {
                    if (s != 1) {
                        throw new JpegCorruptException("a refinement scan has a coefficient of " + s + " bits");
                    }
                    value = input.readBit() != 0 ? plus : minus;
                } else if (r != 15) {
                    eobRun = 1 << r;
                    if (r > 0) {
                        eobRun += input.readBits(r);
                    }
                    break;
                }
                while (k <= spectralEnd) {
                    int z = at + Zigzag.NATURAL[k];
                    int coefficient = coefficients[z];
                    if (coefficient != 0) {
                        if (input.readBit() != 0 && (coefficient & plus) == 0) {
                            coefficients[z] = (short) (coefficient >= 0 ? coefficient + plus : coefficient + minus);
                        }
                    } else {
                        if (--r < 0) {
                            break;
                        }
                    }
                    k++;
                }
                if (value != 0 && k <= 63) {
                    coefficients[at + Zigzag.NATURAL[k]] = (short) value;
                }
            }
        }
        if (eobRun > 0) {
            for (; k <= spectralEnd; k++) {
                int z = at + Zigzag.NATURAL[k];
                int coefficient = coefficients[z];
                if (coefficient != 0 && input.readBit() != 0 && (coefficient & plus) == 0) {
                    coefficients[z] = (short) (coefficient >= 0 ? coefficient + plus : coefficient + minus);
                }
            }
            eobRun--;
        }
    }
}

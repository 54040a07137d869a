package dev.congkit.image.internal.jpeg;

import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a JPEG file, read through a fixed buffer: marker segments byte by byte, entropy-coded
 * data bit by bit (byte stuffing undone, stopping at the next marker). Memory is the buffer alone,
 * whatever the file's size. Internal.
 */
final class JpegInput {

    private static final int BUFFER = 64 * 1024;
    private static final java.lang.invoke.VarHandle BIG_ENDIAN_INT =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(int[].class, java.nio.ByteOrder.BIG_ENDIAN);

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private boolean endOfFile;

    /** Bits not yet consumed are the low {@code count} bits of {@code bits}. */
    long bits;
    int count;
    /** Zero bits fed after a marker or the end of the file; consuming them means the data ran out. */
    private int phantom;
    private boolean atMarker;

    JpegInput(InputStream in) {
        this.in = in;
    }

    private boolean refill() throws IOException {
        if (endOfFile) {
            return false;
        }
        int read = in.read(buffer, 0, BUFFER);
        if (read <= 0) {
            endOfFile = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    /** The next byte, or -1 at the end of the file. */
    int readByte() throws IOException {
        if (position >= limit && !refill()) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    int readUnsignedShort() throws IOException, JpegCorruptException {
        int high = readByte();
        int low = readByte();
        if (low < 0) {
            throw new JpegCorruptException("the file ends inside a marker segment");
        }
        return (high << 8) | low;
    }

    void readFully(byte[] target, int length) throws IOException, JpegCorruptException {
        for (int i = 0; i < length; i++) {
            int b = readByte();
            if (b < 0) {
                throw new JpegCorruptException("the file ends inside a marker segment");
            }
            target[i] = (byte) b;
        }
    }

    void skip(int length) throws IOException, JpegCorruptException {
        int left = length;
        while (left > 0) {
            if (position >= limit && !refill()) {
                throw new JpegCorruptException("the file ends inside a marker segment");
            }
            int step = Math.min(left, limit - position);
            position += step;
            left -= step;
        }
    }

    /**
     * The next marker code after entropy-coded data or padding: skips fill bytes and, as libjpeg
     * does, any garbage before the marker; -1 at the end of the file.
     */
    int nextMarker() throws IOException {
        resetBits();
        int b = readByte();
        while (b >= 0) {
            if (b == 0xFF) {
                int code = readByte();
                while (code == 0xFF) {
                    code = readByte();
                }
                if (code < 0) {
                    return -1;
                }
                if (code != 0) {
                    return code;
                }
            }
            b = readByte();
        }
        return -1;
    }

    /** Forgets buffered bits, as at a restart marker or the end of a scan. */
    void resetBits() {
        atMarker = false;   // the marker's 0xFF was left unread, for nextMarker() to see
        bits = 0;
        count = 0;
        phantom = 0;
    }

    /** Tops the bit buffer up to at least 57 bits, with zeros past a marker or the end of the file. */
    void fill() throws IOException {
        if (!atMarker) {
            // the common case: plain bytes from the buffer, no 0xFF among them
            byte[] data = buffer;
            int at = position;
            long b = bits;
            int n = count;
            if (n <= 32 && at + 4 <= limit) {
                int four = (int) BIG_ENDIAN_INT.get(data, at);
                if ((((~four) - 0x01010101) & four & 0x80808080) == 0) {
                    // four bytes, none of them 0xFF (no stuffing, no marker): in at once
                    at += 4;
                    b = (b << 32) | (four & 0xFFFFFFFFL);
                    n += 32;
                }
            }
            // one bound, inside the buffer: a loop bounded by the bit count too lets the JIT check an
            // array range past the buffer's end and give up its compiled code near every refill
            int end = Math.min(limit, at + ((56 - n) >> 3) + 1);
            while (at < end) {
                int next = data[at] & 0xFF;
                if (next == 0xFF) {
                    break;
                }
                at++;
                b = (b << 8) | next;
                n += 8;
            }
            position = at;
            bits = b;
            count = n;
        }
        if (count <= 56) {
            fillSlowly();
        }
    }

    /**
     * {@link #fill} past a 0xFF, the buffer's end, a marker or the file's end: a method of its own, so
     * that these rarer branches, first taken late, recompile this method and not the decoder's.
     */
    private void fillSlowly() throws IOException {
        while (count <= 56) {
            int b;
            if (atMarker) {
                b = 0;
                phantom += 8;
            } else {
                if (position >= limit && !refill()) {
                    atMarker = true;
                    b = 0;
                    phantom += 8;
                } else {
                    b = buffer[position++] & 0xFF;
                    if (b == 0xFF) {
                        int next = position < limit ? buffer[position] & 0xFF : peekAfterRefill();
                        if (next == 0) {
                            position++;
                        } else {
                            // a marker: leave its 0xFF unread, feed zeros from here on
                            position--;
                            atMarker = true;
                            b = 0;
                            phantom += 8;
                        }
                    }
                }
            }
            bits = (bits << 8) | b;
            count += 8;
        }
    }

    /** The byte after a 0xFF that ended the buffer; the 0xFF is kept as the buffer's first byte. */
    private int peekAfterRefill() throws IOException {
        int next = in.read();
        if (next < 0) {
            endOfFile = true;
            buffer[0] = (byte) 0xFF;
            position = 1;
            limit = 1;
            return -1;
        }
        buffer[0] = (byte) 0xFF;
        buffer[1] = (byte) next;
        position = 1;
        limit = 2;
        return next;
    }

    /** Whether bits past the end of the data were consumed: the scan is cut off or corrupt. */
    boolean overrun() {
        return count < phantom;
    }

    int readBit() throws IOException {
        if (count < 1) {
            fill();
        }
        count--;
        return (int) (bits >>> count) & 1;
    }

    int readBits(int n) throws IOException {
        if (count < n) {
            fill();
        }
        count -= n;
        return (int) (bits >>> count) & ((1 << n) - 1);
    }

    /** {@code n} bits as a signed value (the "receive and extend" of the standard, F.2.2.1). */
    int receiveExtend(int n) throws IOException {
        if (count < n) {
            fill();
        }
        count -= n;
        int value = (int) (bits >>> count) & ((1 << n) - 1);
        return value < (1 << (n - 1)) ? value - (1 << n) + 1 : value;
    }

    int decode(HuffmanTable table) throws IOException, JpegCorruptException {
        if (count < 16) {
            fill();
        }
        return decodeFilled(table);
    }

    /** {@link #decode} with at least 16 bits already buffered. */
    int decodeFilled(HuffmanTable table) throws JpegCorruptException {
        int entry = table.lookup[(int) (bits >>> (count - HuffmanTable.LOOKAHEAD)) & HuffmanTable.LOOKAHEAD_MASK];
        if (entry != 0) {
            count -= entry >> 8;
            return entry & 0xFF;
        }
        for (int length = HuffmanTable.LOOKAHEAD + 1; length <= 16; length++) {
            int code = (int) (bits >>> (count - length)) & ((1 << length) - 1);
            if (code <= table.maxCode[length]) {
                count -= length;
                return table.values[table.valueOffset[length] + code];
            }
        }
        throw new JpegCorruptException("a Huffman code is not in its table");
    }
}

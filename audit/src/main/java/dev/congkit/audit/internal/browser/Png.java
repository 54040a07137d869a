package dev.congkit.audit.internal.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Colour histograms of the PNG frames the browser sends while a page loads: 8-bit RGB or RGBA,
 * not interlaced (what Chromium's screencast writes). Read here, without an image library, because
 * the audit module stays free of AWT.
 */
final class Png {

    /** A frame is at most this many pixels (a 1280 × 900 viewport is 1.15 million). */
    private static final long MAX_PIXELS = 4_000_000;
    private static final long SIGNATURE = 0x89504E470D0A1A0AL;

    private Png() {
    }

    /**
     * The count of each value 0–255 of red, green and blue over the picture's pixels, leaving out
     * near-white ones (the empty page a load starts from), as visual-progress measures do.
     *
     * @throws IOException when the bytes are not a PNG of the kind described above
     */
    static int[][] histogram(byte[] png) throws IOException {
        if (png.length < 8 || readLong(png, 0) != SIGNATURE) {
            throw new IOException("not a PNG");
        }
        int width = 0;
        int height = 0;
        int channels = 0;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (int at = 8; at + 8 <= png.length; ) {
            int length = readInt(png, at);
            String type = new String(png, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int start = at + 8;
            if (length < 0 || start + length > png.length) {
                throw new IOException("a PNG chunk runs past the end");
            }
            if (type.equals("IHDR")) {
                width = readInt(png, start);
                height = readInt(png, start + 4);
                int depth = png[start + 8] & 0xFF;
                int colour = png[start + 9] & 0xFF;
                int interlace = png[start + 12] & 0xFF;
                channels = colour == 2 ? 3 : colour == 6 ? 4 : 0;
                if (depth != 8 || channels == 0 || interlace != 0 || width <= 0 || height <= 0
                        || (long) width * height > MAX_PIXELS) {
                    throw new IOException("a PNG this reader does not take: " + width + "×" + height + ", depth " + depth + ", colour " + colour);
                }
            } else if (type.equals("IDAT")) {
                data.write(png, start, length);
            } else if (type.equals("IEND")) {
                break;
            }
            at = start + length + 4; // the chunk's CRC
        }
        if (channels == 0) {
            throw new IOException("a PNG without its header");
        }
        return count(inflate(data.toByteArray(), (long) height * (1 + (long) width * channels)), width, height, channels);
    }

    private static byte[] inflate(byte[] compressed, long expected) throws IOException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            byte[] out = new byte[(int) expected];
            int filled = 0;
            while (filled < out.length && !inflater.finished()) {
                int n = inflater.inflate(out, filled, out.length - filled);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                filled += n;
            }
            if (filled != out.length) {
                throw new IOException("a PNG's pixels are cut short");
            }
            return out;
        } catch (DataFormatException e) {
            throw new IOException("a PNG's pixels are corrupt", e);
        } finally {
            inflater.end();
        }
    }

    /** Undoes each row's filter (PNG's five: none, sub, up, average, Paeth) and counts the colours. */
    private static int[][] count(byte[] raw, int width, int height, int channels) throws IOException {
        int[][] histogram = new int[3][256];
        int stride = width * channels;
        byte[] previous = new byte[stride];
        byte[] row = new byte[stride];
        for (int y = 0; y < height; y++) {
            int at = y * (stride + 1);
            int filter = raw[at] & 0xFF;
            for (int x = 0; x < stride; x++) {
                int a = x >= channels ? row[x - channels] & 0xFF : 0;
                int b = previous[x] & 0xFF;
                int c = x >= channels ? previous[x - channels] & 0xFF : 0;
                int value = raw[at + 1 + x] & 0xFF;
                row[x] = (byte) switch (filter) {
                    case 0 -> value;
                    case 1 -> value + a;
                    case 2 -> value + b;
                    case 3 -> value + ((a + b) >>> 1);
                    case 4 -> value + paeth(a, b, c);
                    default -> throw new IOException("a PNG row has an unknown filter " + filter);
                };
            }
            for (int x = 0; x < stride; x += channels) {
                int r = row[x] & 0xFF;
                int g = row[x + 1] & 0xFF;
                int bl = row[x + 2] & 0xFF;
                if (r > 249 && g > 249 && bl > 249) {
                    continue;
                }
                histogram[0][r]++;
                histogram[1][g]++;
                histogram[2][bl]++;
            }
            byte[] swap = previous;
            previous = row;
            row = swap;
        }
        return histogram;
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static int readInt(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8 | bytes[at + 3] & 0xFF;
    }

    private static long readLong(byte[] bytes, int at) {
        return (long) readInt(bytes, at) << 32 | readInt(bytes, at + 4) & 0xFFFFFFFFL;
    }
}

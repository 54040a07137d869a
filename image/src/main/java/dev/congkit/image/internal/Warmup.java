package dev.congkit.image.internal;

import dev.congkit.image.internal.jpeg.JpegDecoder;
import dev.congkit.image.internal.jpeg.PixelSink;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;

/**
 * Runs the JPEG path once on a small generated photo that takes every branch a camera file does
 * (long codes, zero runs, stuffed bytes, restart markers, every scale): the JIT then compiles the
 * decoder once, instead of again each time a real photo first takes a rare branch. Internal.
 */
public final class Warmup {

    private Warmup() {
    }

    public static void run() {
        try {
            byte[] jpeg = sample();
            for (int round = 0; round < 3; round++) {
                for (int denominator = 1; denominator <= 8; denominator *= 2) {
                    JpegDecoder decoder = JpegDecoder.open(new Trickle(jpeg));
                    int width = JpegDecoder.scaled(decoder.width(), denominator);
                    int height = JpegDecoder.scaled(decoder.height(), denominator);
                    // as the resizer reads a photo: decoded YCbCr rows into the Lanczos step (a box step on load is rare)
                    Lanczos.Rows rows = new Lanczos.Rows(width, height, Math.max(1, width * 2 / 3), Math.max(1, height * 2 / 3), false);
                    PixelSink sink = PixelSink.rgbOrYcc(width, height, rows, rows::acceptYcc);
                    decoder.decode(denominator, sink);
                    sink.finish();
                    rows.result();
                }
            }
        } catch (Exception | LinkageError e) {
            // only a head start: a failure here changes nothing for the real images
            System.getLogger(Warmup.class.getName()).log(System.Logger.Level.DEBUG, "warm-up skipped", e);
        }
    }

    /**
     * The bytes a few hundred at a time, as a slow disk or network gives them: the reader refills its
     * buffer often, and every other read ends just after a 0xFF, as a buffer sometimes does.
     */
    private static final class Trickle extends ByteArrayInputStream {

        private boolean cutAtFf;

        Trickle(byte[] data) {
            super(data);
        }

        @Override
        public synchronized int read(byte[] target, int offset, int length) {
            int span = Math.min(length, 700);
            cutAtFf = !cutAtFf;
            for (int i = pos; cutAtFf && i < Math.min(count, pos + span); i++) {
                if (buf[i] == (byte) 0xFF) {
                    span = i - pos + 1;
                    break;
                }
            }
            return super.read(target, offset, span);
        }
    }

    /**
     * Flat areas, stripes across and down (coefficients in one row or column only), a checkerboard
     * (runs of zeros before the last coefficient), a soft gradient (low frequencies only) and noise
     * (long codes, stuffed bytes), 4:2:0 with
     * restart markers, as a camera writes it.
     */
    private static byte[] sample() throws Exception {
        int width = 160;
        int height = 128;
        Random random = new Random(1);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb;
                if (y < 32) {
                    rgb = x < 80 ? 0xF0F0F0 : ((x >> 1) & 1) == 0 ? 0x204080 : 0xE0C060;
                } else if (y < 64) {
                    rgb = x < 80 ? (((y >> 1) & 1) == 0 ? 0x306090 : 0xD0A050) : ((x + y) & 1) == 0 ? 0x101010 : 0xF0F0F0;
                } else if (y < 96) {
                    // a soft gradient, as sky or a wall: blocks with a few low frequencies only
                    int shade = 40 + x + (y - 64) * 2 + (int) (12 * Math.sin(x / 9.0) * Math.cos(y / 7.0));
                    rgb = (shade << 16) | ((shade / 2 + 60) << 8) | (200 - shade / 2);
                } else {
                    rgb = random.nextInt(1 << 24);
                }
                image.setRGB(x, y, rgb);
            }
        }
        return Encoder.jpeg(image, 0.95f, new int[] {2, 2}, false, 7);
    }
}

package dev.congkit.image.internal;

import dev.congkit.image.internal.jpeg.JpegDecoder;
import dev.congkit.image.internal.jpeg.PixelSink;

import java.io.ByteArrayInputStream;

/**
 * Runs the JPEG path once on a small photo that takes every branch a camera file does (long codes,
 * zero runs, stuffed bytes, restart markers, every scale): the JIT then compiles the decoder once,
 * instead of again each time a real photo first takes a rare branch. Internal.
 */
public final class Warmup {

    /**
     * A 160 × 128 photo kept as a resource (reading it is cheaper than drawing and encoding it at start-up): flat
     * areas, stripes across and down (coefficients in one row or column only), a checkerboard (runs of zeros
     * before the last coefficient), a soft gradient (low frequencies only) and noise (long codes, stuffed
     * bytes), 4:2:0 with restart markers every seven MCUs, as a camera writes it. {@code WarmupTest} draws
     * it again and checks it.
     */
    static final String SAMPLE = "warmup.jpg";

    /**
     * The scales decoded, in turn: every one four times, then 1/8 again, whose blocks are the cheapest.
     * Enough blocks that the JIT compiles each per-MCU and per-block method on its own before the first
     * photo: a method first compiled inside another is compiled again with all it calls (the per-MCU
     * one three times over, a third of a second of the compiler's time).
     */
    private static final int[] PLAN = plan();

    private Warmup() {
    }

    private static int[] plan() {
        int[] plan = new int[4 * 4 + 15];
        for (int i = 0; i < plan.length; i++) {
            plan[i] = i < 16 ? 1 << (i % 4) : 8;
        }
        return plan;
    }

    public static void run() {
        try {
            byte[] jpeg = sample();
            if (jpeg == null) {
                return;
            }
            for (int denominator : PLAN) {
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
        } catch (Exception | LinkageError e) {
            // only a head start: a failure here changes nothing for the real images
            System.getLogger(Warmup.class.getName()).log(System.Logger.Level.DEBUG, "warm-up skipped", e);
        }
    }

    /** The warm-up photo's bytes, or {@code null} when the resource is missing (a repackaging that dropped it) or unreadable. */
    public static byte[] sample() {
        try (java.io.InputStream in = Warmup.class.getResourceAsStream(SAMPLE)) {
            return in == null ? null : in.readAllBytes();
        } catch (java.io.IOException e) {
            return null;
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
}

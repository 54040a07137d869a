package dev.congkit.image.internal.jpeg;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** At full scale the decoder gives the JDK decoder's pixels, in every layout: subsampling, progressive, restarts, odd sizes, grey. */
class JpegDecoderTest {

    static Stream<Arguments> layouts() {
        List<Arguments> cases = new ArrayList<>();
        int[][] samplings = {{1, 1}, {2, 1}, {2, 2}, {4, 1}, {1, 2}};
        int[][] sizes = {{64, 48}, {333, 177}, {17, 9}, {1, 1}, {250, 401}};
        int n = 0;
        for (int[] sampling : samplings) {
            for (boolean progressive : new boolean[] {false, true}) {
                for (int[] size : sizes) {
                    int restart = n % 3 == 0 ? 0 : n % 3 == 1 ? 1 : 7;
                    cases.add(Arguments.of(size[0], size[1], sampling[0], sampling[1], progressive, restart, false));
                    n++;
                }
            }
        }
        cases.add(Arguments.of(301, 199, 1, 1, false, 0, true));
        cases.add(Arguments.of(301, 199, 1, 1, true, 5, true));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}×{1} sampling {2}×{3} progressive={4} restart={5} grey={6}")
    @MethodSource("layouts")
    void fullScaleMatchesTheJdkDecoder(int width, int height, int h, int v, boolean progressive, int restart, boolean grey)
            throws Exception {
        byte[] jpeg = Jpegs.write(Jpegs.picture(width, height, width * 31L + height, grey), new int[] {h, v}, progressive, restart, 0.9f);
        BufferedImage expected = jdkDecode(jpeg);
        BufferedImage actual = decode(jpeg, 1);
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        double psnr = psnr(expected, actual);
        int worst = maxDifference(expected, actual);
        assertTrue(worst <= 1 || psnr >= 45, "PSNR " + psnr + " dB, worst difference " + worst);
    }

    @org.junit.jupiter.api.Test
    void rowsHandedOnAreTheRowsKept() throws Exception {
        byte[] jpeg = Jpegs.write(Jpegs.picture(203, 157, 9, false), new int[] {2, 2}, false, 0, 0.9f);
        for (int box = 1; box <= 3; box++) {
            JpegDecoder kept = JpegDecoder.open(new ByteArrayInputStream(jpeg));
            PixelSink keep = PixelSink.packedRgb(JpegDecoder.scaled(203, 2), JpegDecoder.scaled(157, 2), box);
            kept.decode(2, keep);
            BufferedImage expected = keep.rgbImage();
            List<int[]> rows = new ArrayList<>();
            JpegDecoder handed = JpegDecoder.open(new ByteArrayInputStream(jpeg));
            PixelSink hand = PixelSink.packedRgb(JpegDecoder.scaled(203, 2), JpegDecoder.scaled(157, 2), box, row -> rows.add(row.clone()));
            handed.decode(2, hand);
            hand.finish();
            assertEquals(expected.getHeight(), rows.size(), "one row handed on per row kept, box " + box);
            for (int y = 0; y < rows.size(); y++) {
                for (int x = 0; x < expected.getWidth(); x++) {
                    assertEquals(expected.getRGB(x, y) & 0xFFFFFF, rows.get(y)[x] & 0xFFFFFF, "pixel " + x + "," + y + " box " + box);
                }
            }
        }
    }

    static BufferedImage decode(byte[] jpeg, int denominator) throws Exception {
        JpegDecoder decoder = JpegDecoder.open(new ByteArrayInputStream(jpeg));
        int w = JpegDecoder.scaled(decoder.width(), denominator);
        int h = JpegDecoder.scaled(decoder.height(), denominator);
        if (decoder.colourType() == JpegDecoder.ColourType.GREY) {
            PixelSink sink = PixelSink.bytes(w, h, 1, 1);
            decoder.decode(denominator, sink);
            return sink.greyImage();
        }
        PixelSink sink = PixelSink.packedRgb(w, h, 1);
        decoder.decode(denominator, sink);
        return sink.rgbImage();
    }

    static BufferedImage jdkDecode(byte[] jpeg) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                if (reader.getClass().getName().startsWith("com.sun.imageio")) {
                    reader.setInput(in);
                    return reader.read(0);
                }
            }
        }
        throw new IllegalStateException("no JDK JPEG reader");
    }

    /** The pixel's samples as packed RGB; a grey image's sample as it is (getRGB would apply a gamma curve). */
    static int rgb(BufferedImage image, int x, int y) {
        if (image.getRaster().getNumBands() == 1) {
            int v = image.getRaster().getSample(x, y, 0);
            return (v << 16) | (v << 8) | v;
        }
        return image.getRGB(x, y);
    }

    static double psnr(BufferedImage a, BufferedImage b) {
        double sum = 0;
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = rgb(a, x, y);
                int q = rgb(b, x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    int d = ((p >> shift) & 0xFF) - ((q >> shift) & 0xFF);
                    sum += d * d;
                    n++;
                }
            }
        }
        double mse = sum / n;
        return mse == 0 ? 99 : 10 * Math.log10(255.0 * 255.0 / mse);
    }

    static int maxDifference(BufferedImage a, BufferedImage b) {
        int worst = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = rgb(a, x, y);
                int q = rgb(b, x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    worst = Math.max(worst, Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF)));
                }
            }
        }
        return worst;
    }
}

package dev.congkit.image.internal.jpeg;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Decoding at 1/2, 1/4 and 1/8 in the DCT domain gives what reducing the full decode gives: the
 * average of each block of pixels (checked against the JDK's full decode, box-reduced), and what
 * libjpeg-turbo's own scaled decode gives ({@code djpeg -scale 1/N}, from Debian's
 * libjpeg-turbo-progs; required when {@code CI} is set).
 */
class ScaledDecodeTest {

    static Stream<Arguments> layouts() {
        List<Arguments> cases = new ArrayList<>();
        int[][] samplings = {{1, 1}, {2, 1}, {2, 2}, {4, 1}, {1, 2}};
        for (int[] sampling : samplings) {
            for (boolean progressive : new boolean[] {false, true}) {
                for (int denominator : new int[] {2, 4, 8}) {
                    cases.add(Arguments.of(sampling[0], sampling[1], progressive, denominator, false));
                }
            }
        }
        for (int denominator : new int[] {2, 4, 8}) {
            cases.add(Arguments.of(1, 1, false, denominator, true));
        }
        return cases.stream();
    }

    private static byte[] jpeg(int h, int v, boolean progressive, boolean grey) throws IOException {
        // odd sizes: the last blocks are partly outside the image
        return Jpegs.write(Jpegs.picture(403, 301, h * 10L + v, grey), new int[] {h, v}, progressive, progressive ? 0 : 4, 0.92f);
    }

    @ParameterizedTest(name = "sampling {0}×{1} progressive={2} 1/{3} grey={4}")
    @MethodSource("layouts")
    void aScaledDecodeIsTheFullDecodeAveragedByBlocks(int h, int v, boolean progressive, int denominator, boolean grey) throws Exception {
        byte[] jpeg = jpeg(h, v, progressive, grey);
        BufferedImage scaled = JpegDecoderTest.decode(jpeg, denominator);
        assertEquals(JpegDecoder.scaled(403, denominator), scaled.getWidth());
        assertEquals(JpegDecoder.scaled(301, denominator), scaled.getHeight());
        BufferedImage reference = average(JpegDecoderTest.jdkDecode(jpeg), denominator);
        if (h == 1 && v == 1) {
            double psnr = JpegDecoderTest.psnr(reference, scaled);
            assertTrue(psnr >= 45, "PSNR against the averaged full decode: " + psnr + " dB");
        } else {
            // subsampled chroma is decoded at its own resolution (as libjpeg does), not upsampled and then
            // averaged: the brightness is the average, the colour only close to it
            double psnr = lumaPsnr(reference, scaled);
            assertTrue(psnr >= 42, "PSNR of the brightness against the averaged full decode: " + psnr + " dB");
        }
    }

    @ParameterizedTest(name = "sampling {0}×{1} progressive={2} 1/{3} grey={4}")
    @MethodSource("layouts")
    void aScaledDecodeMatchesLibjpegTurbo(int h, int v, boolean progressive, int denominator, boolean grey, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        if (!djpegPresent()) {
            return;
        }
        byte[] jpeg = jpeg(h, v, progressive, grey);
        Path file = dir.resolve("in.jpg");
        Files.write(file, jpeg);
        Path out = dir.resolve("out.bmp");
        Process djpeg = new ProcessBuilder("djpeg", "-scale", "1/" + denominator, "-bmp", "-outfile", out.toString(), file.toString())
                .redirectErrorStream(true).start();
        String log = new String(djpeg.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, djpeg.waitFor(), log);
        BufferedImage reference = ImageIO.read(out.toFile());
        assertNotNull(reference);
        BufferedImage ours = JpegDecoderTest.decode(jpeg, denominator);
        assertEquals(reference.getWidth(), ours.getWidth());
        assertEquals(reference.getHeight(), ours.getHeight());
        double psnr = JpegDecoderTest.psnr(reference, ours);
        assertTrue(psnr >= 50, "PSNR against djpeg -scale 1/" + denominator + ": " + psnr + " dB");
    }

    @Test
    void libjpegTurboIsThereInCi() {
        if (System.getenv("CI") != null) {
            assertTrue(djpegPresent(), "CI installs libjpeg-turbo-progs for the comparison with djpeg -scale");
        }
    }

    private static boolean djpegPresent() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "djpeg"))) {
                return true;
            }
        }
        return false;
    }

    private static double lumaPsnr(BufferedImage a, BufferedImage b) {
        double sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                double d = luma(JpegDecoderTest.rgb(a, x, y)) - luma(JpegDecoderTest.rgb(b, x, y));
                sum += d * d;
            }
        }
        double mse = sum / ((double) a.getWidth() * a.getHeight());
        return mse == 0 ? 99 : 10 * Math.log10(255.0 * 255.0 / mse);
    }

    private static double luma(int rgb) {
        return 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
    }

    /** The mean of each {@code n × n} block (partial blocks at the edges averaged over what they hold). */
    static BufferedImage average(BufferedImage full, int n) {
        int w = (full.getWidth() + n - 1) / n;
        int h = (full.getHeight() + n - 1) / n;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                long r = 0;
                long g = 0;
                long b = 0;
                int count = 0;
                for (int yy = y * n; yy < Math.min(full.getHeight(), (y + 1) * n); yy++) {
                    for (int xx = x * n; xx < Math.min(full.getWidth(), (x + 1) * n); xx++) {
                        int p = JpegDecoderTest.rgb(full, xx, yy);
                        r += (p >> 16) & 0xFF;
                        g += (p >> 8) & 0xFF;
                        b += p & 0xFF;
                        count++;
                    }
                }
                out.setRGB(x, y, (int) ((r + count / 2) / count) << 16 | (int) ((g + count / 2) / count) << 8 | (int) ((b + count / 2) / count));
            }
        }
        return out;
    }
}

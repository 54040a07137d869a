package dev.congkit.image.internal;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The warm-up's photo is the pattern it says, in a camera's layout, and the warm-up runs through it.
 * To write the resource again: {@code mvn test -pl image -Dtest=WarmupTest -Dcongkit.writeWarmupSample=PATH}.
 */
class WarmupTest {

    @Test
    void theSampleIsTheDrawnPatternIn420WithRestartMarkers() throws IOException {
        byte[] sample = resource();
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(sample));
        assertEquals(160, decoded.getWidth());
        assertEquals(128, decoded.getHeight());
        // the resource is this drawing as the JDK's encoder writes it (byte for byte on the JDK that wrote it)
        double psnr = dev.congkit.image.TestImages.psnr(ImageIO.read(new ByteArrayInputStream(encoded())), decoded);
        assertTrue(psnr > 45, "PSNR " + psnr);
        int sof = marker(sample, 0xC0);
        assertTrue(sof > 0, "a baseline frame header");
        assertEquals(3, sample[sof + 9], "three components");
        assertEquals(0x22, sample[sof + 11], "luma sampled 2 × 2: 4:2:0");
        assertEquals(0x11, sample[sof + 14], "chroma 1 × 1");
        int dri = marker(sample, 0xDD);
        assertTrue(dri > 0, "a restart interval");
        assertEquals(7, ((sample[dri + 4] & 0xFF) << 8) | (sample[dri + 5] & 0xFF));
    }

    @Test
    void theWarmUpRunsThroughTheSample() {
        Warmup.run();   // logs, never throws; the sample decodes without a fault
        assertNotNull(Warmup.class.getResource(Warmup.SAMPLE));
    }

    @Test
    void writesTheSampleWhenAsked() throws IOException {
        String target = System.getProperty("congkit.writeWarmupSample");
        if (target != null) {
            Files.write(Path.of(target), encoded());
        }
    }

    private static byte[] encoded() {
        return Encoder.jpeg(pattern(), 0.95f, new int[] {2, 2}, false, 7);
    }

    private static byte[] resource() throws IOException {
        try (InputStream in = Warmup.class.getResourceAsStream(Warmup.SAMPLE)) {
            assertNotNull(in, "the resource " + Warmup.SAMPLE);
            return in.readAllBytes();
        }
    }

    /** The offset of the first marker {@code 0xFF code}, or -1. */
    private static int marker(byte[] jpeg, int code) {
        for (int i = 2; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == code) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Flat areas, stripes across and down, a checkerboard, a soft gradient and noise: the blocks a
     * camera photo has, each kind in a band of 32 rows.
     */
    static BufferedImage pattern() {
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
                    int shade = 40 + x + (y - 64) * 2 + (int) (12 * Math.sin(x / 9.0) * Math.cos(y / 7.0));
                    rgb = (shade << 16) | ((shade / 2 + 60) << 8) | (200 - shade / 2);
                } else {
                    rgb = random.nextInt(1 << 24);
                }
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }
}

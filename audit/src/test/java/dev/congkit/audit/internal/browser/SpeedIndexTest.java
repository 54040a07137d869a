package dev.congkit.audit.internal.browser;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * PERFORMANCE's speed index: the PNG frames' histograms equal those the JDK's own PNG reader gives,
 * for RGB and RGBA pictures whose rows use every filter; visual progress and the area above it.
 */
class SpeedIndexTest {

    @Test
    void histogramsEqualTheJdkReadersForRgbAndRgba() throws IOException {
        Random random = new Random(7);
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB}) {
            BufferedImage picture = new BufferedImage(97, 61, type);
            Graphics2D g = picture.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 97, 61);
            for (int i = 0; i < 40; i++) { // flat areas, gradients and noise make the writer choose every row filter
                g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
                g.fillRect(random.nextInt(90), random.nextInt(55), 1 + random.nextInt(30), 1 + random.nextInt(20));
            }
            for (int x = 0; x < 97; x++) {
                picture.setRGB(x, 60, 0xFF000000 | random.nextInt(0xFFFFFF));
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(picture, "png", png);
            int[][] expected = new int[3][256];
            for (int y = 0; y < 61; y++) {
                for (int x = 0; x < 97; x++) {
                    int rgb = picture.getRGB(x, y);
                    int r = rgb >> 16 & 0xFF;
                    int gr = rgb >> 8 & 0xFF;
                    int b = rgb & 0xFF;
                    if (!(r > 249 && gr > 249 && b > 249)) {
                        expected[0][r]++;
                        expected[1][gr]++;
                        expected[2][b]++;
                    }
                }
            }
            int[][] found = Png.histogram(png.toByteArray());
            for (int c = 0; c < 3; c++) {
                assertArrayEquals(expected[c], found[c], "channel " + c + " of type " + type);
            }
        }
    }

    @Test
    void notAPngIsRefused() {
        assertThrows(IOException.class, () -> Png.histogram(new byte[] {1, 2, 3}));
        assertThrows(IOException.class, () -> Png.histogram(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}));
    }

    @Test
    void theIndexIsTheAreaAboveVisualProgress() {
        int[][] full = histogram(100);
        int[][] half = histogram(50);
        // nothing until 1 s, half the final colours until 2 s, then done: 1 000 + 500 ms
        assertEquals(1500, SpeedIndex.of(List.of(new SpeedIndex.Frame(1000, half), new SpeedIndex.Frame(2000, full))));
        assertEquals(0.5, SpeedIndex.progress(half, full), 1e-9);
        assertEquals(800, SpeedIndex.of(List.of(new SpeedIndex.Frame(800, full))), "one frame: the page shows all at once");
        assertEquals(-1, SpeedIndex.of(List.of()));
    }

    private static int[][] histogram(int dark) {
        int[][] h = new int[3][256];
        for (int c = 0; c < 3; c++) {
            h[c][0] = dark;
        }
        return h;
    }
}
